#include "WebModule.h"

#include <QTextStream>
#include <cstdio>

WebModule &WebModule::instance()
{
    static WebModule module(defaultFileName());
    return module;
}

QString WebModule::defaultFileName()
{
    return ModuleLibrary::fileName(QStringLiteral("linkdeck_web"), "LINKDECK_WEB_MODULE");
}

WebModule::WebModule(const QString &fileName)
    : m_library(fileName)
{ }

bool WebModule::load()
{
    if (m_library.load({ kCreatePageSymbol, kRunCommandSymbol }))
        return true;
    m_error = m_library.notModule()
        ? tr("%1 is not a Linkdeck web module.").arg(m_library.fileName())
        : tr("The Qt WebEngine pages cannot be loaded: %1").arg(m_library.errorString());
    return false;
}

ConsolePage *WebModule::createPage(const QString &id, const ConsolePageContext &context, QWidget *parent)
{
    return load() ? m_library.function<CreatePage>(kCreatePageSymbol)(id, context, parent) : nullptr;
}

int WebModule::runCommand(int argc, char **argv)
{
    if (!load()) {
        QTextStream(stderr) << m_error << '\n';
        return 2;
    }
    return m_library.function<RunCommand>(kRunCommandSymbol)(argc, argv);
}
