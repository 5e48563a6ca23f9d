#pragma once

#include <QSqlDriver>

struct sqlite3;

/// Linkdeck's own Qt SQL driver for SQLite workspaces, on the system's
/// libsqlite3.
///
/// Qt's QSQLITE plugin copies every result into a cache of QVariants and
/// converts every text value to UTF-16 inside SQLite; loading the plugin was
/// 7% of the console's start-up instructions. This driver reads each value once,
/// straight from the current row (UTF-8 into QString), forward-only unless a
/// query asks to go back, and is linked in rather than loaded.
///
/// Placeholders: named ones (":id") are turned into positional ones by
/// QSqlResult, so a name used twice is bound twice. A null QString or
/// QByteArray is bound as NULL, as QSQLITE does.
class SqliteDriver : public QSqlDriver
{
    Q_OBJECT
public:
    /// The name to give QSqlDatabase::addDatabase(); registers the driver
    /// on first use.
    static QString name();
    /// Connect options: how long a statement waits for another connection's
    /// lock before it reports the database busy.
    static QString busyTimeoutOption(int milliseconds);

    explicit SqliteDriver(QObject *parent = nullptr);
    ~SqliteDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &path, const QString &user, const QString &password, const QString &host,
        int port, const QString &options) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    /// The open database, or null.
    sqlite3 *connection() const { return m_db; }

    /// An error whose database text is SQLite's last message on @p db.
    static QSqlError error(sqlite3 *db, const QString &what, int type);

private:
    bool run(const char *sql, const QString &what);

    sqlite3 *m_db = nullptr;
};
