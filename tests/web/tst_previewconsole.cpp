// The Preview page in the console: the main window makes it from the web
// module, shows where its connect service listens, and `linkdeck
// --screenshot --page preview` waits for the widget before grabbing.
#include "ConnectTestBed.h"
#include "ConsolePage.h"
#include "EventRepository.h"
#include "MainWindow.h"
#include "PreviewPage.h"
#include "Settings.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestPreviewConsole : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectTestBed> m_bed;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LINKDECK_WEB_MODULE", LINKDECK_WEB_MODULE_FILE);
        m_bed = std::make_unique<ConnectTestBed>();
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->error()));
    }

    void cleanupTestCase() { m_bed.reset(); }

    void mainWindowShowsThePageAndTheServiceAddress()
    {
        Settings settings(m_dir.filePath(QStringLiteral("window.ini")));
        MainWindow window(m_bed->workspace(), settings);
        window.show();
        // The service comes with the first web page, not with the window.
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("connectServiceStatusLabel")));

        const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        const int row = int(window.pageIds().indexOf(QStringLiteral("preview")));
        QCOMPARE(navigation->item(row)->text(), QStringLiteral("Preview")); // no longer "(soon)"
        QVERIFY(window.showPage(QStringLiteral("preview")));
        auto *page = qobject_cast<PreviewPage *>(window.page(QStringLiteral("preview")));
        QVERIFY2(page, "the module's page, not a placeholder");
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 40000);
        QVERIFY(!page->sessionId().isEmpty());

        auto *status = window.findChild<QLabel *>(QStringLiteral("connectServiceStatusLabel"));
        QVERIFY(status);
        QVERIFY(status->isVisible());
        const QUrl widget = page->widgetUrl();
        QCOMPARE(status->text(), QStringLiteral("Connect service: http://127.0.0.1:%1").arg(widget.port()));
    }

    void aServiceThatCannotStartIsReportedPlainly()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        Settings settings(m_dir.filePath(QStringLiteral("taken.ini")));
        settings.set(Settings::Key::ConnectServicePort, taken.serverPort());
        MainWindow window(m_bed->workspace(), settings);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("preview")));
        auto *page = qobject_cast<PreviewPage *>(window.page(QStringLiteral("preview")));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 40000);
        QVERIFY(page->sessionId().isEmpty());
        const QString message = page->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        QVERIFY2(message.contains(QStringLiteral("port %1").arg(taken.serverPort())), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("connect/port")), qPrintable(message));
        auto *status = window.findChild<QLabel *>(QStringLiteral("connectServiceStatusLabel"));
        QCOMPARE(status->text(), QStringLiteral("Connect service: not running"));
        QVERIFY(status->toolTip().contains(QLatin1String("connect/port")));
    }

    void screenshotWaitsForTheWidget()
    {
        const QString png = m_dir.filePath(QStringLiteral("preview.png"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The console sets it for screenshots itself.
        environment.remove(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LINKDECK_BINARY),
            { QStringLiteral("--workspace"), m_bed->temp().path(), QStringLiteral("--screenshot"), png,
                QStringLiteral("--page"), QStringLiteral("preview/App B") });
        QVERIFY(process.waitForFinished(90000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("not ready")), qPrintable(err));
        QCOMPARE(QImage(png).size(), QSize(1280, 800));

        // The widget of B had opened when the window was grabbed.
        bool opened = false;
        for (const ConnectEvent &event : EventRepository(m_bed->workspace()).forApplication(m_bed->b().id))
            opened = opened || event.kind == QLatin1String("widget.open");
        QVERIFY(opened);
        qInfo("Look at %s", qPrintable(png));

        // An item the page does not have is refused.
        process.start(QStringLiteral(LINKDECK_BINARY),
            { QStringLiteral("--workspace"), m_bed->temp().path(), QStringLiteral("--screenshot"), png,
                QStringLiteral("--page"), QStringLiteral("preview/No Such App") });
        QVERIFY(process.waitForFinished(90000));
        QCOMPARE(process.exitCode(), 2);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewConsole test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewconsole.moc"
