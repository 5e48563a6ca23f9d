// The Preview page offscreen, in Qt WebEngine, previewing a deployed
// connect service (a second service on loopback) through a URL template.
#include "ConnectService.h"
#include "PreviewHarness.h"
#include "PreviewPage.h"
#include "PreviewTestCase.h"
#include "PreviewTimelineModel.h"
#include "WidgetUrlTemplate.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWebEngineView>

class TestPreviewRemote : public PreviewTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void remoteServiceThroughATemplate()
    {
        ConnectService &remote = m_harness->bed().service();
        // The target and its service in one go make one session.
        choose(QStringLiteral("targetCombo"), int(PreviewOptions::Target::Remote));
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

        // {service} needs a service: said plainly.
        urlTemplate->selectAll();
        QTest::keyClicks(urlTemplate, WidgetUrlTemplate::defaultText());
        service->setFocus();
        service->selectAll();
        QTest::keyClick(service, Qt::Key_Backspace);
        QTest::keyClick(service, Qt::Key_Return);
        QVERIFY(m_harness->waitReady());
        QVERIFY2(child<QLabel>(QStringLiteral("messageLabel"))->text().contains(QLatin1String("{service}")),
            qPrintable(child<QLabel>(QStringLiteral("messageLabel"))->text()));
        QVERIFY(page()->sessionId().isEmpty());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewRemote test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewremote.moc"
