#include "SqliteDriver.h"

#include "SqliteResult.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <sqlite3.h>

namespace {

constexpr char kBusyTimeout[] = "busy_timeout";

} // namespace

QString SqliteDriver::name()
{
    static const QString registered = [] {
        const QString driverName = QStringLiteral("LINKDECK_SQLITE");
        QSqlDatabase::registerSqlDriver(driverName, new QSqlDriverCreator<SqliteDriver>);
        return driverName;
    }();
    return registered;
}

QString SqliteDriver::busyTimeoutOption(int milliseconds)
{
    return QLatin1String(kBusyTimeout) + QLatin1Char('=') + QString::number(milliseconds);
}

SqliteDriver::SqliteDriver(QObject *parent)
    : QSqlDriver(parent)
{ }

SqliteDriver::~SqliteDriver()
{
    close();
}

bool SqliteDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case BLOB:
    case Unicode:
    case SimpleLocking:
    case FinishQuery:
        return true;
    default:
        return false;
    }
}

bool SqliteDriver::open(
    const QString &path, const QString &, const QString &, const QString &, int, const QString &options)
{
    close();
    int busyTimeout = 5000;
    for (const QString &option : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = option.section(QLatin1Char('='), 0, 0).trimmed();
        bool valid = false;
        const int value = option.section(QLatin1Char('='), 1).trimmed().toInt(&valid);
        if (key == QLatin1String(kBusyTimeout) && valid && value >= 0) {
            busyTimeout = value;
        } else {
            setLastError(QSqlError(
                tr("Unknown connect option %1").arg(option), QString(), QSqlError::ConnectionError));
            setOpenError(true);
            return false;
        }
    }
    // Each Qt connection is used by one thread at a time: no mutex needed.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    sqlite3 *db = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (opened != SQLITE_OK) {
        setLastError(error(db, tr("Error opening database"), QSqlError::ConnectionError));
        sqlite3_close_v2(db);
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busyTimeout);
    m_db = db;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqliteDriver::close()
{
    if (!m_db)
        return;
    // Statements still prepared keep the database until they are finalized.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqliteDriver::createResult() const
{
    return new SqliteResult(this);
}

bool SqliteDriver::beginTransaction()
{
    return run("BEGIN", tr("Unable to begin transaction"));
}

bool SqliteDriver::commitTransaction()
{
    return run("COMMIT", tr("Unable to commit transaction"));
}

bool SqliteDriver::rollbackTransaction()
{
    return run("ROLLBACK", tr("Unable to roll back transaction"));
}

bool SqliteDriver::run(const char *sql, const QString &what)
{
    if (!m_db)
        return false;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    setLastError(error(m_db, what, QSqlError::TransactionError));
    return false;
}

QStringList SqliteDriver::tables(QSql::TableType type) const
{
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    if (type & QSql::Views)
        kinds << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables)
        kinds << QStringLiteral("type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\'");
    QStringList names;
    if (!m_db || kinds.isEmpty())
        return names;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE (%1) ORDER BY name")
                       .arg(kinds.join(QLatin1String(") OR (")))))
        while (query.next())
            names << query.value(0).toString();
    return names;
}

QString SqliteDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.size() > 1 && identifier.startsWith(QLatin1Char('"'))
        && identifier.endsWith(QLatin1Char('"')))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QSqlError SqliteDriver::error(sqlite3 *db, const QString &what, int type)
{
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_NOMEM;
    const QString message
        = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(what, message, QSqlError::ErrorType(type), QString::number(code));
}
