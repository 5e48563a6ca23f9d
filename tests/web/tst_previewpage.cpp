// The Preview page offscreen, in Qt WebEngine: the choices make real widget
// sessions on the console's connect service, the widget loads at the
// chosen size and its opening reaches the timeline.
#include "ConnectService.h"
#include "PreviewHarness.h"
#include "PreviewPage.h"
#include "PreviewTestCase.h"
#include "PreviewTimelineModel.h"
#include "WidgetSessionRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QWebEngineView>

class TestPreviewPage : public PreviewTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void opensTheFirstApplicationsWidgetOnTheConsoleService()
    {
        QCOMPARE(
            child<QComboBox>(QStringLiteral("applicationCombo"))->currentText(), QStringLiteral("App A"));
        QVERIFY2(page()->sessionId().startsWith(QLatin1String("ws_")),
            qPrintable(child<QLabel>(QStringLiteral("messageLabel"))->text()));
        // The console's own service started on demand, and the session was minted there.
        QCOMPARE(m_harness->connectService().state(), ConsoleConnectService::State::Running);
        const QUrl url = m_harness->view()->url();
        QCOMPARE(url.port(), m_harness->connectService().baseUrl().port());
        QCOMPARE(url.path(), QStringLiteral("/widget/") + page()->sessionId());
        const auto stored = session();
        QVERIFY(stored);
        QCOMPARE(stored->applicationId, m_harness->bed().a().id);
        QCOMPARE(stored->language, QStringLiteral("en"));
        QCOMPARE(stored->referenceId, QStringLiteral("preview-user"));

        // Every usable source of A is offered and shown (strava is disabled).
        auto *sources = child<QListWidget>(QStringLiteral("sourcesList"));
        QStringList offered;
        for (int row = 0; row < sources->count(); ++row)
            offered << sources->item(row)->toolTip();
        QVERIFY(!offered.contains(QStringLiteral("strava")));
        QVERIFY(offered.contains(QStringLiteral("pw_test")));
        QCOMPARE(QSet<QString>(stored->providers.cbegin(), stored->providers.cend()),
            QSet<QString>(offered.cbegin(), offered.cend()));
        QCOMPARE(m_harness->shownSources().size(), offered.size());
        QCOMPARE(
            m_harness->js(QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("en"));
        QCOMPARE(
            m_harness->js(QStringLiteral("document.documentElement.getAttribute('data-theme')")).toString(),
            QStringLiteral("light"));

        // The timeline: the session, the page and the widget opening, in order.
        QAbstractItemModelTester tester(timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(timeline()->kinds().contains(QStringLiteral("widget.open")));
        QCOMPARE(timeline()->kinds().value(0), QStringLiteral("session.created"));
        QStringList kinds = timeline()->kinds();
        kinds.sort();
        QCOMPARE(kinds,
            (QStringList { QStringLiteral("browser.load"), QStringLiteral("session.created"),
                QStringLiteral("widget.open") }));
        const QModelIndex details = timeline()->index(0, PreviewTimelineModel::Details);
        QVERIFY(details.data().toString().contains(QLatin1String("reference_id: preview-user")));
        QVERIFY(
            timeline()->index(0, PreviewTimelineModel::Time).data().toString().contains(QLatin1Char(':')));
    }

    void choicesMakeANewSession()
    {
        const QString first = page()->sessionId();
        // Several choices in a row make one new session.
        choose(QStringLiteral("languageCombo"), QStringLiteral("de"));
        QVERIFY(!page()->isReady());
        choose(QStringLiteral("themeCombo"), QStringLiteral("dark"));
        auto *sources = child<QListWidget>(QStringLiteral("sourcesList"));
        sources->setFocus();
        for (int row = 0; row < sources->count(); ++row) {
            if (sources->item(row)->toolTip() != QLatin1String("pw_test")
                && sources->item(row)->toolTip() != QLatin1String("fitbit")) {
                sources->setCurrentRow(row);
                QTest::keyClick(sources, Qt::Key_Space);
            }
        }
        auto *reference = child<QLineEdit>(QStringLiteral("referenceIdEdit"));
        reference->setFocus();
        reference->selectAll();
        QTest::keyClicks(reference, QStringLiteral("user-42"));
        QTest::keyClick(reference, Qt::Key_Return);
        QVERIFY(m_harness->waitReady());

        QVERIFY(page()->sessionId() != first);
        const auto stored = session();
        QCOMPARE(stored->language, QStringLiteral("de"));
        QCOMPARE(stored->referenceId, QStringLiteral("user-42"));
        QCOMPARE(stored->providers, (QStringList { QStringLiteral("fitbit"), QStringLiteral("pw_test") }));
        QCOMPARE(
            m_harness->js(QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("de"));
        QCOMPARE(
            m_harness->js(QStringLiteral("document.documentElement.getAttribute('data-theme')")).toString(),
            QStringLiteral("dark"));
        QCOMPARE(
            m_harness->shownSources(), (QStringList { QStringLiteral("fitbit"), QStringLiteral("pw_test") }));
        QCOMPARE(timeline()->kinds().count(QStringLiteral("session.created")), 1);

        // Other applications offer their own sources.
        choose(QStringLiteral("applicationCombo"), m_harness->bed().b().id);
        QVERIFY(m_harness->waitReady());
        QCOMPARE(session()->applicationId, m_harness->bed().b().id);
        QStringList shown = m_harness->shownSources();
        shown.sort();
        QStringList providers = session()->providers;
        providers.sort();
        QCOMPARE(shown, providers);
        QVERIFY(shown.contains(QStringLiteral("oura")));
        QVERIFY(!shown.contains(QStringLiteral("pw_test")));
    }

    void viewportSizesTheView()
    {
        const QString sessionId = page()->sessionId();
        for (const QString &viewport :
            { QStringLiteral("tablet"), QStringLiteral("desktop"), QStringLiteral("phone") }) {
            const int width = PreviewPage::viewportSize(viewport).width();
            choose(QStringLiteral("viewportCombo"), viewport);
            QCOMPARE(m_harness->view()->size(), PreviewPage::viewportSize(viewport));
            QTRY_COMPARE(m_harness->js(QStringLiteral("window.innerWidth")).toInt(), width);
            // The widget fits: nothing wider than the viewport (less a scroll bar).
            QVERIFY(m_harness->js(QStringLiteral("document.documentElement.scrollWidth")).toInt() <= width);
        }
        QCOMPARE(PreviewPage::viewportSize(QStringLiteral("phone")).width(), 360);
        QCOMPARE(PreviewPage::viewportSize(QStringLiteral("tablet")).width(), 768);
        QCOMPARE(PreviewPage::viewportSize(QStringLiteral("desktop")).width(), 1280);
        QCOMPARE(page()->sessionId(), sessionId); // the same session, only resized
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewpage.moc"
