// The entry points WebModule resolves by name in this library.
#include "CommandLine.h"
#include "ConnectServiceStatus.h"
#include "ConsolePage.h"
#include "ConsolePageContext.h"
#include "PreviewPage.h"
#include "TestCommand.h"
#include "TestsPage.h"
#include "WebModule.h"
#include "WebPageContext.h"

#include <QTextStream>
#include <cstdio>

extern "C" Q_DECL_EXPORT ConsolePage *linkdeck_web_create_page(
    const QString &id, const ConsolePageContext &context, QWidget *parent)
{
    if (id != QLatin1String("preview") && id != QLatin1String("tests"))
        return nullptr;
    const WebPageContext web { context.workspace, context.secrets, context.settings,
        ConnectServiceStatus::serviceFor(parent, context) };
    if (id == QLatin1String("preview"))
        return new PreviewPage(web, parent);
    return new TestsPage(web, parent);
}

extern "C" Q_DECL_EXPORT int linkdeck_web_run_command(int argc, char **argv)
{
    // The command word is the first argument that is not an option or its value.
    if (CommandLine::firstWord(argc, argv) == QLatin1String("test"))
        return TestCommand::run(argc, argv);
    QTextStream err(stderr);
    err << QCoreApplication::translate("WebModule", "Unknown command \"%1\".")
               .arg(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString())
        << '\n';
    return 2;
}

// The signatures WebModule casts the resolved symbols to.
static_assert(std::is_same_v<decltype(&linkdeck_web_create_page), WebModule::CreatePage>);
static_assert(std::is_same_v<decltype(&linkdeck_web_run_command), WebModule::RunCommand>);
