#include "TempWorkspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {
const char *const kServerVariable = "LINKDECK_TEST_POSTGRES";
}

TempWorkspace::TempWorkspace(Backend backend)
{
    if (backend == Backend::Sqlite) {
        m_location = m_dir.filePath(QStringLiteral("workspace.linkdeck"));
    } else {
        if (!postgresAvailable()) {
            m_error
                = QStringLiteral("No PostgreSQL server for tests: run under tests/support/with-postgres.sh");
            return;
        }
        m_database = QStringLiteral("linkdeck_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!runOnServer(QStringLiteral("CREATE DATABASE %1").arg(m_database)))
            return;
        QUrl url(qEnvironmentVariable(kServerVariable));
        url.setPath(QLatin1Char('/') + m_database);
        m_location = url.toString();
    }
    const StoreResult opened = m_workspace.open(m_location);
    m_error = opened.message;
}

TempWorkspace::~TempWorkspace()
{
    m_workspace.close();
    if (!m_database.isEmpty())
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_database));
}

TempWorkspace::Backend TempWorkspace::backendNamed(const QString &name)
{
    return name == QLatin1String("postgresql") ? Backend::PostgreSql : Backend::Sqlite;
}

bool TempWorkspace::postgresAvailable()
{
    return !qEnvironmentVariableIsEmpty(kServerVariable);
}

bool TempWorkspace::runOnServer(const QString &sql)
{
    const QString name = QStringLiteral("temp-workspace-admin-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        const QUrl url(qEnvironmentVariable(kServerVariable));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                m_error = query.lastError().text();
        } else {
            m_error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
