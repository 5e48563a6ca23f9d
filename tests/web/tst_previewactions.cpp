// The Preview page offscreen, in Qt WebEngine: what the widget does reaches
// the timeline live; reload, the system browser and screenshots; a missing
// application secret.
#include "ConnectionRepository.h"
#include "PreviewHarness.h"
#include "PreviewPage.h"
#include "PreviewTestCase.h"
#include "PreviewTimelineModel.h"
#include "WidgetSessionRepository.h"

#include <QApplication>
#include <QDesktopServices>
#include <QImage>
#include <QLabel>
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

class TestPreviewActions : public PreviewTestCase
{
    Q_OBJECT

private Q_SLOTS:
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

    void aMissingSecretIsExplained()
    {
        const QString owner = SecretStore::applicationOwner(m_harness->bed().a().clientId);
        bool removed = false;
        QObject context;
        m_harness->bed().secrets().remove(owner, QStringLiteral("client_secret"), &context,
            [&removed](const SecretStore::Result &) { removed = true; });
        QTRY_VERIFY(removed);
        const QString before = page()->sessionId();
        QTest::mouseClick(child<QPushButton>(QStringLiteral("openButton")), Qt::LeftButton);
        QVERIFY(m_harness->waitReady());
        const QString message = child<QLabel>(QStringLiteral("messageLabel"))->text();
        QVERIFY2(message.contains(QLatin1String("not in this keyring")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Rotate")), qPrintable(message));
        QVERIFY(page()->sessionId().isEmpty());
        // Nothing shown to open or save; trying again is still possible.
        QVERIFY(!child<QPushButton>(QStringLiteral("browserButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(QStringLiteral("screenshotButton"))->isEnabled());
        QVERIFY(child<QPushButton>(QStringLiteral("reloadButton"))->isEnabled());
        QVERIFY(WidgetSessionRepository(m_harness->bed().workspace()).find(before)); // the old one stays
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
