#include "WebModule.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

Q_LOGGING_CATEGORY(lcWebModule, "linkdeck.ui.webmodule")

WebModule &WebModule::instance()
{
    static WebModule module(defaultFileName());
    return module;
}

QString WebModule::defaultFileName()
{
    const QString override = qEnvironmentVariable("LINKDECK_WEB_MODULE");
    if (!override.isEmpty())
        return override;
    // LINKDECK_MODULE_DIR is relative to the executable, the same in the
    // build tree and when installed.
    // `linkdeck test` loads the module before any application exists.
    const QString executableDir = QCoreApplication::instance()
        ? QCoreApplication::applicationDirPath()
        : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    return QDir(executableDir).filePath(QStringLiteral(LINKDECK_MODULE_DIR "/liblinkdeck_web"));
}

WebModule::WebModule(const QString &fileName)
    : m_library(std::make_unique<QLibrary>(fileName))
{ }

// The library is never unloaded: pages made from it may live to the end of
// the process.
WebModule::~WebModule() = default;

bool WebModule::load()
{
    if (m_createPage && m_runCommand)
        return true;
    if (!m_library->load()) {
        m_error = tr("The Qt WebEngine pages cannot be loaded: %1").arg(m_library->errorString());
        qCWarning(lcWebModule) << m_library->errorString();
        return false;
    }
    m_createPage = reinterpret_cast<CreatePage>(m_library->resolve(kCreatePageSymbol));
    m_runCommand = reinterpret_cast<RunCommand>(m_library->resolve(kRunCommandSymbol));
    if (!m_createPage || !m_runCommand) {
        m_error = tr("%1 is not a Linkdeck web module.").arg(m_library->fileName());
        return false;
    }
    qCDebug(lcWebModule) << "loaded" << m_library->fileName();
    return true;
}

ConsolePage *WebModule::createPage(const QString &id, const WebPageContext &context, QWidget *parent)
{
    return load() ? m_createPage(id, context, parent) : nullptr;
}

int WebModule::runCommand(int argc, char **argv)
{
    if (!load()) {
        QTextStream(stderr) << m_error << '\n';
        return 2;
    }
    return m_runCommand(argc, argv);
}
