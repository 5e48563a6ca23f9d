#pragma once

#include "ModuleLibrary.h"

#include <QCoreApplication>
#include <QString>

class ConsolePage;
class QWidget;
struct ConsolePageContext;

/// The pages and commands built on Qt WebEngine (Preview, Tests, `linkdeck
/// test`) live in a module of their own, liblinkdeck_web, loaded the first
/// time one of them is needed: Qt WebEngine is a large library, and loading
/// it at start would double the console's start-up time for pages that
/// most sessions never open. The module also runs the console's connect
/// service for those pages.
class WebModule
{
    Q_DECLARE_TR_FUNCTIONS(WebModule)

public:
    /// The process's module, loaded on first use from defaultFileName().
    static WebModule &instance();
    /// Where the console's module is (see ModuleLibrary), or
    /// LINKDECK_WEB_MODULE where that is set.
    static QString defaultFileName();

    /// The module in @p fileName, not loaded yet.
    explicit WebModule(const QString &fileName);

    /// True where the module is loaded; errorString() says why not.
    bool load();
    QString errorString() const { return m_error; }

    /// The module's page @p id ("preview", "tests"), or null where the
    /// module cannot be loaded or has no such page.
    ConsolePage *createPage(const QString &id, const ConsolePageContext &context, QWidget *parent);
    /// Runs a command of the module (`linkdeck test …`) as the whole
    /// process; 2 with a message on stderr where the module cannot load.
    int runCommand(int argc, char **argv);

    /// The entry points the module exports, with C linkage so they are
    /// found by name.
    using CreatePage
        = ConsolePage *(*)(const QString &id, const ConsolePageContext &context, QWidget *parent);
    using RunCommand = int (*)(int argc, char **argv);
    static constexpr const char *kCreatePageSymbol = "linkdeck_web_create_page";
    static constexpr const char *kRunCommandSymbol = "linkdeck_web_run_command";

private:
    ModuleLibrary m_library;
    QString m_error;
};
