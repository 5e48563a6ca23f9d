#include "TempWorkspace.h"

TempWorkspace::TempWorkspace()
{
    const StoreResult opened = m_workspace.open(path());
    m_error = opened.message;
}

QString TempWorkspace::path() const
{
    return m_dir.filePath(QStringLiteral("workspace.linkdeck"));
}
