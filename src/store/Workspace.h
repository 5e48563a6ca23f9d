#pragma once

#include "StoreResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <map>
#include <memory>

/// The database that holds a team's sources, applications and, later,
/// connections: a SQLite file, or a PostgreSQL database for teams.
/// Opening runs the schema migrations; a workspace from a newer Linkdeck,
/// or a file that is not a sound workspace, is refused and left untouched.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    enum class Backend { Sqlite, PostgreSql };

    /// The schema version this build writes.
    static constexpr int kSchemaVersion = 7;

    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /// The SQLite file used when no --workspace is given.
    static QString defaultLocation();

    /// Opens a SQLite path or a postgresql:// URL, creating and seeding a new
    /// workspace with the bundled catalogue where there is none.
    StoreResult open(const QString &location);
    /// Opens a second connection to the database that @p other has open, for
    /// another thread: a QtSql connection may only be used by the thread that
    /// opened it, so call this from the thread that will use it, and close it
    /// there. Runs no migration (@p other did) and seeds nothing; @p other
    /// must stay open meanwhile.
    StoreResult openAlongside(const Workspace &other);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;
    Backend backend() const { return m_backend; }
    /// The path, or the URL without its password.
    QString location() const { return m_location; }
    /// A stable id of this workspace, used to scope its keyring entries.
    QString id() const { return m_id; }
    /// True where open() created the workspace.
    bool wasCreated() const { return m_created; }

    /// Who the changes made through this workspace are recorded as in the
    /// audit log; by default the system's user name.
    QString operatorName() const;
    void setOperatorName(const QString &name) { m_operatorName = name.trimmed(); }

    /// Runs @p work in a transaction; nested calls join the outer one.
    /// Any failure rolls everything back.
    StoreResult transaction(const std::function<StoreResult()> &work);

    /// Deletes the rows of @p table whose expires_at is not after @p now
    /// (a stored time); returns how many. For single-use tokens and states.
    int removeExpired(const QString &table, const QString &now);

    /// The current time as stored in the workspace (UTC, ISO 8601).
    static QString timestamp();

    /// @p value, with a null string made empty: columns are NOT NULL.
    static QVariant notNull(const QVariant &value);

    /// @p sql, prepared once on this workspace's connection and kept: for the
    /// statements the connect service runs on every request, which the
    /// database then parses once. Bind, exec and read it, then finish() it
    /// (it stays prepared); one use of a statement at a time.
    QSqlQuery &preparedQuery(const QString &sql);

    /// A failed query as a StoreResult with the driver's message.
    static StoreResult queryFailure(const QSqlQuery &query);

private:
    StoreResult openSqlite(const QString &path);
    StoreResult openPostgres(const QString &url);
    StoreResult prepareSchema();
    StoreResult seedCatalogue();

    QString m_connectionName;
    QString m_location;
    QString m_id;
    Backend m_backend = Backend::Sqlite;
    bool m_created = false;
    int m_transactionDepth = 0;
    QString m_operatorName;
    struct Statement
    {
        std::unique_ptr<QSqlQuery> query;
        bool prepared = false;
    };
    std::map<QString, Statement> m_statements; ///< preparedQuery()'s, by SQL
};
