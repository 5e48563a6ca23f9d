#include "Workspace.h"

#include "AuditLog.h"
#include "BundledCatalog.h"
#include "Migrations.h"
#include "SourceRepository.h"
#include "SqliteDriver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWorkspace, "linkdeck.store.workspace")

namespace {

constexpr char kSqliteHeader[] = "SQLite format 3";

StoreResult failed(const QString &message)
{
    return StoreResult::failure(StoreResult::Status::Failed, message);
}

} // namespace

Workspace::Workspace()
    : m_connectionName(QStringLiteral("linkdeck-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Workspace::~Workspace()
{
    close();
}

QString Workspace::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/workspace.linkdeck");
}

StoreResult Workspace::open(const QString &location)
{
    close();
    const bool postgres = location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
    StoreResult result = postgres ? openPostgres(location) : openSqlite(location);
    if (result)
        result = prepareSchema();
    if (!result)
        close();
    return result;
}

StoreResult Workspace::openAlongside(const Workspace &other)
{
    close();
    // Not other.isOpen(): from this thread, other's connection may not be touched.
    if (other.m_id.isEmpty() || !QSqlDatabase::contains(other.m_connectionName))
        return failed(tr("The workspace is not open."));
    // Cloning by name is what Qt allows from another thread than the one
    // that uses the original connection.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(other.m_connectionName, m_connectionName);
    if (!db.open()) {
        const QString message = db.lastError().text();
        close();
        return failed(tr("Cannot open the workspace %1: %2").arg(other.m_location, message));
    }
    if (other.m_backend == Backend::Sqlite)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); // per connection, as in openSqlite()
    m_backend = other.m_backend;
    m_location = other.m_location;
    m_operatorName = other.m_operatorName;
    m_created = false;
    m_id = other.m_id;
    return StoreResult::ok();
}

StoreResult Workspace::openSqlite(const QString &path)
{
    m_backend = Backend::Sqlite;
    const QFileInfo info(path);
    m_location = info.absoluteFilePath();
    if (info.exists()) {
        if (info.isDir())
            return failed(tr("%1 is a folder, not a workspace file.").arg(m_location));
        QFile file(m_location);
        if (!file.open(QIODevice::ReadOnly))
            return failed(tr("Cannot read the workspace %1: %2").arg(m_location, file.errorString()));
        const QByteArray header = file.read(sizeof kSqliteHeader);
        if (!header.isEmpty() && !header.startsWith(kSqliteHeader))
            return failed(tr("%1 is not a Linkdeck workspace (not a SQLite database). "
                             "It was left untouched.")
                              .arg(m_location));
        if (!info.isWritable())
            return failed(tr("The workspace %1 is read-only.").arg(m_location));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return failed(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDriver::name(), m_connectionName);
    db.setDatabaseName(m_location);
    db.setConnectOptions(SqliteDriver::busyTimeoutOption(5000));
    if (!db.open())
        return failed(tr("Cannot open the workspace %1: %2").arg(m_location, db.lastError().text()));
    // Reading the schema is cheap and fails on a damaged or foreign file.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return failed(tr("The workspace %1 is damaged and was left untouched: %2")
                          .arg(m_location, query.lastError().text()));
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return StoreResult::ok();
}

StoreResult Workspace::openPostgres(const QString &text)
{
    m_backend = Backend::PostgreSql;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return failed(tr("The PostgreSQL URL is not valid. Use postgresql://user@host[:port]/database."));
    QUrl shown = url;
    shown.setPassword(QString());
    m_location = shown.toString();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        return failed(tr("The PostgreSQL driver is not installed (libqt6sql6-psql)."));
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : url.password());
    db.setDatabaseName(url.path().mid(1));
    QStringList options;
    const QUrlQuery params(url);
    for (const auto &[key, value] : params.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout"))
            options << key + QLatin1Char('=') + value;
    }
    if (!options.contains(QLatin1String("connect_timeout"), Qt::CaseInsensitive))
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return failed(tr("Cannot connect to %1: %2").arg(m_location, db.lastError().text()));
    return StoreResult::ok();
}

