// PagesModule: loading the pages over linkdeck_connect on demand.
#include "CatalogParseResult.h"
#include "ConsolePage.h"
#include "ConsolePageContext.h"
#include "PagesModule.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TempWorkspace.h"

#include <QPointer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestPagesModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheBuiltModule()
    {
        PagesModule module(QStringLiteral(LINKDECK_PAGES_MODULE_FILE));
        QVERIFY2(module.load(), qPrintable(module.errorString()));
        QVERIFY(module.errorString().isEmpty());

        TempWorkspace workspace;
        QVERIFY(workspace.isOpen());
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        SecretStore secrets(workspace.workspace().id());
        const ConsolePageContext context { workspace.workspace(), secrets, settings };
        QWidget parent;
        QCOMPARE(module.createPage(QStringLiteral("no-such-page"), context, &parent), nullptr);
        for (const QString &id : { QStringLiteral("connections"), QStringLiteral("webhooks") }) {
            ConsolePage *page = module.createPage(id, context, &parent);
            QVERIFY2(page, qPrintable(id));
            QCOMPARE(page->parentWidget(), &parent);
        }
    }

    void fetchesDiscoveryThroughTheModule()
    {
        PagesModule module(QStringLiteral(LINKDECK_PAGES_MODULE_FILE));
        // A port that was free a moment ago: nothing answers there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QObject context;
        std::optional<CatalogParseResult> answer;
        module.fetchDiscovery(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), &context,
            [&answer](const CatalogParseResult &result) { answer = result; });
        QVERIFY(!answer); // never from within the call
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY(!answer->ok());
        QVERIFY(!answer->error.isEmpty());
    }

    void refusesAMissingFile()
    {
        PagesModule module(QStringLiteral("/nonexistent/liblinkdeck_pages.so"));
        QVERIFY(!module.load());
        QVERIFY(module.errorString().contains(QLatin1String("cannot be loaded")));
        std::optional<CatalogParseResult> answer;
        QObject context;
        module.fetchDiscovery(QUrl(QStringLiteral("https://example.com")), &context,
            [&answer](const CatalogParseResult &result) { answer = result; });
        QVERIFY(answer.has_value()); // at once, without touching the network
        QCOMPARE(answer->error, module.errorString());
    }

    void refusesALibraryThatIsNotTheModule()
    {
        PagesModule module(QStringLiteral(LINKDECK_CORE_FILE));
        QVERIFY(!module.load());
        QVERIFY2(module.errorString().contains(QLatin1String("is not a Linkdeck pages module")),
            qPrintable(module.errorString()));
    }

    void defaultFileNameIsBesideTheConsoleLibraries()
    {
        qputenv("LINKDECK_PAGES_MODULE", "/opt/elsewhere/liblinkdeck_pages.so");
        QCOMPARE(PagesModule::defaultFileName(), QStringLiteral("/opt/elsewhere/liblinkdeck_pages.so"));
        qunsetenv("LINKDECK_PAGES_MODULE");
        // The built module's folder, found from liblinkdeck_ui itself.
        QCOMPARE(PagesModule::defaultFileName() + QStringLiteral(".so"),
            QStringLiteral(LINKDECK_PAGES_MODULE_FILE));
    }
};

QTEST_MAIN(TestPagesModule)
#include "tst_pagesmodule.moc"
