#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class ConsolePage;
class QLibrary;
class QWidget;
struct WebPageContext;

/// The pages and commands built on Qt WebEngine (Preview, Tests, `linkdeck
/// test`) live in a module of their own, liblinkdeck_web, loaded the first
/// time one of them is needed: Qt WebEngine is a large library, and loading
/// it at start would double the console's start-up time for pages that
/// most sessions never open.
class WebModule
{
    Q_DECLARE_TR_FUNCTIONS(WebModule)

public:
    /// The process's module, loaded on first use from defaultFileName().
    static WebModule &instance();
    /// Where the console's module is: beside the executable's private
    /// libraries, or LINKDECK_WEB_MODULE where that is set.
    static QString defaultFileName();

    /// The module in @p fileName, not loaded yet.
    explicit WebModule(const QString &fileName);
    ~WebModule();
    Q_DISABLE_COPY_MOVE(WebModule)

    /// True where the module is loaded; errorString() says why not.
    bool load();
    QString errorString() const { return m_error; }

    /// The module's page @p id ("preview", "tests"), or null where the
    /// module cannot be loaded or has no such page.
    ConsolePage *createPage(const QString &id, const WebPageContext &context, QWidget *parent);
    /// Runs a command of the module (`linkdeck test …`) as the whole
    /// process; 2 with a message on stderr where the module cannot load.
    int runCommand(int argc, char **argv);

    /// The entry points the module exports, with C linkage so they are
    /// found by name.
    using CreatePage = ConsolePage *(*)(const QString &id, const WebPageContext &context, QWidget *parent);
    using RunCommand = int (*)(int argc, char **argv);
    static constexpr const char *kCreatePageSymbol = "linkdeck_web_create_page";
    static constexpr const char *kRunCommandSymbol = "linkdeck_web_run_command";

private:
    std::unique_ptr<QLibrary> m_library;
    CreatePage m_createPage = nullptr;
    RunCommand m_runCommand = nullptr;
    QString m_error;
};
