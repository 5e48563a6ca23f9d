// The Preview page offscreen, in Qt WebEngine: what the widget does reaches
// the timeline live, reload, the system browser and screenshots, and a
// deployed service previewed through a URL template.
#include "ConnectService.h"
#include "ConnectionRepository.h"
#include "PreviewHarness.h"
#include "PreviewPage.h"
#include "PreviewTimelineModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

/// Receives the URLs the page hands to the desktop (QDesktopServices).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestPreviewActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PreviewHarness> m_harness;

    PreviewPage *page() const { return m_harness->page(); }
    template<typename T> T *child(const QString &name) const { return m_harness->child<T>(name); }
    PreviewTimelineModel *timeline() const { return m_harness->timeline(); }
    std::optional<WidgetSession> session() const { return m_harness->session(); }
    void choose(const QString &name, const QVariant &data) { QVERIFY(m_harness->choose(name, data)); }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<PreviewHarness>();
        QVERIFY2(m_harness->setUp(), qPrintable(m_harness->error()));
        QVERIFY2(m_harness->openPage(), qPrintable(m_harness->error()));
    }

    void cleanup() { m_harness.reset(); }

    void passwordSourceEventsReachTheTimelineLive()
    {
        m_harness->click(QStringLiteral("source-pw_test"));
        QTRY_VERIFY(m_harness->shown(QStringLiteral("formScreen")));
        m_harness->type(QStringLiteral("usernameInput"), QStringLiteral("ada"));
        m_harness->type(QStringLiteral("passwordInput"), QStringLiteral("correct-horse"));
        m_harness->js(QStringLiteral("document.getElementById('credentialsForm').requestSubmit(); true"));
        QTRY_VERIFY_WITH_TIMEOUT(m_harness->shown(QStringLiteral("successScreen")), 20000);
        QTRY_VERIFY(timeline()->kinds().contains(QStringLiteral("widget.success")));
        const QStringList kinds = timeline()->kinds();
        QVERIFY2(
            kinds.indexOf(QStringLiteral("widget.select_source")) < kinds.indexOf(QStringLiteral("auth")),
            qPrintable(kinds.join(QLatin1Char(' '))));
        const auto connections
            = ConnectionRepository(m_harness->bed().workspace()).forApplication(m_harness->bed().a().id);
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections.constFirst().referenceId, QStringLiteral("preview-user"));
        // The table shows it, newest last.
        auto *table = child<QTableView>(QStringLiteral("eventsTable"));
        QCOMPARE(table->model()->rowCount(), kinds.size());
        const int auth = int(kinds.indexOf(QStringLiteral("auth")));
        QVERIFY(timeline()
                    ->index(auth, PreviewTimelineModel::Details)
                    .data()
                    .toString()
                    .contains(QLatin1String("provider: pw_test")));
    }

    void reloadBrowserAndScreenshot()
    {
        const QUrl url = page()->widgetUrl();
        m_harness->click(QStringLiteral("source-pw_test"));
        QTRY_VERIFY(m_harness->shown(QStringLiteral("formScreen")));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("reloadButton")), Qt::LeftButton);
        QVERIFY(m_harness->waitReady());
        QVERIFY(m_harness->shown(QStringLiteral("listScreen")));
        QCOMPARE(page()->widgetUrl(), url);

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
        QTest::mouseClick(child<QPushButton>(QStringLiteral("browserButton")), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(catcher.urls, QList<QUrl> { url });

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        QVERIFY(page()->saveScreenshot(file));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(360, 640));
        // The widget is in it: text and logos, not one flat colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY(!page()->saveScreenshot(dir.filePath(QStringLiteral("missing/shot.png"))));
        QVERIFY(child<QLabel>(QStringLiteral("messageLabel"))->text().contains(QLatin1String("could not")));
    }

    void remoteServiceThroughATemplate()
    {
        ConnectService &remote = m_harness->bed().service();
        choose(QStringLiteral("targetCombo"), int(PreviewOptions::Target::Remote));
        QVERIFY(m_harness->waitReady());
        // No service given yet: said plainly.
        QVERIFY(child<QLabel>(QStringLiteral("messageLabel"))->text().contains(QLatin1String("{service}")));
        QVERIFY(child<QLabel>(QStringLiteral("remoteNoteLabel"))->isVisible());

        auto *service = child<QLineEdit>(QStringLiteral("serviceUrlEdit"));
        service->setFocus();
        QTest::keyClicks(service, remote.baseUrl().toString());
        QTest::keyClick(service, Qt::Key_Return);
        QVERIFY(m_harness->waitReady());
        const QUrl url = m_harness->view()->url();
        QCOMPARE(url.port(), remote.baseUrl().port());
        QVERIFY(url.port() != m_harness->connectService().baseUrl().port());
        QCOMPARE(url.path(), QStringLiteral("/widget/") + page()->sessionId());
        QCOMPARE(url.query(), QStringLiteral("theme=light"));
        QCOMPARE(session()->applicationId, m_harness->bed().a().id);
        QVERIFY(!m_harness->shownSources().isEmpty());
        // The remote service keeps its events; the timeline has what the browser loaded.
        QCOMPARE(timeline()->kinds(), QStringList { QStringLiteral("browser.load") });
        QVERIFY(timeline()
                    ->index(0, PreviewTimelineModel::Details)
                    .data()
                    .toString()
                    .startsWith(remote.baseUrl().toString()));

        // Placeholders other than the session's go in as they are chosen.
        auto *urlTemplate = child<QLineEdit>(QStringLiteral("urlTemplateEdit"));
        urlTemplate->setFocus();
        urlTemplate->selectAll();
        QTest::keyClicks(urlTemplate,
            QStringLiteral("{service}/widget/{session_id}?theme=dark&for={reference_id}&lang={language}"));
        QTest::keyClick(urlTemplate, Qt::Key_Return);
        QVERIFY(m_harness->waitReady());
        QCOMPARE(m_harness->view()->url().query(), QStringLiteral("theme=dark&for=preview-user&lang=en"));
        QCOMPARE(
            m_harness->js(QStringLiteral("document.documentElement.getAttribute('data-theme')")).toString(),
            QStringLiteral("dark"));

        // An unknown placeholder is refused before anything is asked.
        urlTemplate->selectAll();
        QTest::keyClicks(urlTemplate, QStringLiteral("{service}/widget/{session}"));
        QTest::keyClick(urlTemplate, Qt::Key_Return);
        QVERIFY(m_harness->waitReady());
        QVERIFY2(child<QLabel>(QStringLiteral("messageLabel"))->text().contains(QLatin1String("{session}")),
            qPrintable(child<QLabel>(QStringLiteral("messageLabel"))->text()));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewActions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewactions.moc"
