#pragma once

#include "Workspace.h"

#include <QTemporaryDir>

/// A workspace in a fresh temporary folder, seeded like a new one, and
/// removed with the object.
class TempWorkspace
{
public:
    TempWorkspace();

    /// True when the workspace opened; the test should QVERIFY it.
    bool isOpen() const { return m_workspace.isOpen(); }
    QString errorMessage() const { return m_error; }
    Workspace &workspace() { return m_workspace; }
    QString path() const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    QString m_error;
};