StoreResult Workspace::prepareSchema()
{
    QSqlDatabase db = database();
    const QStringList tables = db.tables(QSql::Tables);
    int version = 0;
    if (tables.contains(QLatin1String("meta"))) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
            || !query.next())
            return failed(
                tr("The workspace %1 has no schema version; it was left untouched.").arg(m_location));
        version = query.value(0).toInt();
    } else if (!tables.isEmpty()) {
        return failed(
            tr("%1 is a database but not a Linkdeck workspace; it was left untouched.").arg(m_location));
    }
    if (version > Migrations::latestVersion())
        return failed(tr("The workspace %1 was written by a newer Linkdeck (schema %2; this version knows "
                         "up to %3). Update Linkdeck to open it.")
                          .arg(m_location)
                          .arg(version)
                          .arg(Migrations::latestVersion()));
    m_created = version == 0;
    if (m_backend == Backend::Sqlite) {
        // Lets a console and a headless service share the file. With WAL,
        // synchronous=NORMAL syncs at checkpoints instead of every commit:
        // still never corrupt, and a power cut loses at most the last
        // commits; it makes each commit (a widget session, an event) several
        // times cheaper.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }

    StoreResult result = transaction([&]() -> StoreResult {
        StoreResult migrated = Migrations::migrate(*this, version);
        if (!migrated || !m_created)
            return migrated;
        QSqlQuery insert(database());
        insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('workspace_id', :id)"));
        insert.bindValue(QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!insert.exec())
            return queryFailure(insert);
        return seedCatalogue();
    });
    if (!result)
        return result;

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_id'")) || !query.next())
        return failed(tr("The workspace %1 has no id.").arg(m_location));
    m_id = query.value(0).toString();
    qCInfo(lcWorkspace) << "opened workspace" << m_location << "schema" << Migrations::latestVersion()
                        << (m_created ? "(new)" : "");
    return StoreResult::ok();
}

StoreResult Workspace::seedCatalogue()
{
    const CatalogParseResult catalogue = BundledCatalog::load();
    if (!catalogue.ok())
        return failed(tr("The bundled catalogue could not be read: %1").arg(catalogue.error));
    SourceRepository sources(*this);
    sources.setAudited(false); // the bundled catalogue is no one's change
    for (IntegrationSource source : catalogue.sources) {
        const StoreResult inserted = sources.insert(&source);
        if (!inserted)
            return inserted;
    }
    return StoreResult::ok();
}

void Workspace::close()
{
    // Kept statements hold the connection; they go first.
    m_statements.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_id.clear();
    m_transactionDepth = 0;
}

bool Workspace::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen() && !m_id.isEmpty();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Workspace::operatorName() const
{
    return m_operatorName.isEmpty() ? AuditLog::systemUserName() : m_operatorName;
}

QSqlQuery &Workspace::preparedQuery(const QString &sql)
{
    Statement &statement = m_statements[sql];
    if (!statement.query) {
        statement.query = std::make_unique<QSqlQuery>(database());
        statement.query->setForwardOnly(true);
    }
    // One that failed to prepare is tried again next time; exec() reports why.
    if (!statement.prepared)
        statement.prepared = statement.query->prepare(sql);
    return *statement.query;
}

StoreResult Workspace::transaction(const std::function<StoreResult()> &work)
{
    QSqlDatabase db = database();
    if (m_transactionDepth == 0 && !db.transaction())
        return failed(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    ++m_transactionDepth;
    StoreResult result = work();
    --m_transactionDepth;
    if (m_transactionDepth > 0)
        return result;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return failed(tr("Cannot save to the workspace: %1").arg(message));
    }
    return result;
}

int Workspace::removeExpired(const QString &table, const QString &now)
{
    int removed = 0;
    transaction([&]() -> StoreResult {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE expires_at <= :now").arg(table));
        query.bindValue(QStringLiteral(":now"), now);
        if (!query.exec())
            return queryFailure(query);
        removed = query.numRowsAffected();
        return StoreResult::ok();
    });
    return removed;
}

QString Workspace::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant Workspace::notNull(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QByteArray("");
    return value;
}

StoreResult Workspace::queryFailure(const QSqlQuery &query)
{
    qCWarning(lcWorkspace) << "query failed:" << query.lastError().text();
    return failed(query.lastError().text());
}
