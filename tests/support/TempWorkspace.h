#pragma once

#include "Workspace.h"

#include <QTemporaryDir>

/// A fresh workspace, seeded like a new one, removed with the object: a
/// SQLite file in a temporary folder, or a new database on the PostgreSQL
/// server named by LINKDECK_TEST_POSTGRES (see tests/support/with-postgres.sh).
class TempWorkspace
{
public:
    enum class Backend { Sqlite, PostgreSql };

    explicit TempWorkspace(Backend backend = Backend::Sqlite);
    ~TempWorkspace();

    /// Backend::PostgreSql for "postgresql", else Backend::Sqlite.
    static Backend backendNamed(const QString &name);
    /// True where a PostgreSQL server is there for tests.
    static bool postgresAvailable();

    /// True when the workspace opened; the test should QVERIFY it.
    bool isOpen() const { return m_workspace.isOpen(); }
    QString errorMessage() const { return m_error; }
    Workspace &workspace() { return m_workspace; }
    /// The location to open it again: a file path or a postgresql:// URL.
    QString location() const { return m_location; }
    QString path() const { return m_location; }
    QString dir() const { return m_dir.path(); }

private:
    bool runOnServer(const QString &sql);

    QTemporaryDir m_dir;
    Workspace m_workspace;
    QString m_error;
    QString m_location;
    QString m_database; ///< the PostgreSQL database to drop, if any
};
