#include "ModuleLibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <dlfcn.h>

namespace {

/// The folder of the library this function is in (liblinkdeck_ui): where
/// the modules are, whichever program loaded it.
QString ownDirectory()
{
    Dl_info info {};
    if (dladdr(reinterpret_cast<void *>(&ownDirectory), &info) == 0 || !info.dli_fname)
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
}

} // namespace

QString ModuleLibrary::fileName(const QString &name, const char *overrideVariable)
{
    if (overrideVariable) {
        const QString override = qEnvironmentVariable(overrideVariable);
        if (!override.isEmpty())
            return override;
    }
    return QDir(ownDirectory()).filePath(QStringLiteral("lib") + name);
}

ModuleLibrary::ModuleLibrary(const QString &fileName)
    : m_library(std::make_unique<QLibrary>(fileName))
{ }

ModuleLibrary::~ModuleLibrary() = default;

bool ModuleLibrary::load(std::initializer_list<const char *> symbols)
{
    if (m_loaded)
        return true;
    if (!m_library->load()) {
        m_error = m_library->errorString();
        return false;
    }
    for (const char *symbol : symbols) {
        if (!m_library->resolve(symbol)) {
            m_notModule = true;
            m_error = tr("%1 lacks %2.").arg(m_library->fileName(), QString::fromLatin1(symbol));
            return false;
        }
    }
    m_loaded = true;
    return true;
}

QString ModuleLibrary::fileName() const
{
    return m_library->fileName();
}

QFunctionPointer ModuleLibrary::resolve(const char *symbol) const
{
    return m_loaded ? m_library->resolve(symbol) : nullptr;
}
