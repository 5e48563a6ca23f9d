// WebModule: loading the WebEngine pages' library on demand.
#include "ConsolePage.h"
#include "ConsolePageContext.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TempWorkspace.h"
#include "WebModule.h"

#include <QTemporaryDir>
#include <QTest>

class TestWebModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheBuiltModule()
    {
        WebModule module(QStringLiteral(LINKDECK_WEB_MODULE_FILE));
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
    }

    void refusesAMissingFile()
    {
        WebModule module(QStringLiteral("/nonexistent/liblinkdeck_web.so"));
        QVERIFY(!module.load());
        QVERIFY(module.errorString().contains(QLatin1String("cannot be loaded")));
        QCOMPARE(module.runCommand(0, nullptr), 2);
    }

    void refusesALibraryThatIsNotTheModule()
    {
        WebModule module(QStringLiteral(LINKDECK_CORE_FILE));
        QVERIFY(!module.load());
        QVERIFY2(module.errorString().contains(QLatin1String("is not a Linkdeck web module")),
            qPrintable(module.errorString()));
    }

    void defaultFileNameHonoursTheOverride()
    {
        qputenv("LINKDECK_WEB_MODULE", "/opt/elsewhere/liblinkdeck_web.so");
        QCOMPARE(WebModule::defaultFileName(), QStringLiteral("/opt/elsewhere/liblinkdeck_web.so"));
        qunsetenv("LINKDECK_WEB_MODULE");
        QVERIFY(WebModule::defaultFileName().endsWith(QLatin1String("/linkdeck/liblinkdeck_web")));
    }
};

QTEST_MAIN(TestWebModule)
#include "tst_webmodule.moc"
