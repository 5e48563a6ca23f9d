#include "BundledCatalog.h"
#include "Migrations.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newWorkspaceIsSeeded()
    {
        TempWorkspace temp;
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        QVERIFY(temp.workspace().wasCreated());
        QVERIFY(!temp.workspace().id().isEmpty());
        const int bundled = int(BundledCatalog::load().sources.size());
        QVERIFY(bundled >= 20);
        QCOMPARE(SourceRepository(temp.workspace()).count(), bundled);
    }

    void reopenKeepsIdAndDoesNotReseed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.linkdeck"));
        QString id;
        {
            Workspace workspace;
            QVERIFY(workspace.open(path).isOk());
            id = workspace.id();
            QVERIFY(SourceRepository(workspace).remove(QStringLiteral("fitbit")).isOk());
        }
        Workspace again;
        QVERIFY(again.open(path).isOk());
        QVERIFY(!again.wasCreated());
        QCOMPARE(again.id(), id);
        QVERIFY(!SourceRepository(again).find(QStringLiteral("fitbit")));
    }

    void refusesWithoutTouching_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("hello, I am not a database\n")
                                   << QStringLiteral("not a SQLite");
        QTest::newRow("truncated sqlite header")
            << QByteArray("SQLite format 3\0\x10\0garbage garbage garbage", 40) << QStringLiteral("damaged");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                             << QStringLiteral("not a SQLite");
    }

    void refusesWithoutTouching()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.linkdeck"));
        writeFile(path, content);
        const QByteArray before = digest(path);
        Workspace workspace;
        const StoreResult result = workspace.open(path);
        QVERIFY(!result.isOk());
        QVERIFY2(result.message.contains(expected), qPrintable(result.message));
        QVERIFY(!workspace.isOpen());
        QCOMPARE(digest(path), before);
    }

    void refusesForeignDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = digest(path);
        Workspace workspace;
        const StoreResult result = workspace.open(path);
        QVERIFY(!result.isOk());
        QVERIFY2(
            result.message.contains(QStringLiteral("not a Linkdeck workspace")), qPrintable(result.message));
        QCOMPARE(digest(path), before);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.linkdeck"));
        {
            Workspace workspace;
            QVERIFY(workspace.open(path).isOk());
            QSqlQuery query(workspace.database());
            QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                   .arg(Migrations::latestVersion() + 1)));
        }
        const QByteArray before = digest(path);
        Workspace workspace;
        const StoreResult result = workspace.open(path);
        QVERIFY(!result.isOk());
        QVERIFY2(result.message.contains(QStringLiteral("newer Linkdeck")), qPrintable(result.message));
        QCOMPARE(digest(path), before);
    }

    void migrationsAreVersioned()
    {
        TempWorkspace temp;
        QVERIFY(temp.isOpen());
        QSqlQuery query(temp.workspace().database());
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), Migrations::latestVersion());
        QCOMPARE(Migrations::latestVersion(), Workspace::kSchemaVersion);
        // Both backends get the same tables and indexes at every step; their
        // triggers are spelt differently (one per change in SQLite).
        const auto schema = [](int version, bool postgres) {
            QStringList statements = Migrations::statements(version, postgres);
            statements.removeIf([](const QString &sql) {
                return sql.startsWith(QLatin1String("CREATE TRIGGER"))
                    || sql.startsWith(QLatin1String("CREATE FUNCTION"));
            });
            return statements.size();
        };
        for (int version = 1; version <= Migrations::latestVersion(); ++version) {
            QVERIFY(!Migrations::statements(version, false).isEmpty());
            QCOMPARE(schema(version, true), schema(version, false));
        }
    }

    void failedTransactionRollsBack()
    {
        TempWorkspace temp;
        QVERIFY(temp.isOpen());
        SourceRepository repository(temp.workspace());
        const int before = repository.count();
        const StoreResult result = temp.workspace().transaction([&]() -> StoreResult {
            IntegrationSource source;
            source.key = QStringLiteral("rollback-me");
            source.displayName = QStringLiteral("Rollback");
            if (const StoreResult r = repository.insert(&source); !r)
                return r;
            return StoreResult::failure(StoreResult::Status::Failed, QStringLiteral("boom"));
        });
        QVERIFY(!result.isOk());
        QCOMPARE(repository.count(), before);
        QVERIFY(!repository.find(QStringLiteral("rollback-me")));
    }

    void preparedQueriesAreKeptAndReused()
    {
        TempWorkspace temp;
        QVERIFY(temp.isOpen());
        Workspace &workspace = temp.workspace();
        const QString sql = QStringLiteral("SELECT enabled FROM sources WHERE key = :key");
        QSqlQuery &first = workspace.preparedQuery(sql);
        QCOMPARE(&workspace.preparedQuery(sql), &first); // prepared once, kept
        QVERIFY(SourceRepository(workspace).setEnabled(QStringLiteral("strava"), false).isOk());
        for (const auto &[key, enabled] : { std::pair { "oura", 1 }, std::pair { "strava", 0 } }) {
            QSqlQuery &query = workspace.preparedQuery(sql);
            query.bindValue(QStringLiteral(":key"), QString::fromLatin1(key));
            QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
            QCOMPARE(query.value(0).toInt(), enabled);
            query.finish();
        }
        QCOMPARE(SourceRepository(workspace).enabledStates(
                     { QStringLiteral("oura"), QStringLiteral("strava"), QStringLiteral("no-such-source") }),
            (QHash<QString, bool> { { QStringLiteral("oura"), true }, { QStringLiteral("strava"), false } }));

        // One that cannot be prepared yet is prepared again once it can.
        const QString later = QStringLiteral("SELECT count(*) FROM later_table");
        QVERIFY(!workspace.preparedQuery(later).exec());
        QVERIFY(QSqlQuery(workspace.database()).exec(QStringLiteral("CREATE TABLE later_table (x INTEGER)")));
        QSqlQuery &now = workspace.preparedQuery(later);
        QVERIFY2(now.exec() && now.next(), qPrintable(now.lastError().text()));
        QCOMPARE(now.value(0).toInt(), 0);
        now.finish();
        // Kept statements do not keep the workspace from closing cleanly.
        workspace.close();
        QVERIFY(!workspace.isOpen());
    }

    void postgresWorkspaceIsSeededAndReopens()
    {
        if (!TempWorkspace::postgresAvailable())
            QSKIP("No PostgreSQL server: run under tests/support/with-postgres.sh, as ctest does");
        TempWorkspace temp(TempWorkspace::Backend::PostgreSql);
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        QCOMPARE(temp.workspace().backend(), Workspace::Backend::PostgreSql);
        QVERIFY(temp.workspace().wasCreated());
        QCOMPARE(SourceRepository(temp.workspace()).count(), int(BundledCatalog::load().sources.size()));
        const QString id = temp.workspace().id();
        QVERIFY(!temp.workspace().location().contains(QStringLiteral("password")));

        Workspace again;
        QVERIFY(again.open(temp.location()).isOk());
        QVERIFY(!again.wasCreated());
        QCOMPARE(again.id(), id);

        // A second console sees the first one's edit.
        auto source = SourceRepository(temp.workspace()).find(QStringLiteral("oura"));
        source->displayName = QStringLiteral("Oura Ring");
        QVERIFY(SourceRepository(temp.workspace()).update(&*source).isOk());
        QCOMPARE(
            SourceRepository(again).find(QStringLiteral("oura"))->displayName, QStringLiteral("Oura Ring"));
        again.close();
    }

    void postgresNewerSchemaIsRefused()
    {
        if (!TempWorkspace::postgresAvailable())
            QSKIP("No PostgreSQL server: run under tests/support/with-postgres.sh, as ctest does");
        TempWorkspace temp(TempWorkspace::Backend::PostgreSql);
        QVERIFY(temp.isOpen());
        QSqlQuery query(temp.workspace().database());
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        Workspace again;
        const StoreResult result = again.open(temp.location());
        QVERIFY(!result.isOk());
        QVERIFY2(result.message.contains(QStringLiteral("newer Linkdeck")), qPrintable(result.message));
    }

    void unreachablePostgresIsReported()
    {
        Workspace workspace;
        const StoreResult result = workspace.open(QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing"));
        QVERIFY(!result.isOk());
        QVERIFY2(result.message.contains(QStringLiteral("127.0.0.1")), qPrintable(result.message));
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
