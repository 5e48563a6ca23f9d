#include "ApplicationRepository.h"
#include "ConnectionGenerator.h"
#include "ConnectionRepository.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "TestBackends.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

namespace {

const QDateTime kNow(QDate(2026, 11, 21), QTime(18, 0), Qt::UTC);

// The names of the connections table's indexes.
QStringList indexNames(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    query.exec(workspace.backend() == Workspace::Backend::PostgreSql
            ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'connections' ORDER BY 1")
            : QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'connections' "
                "ORDER BY 1"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Application application(Workspace &workspace, const QString &name, const QStringList &sources = {})
{
    Application a;
    a.name = name;
    a.sourceKeys = sources;
    ApplicationRepository(workspace).insert(&a);
    return a;
}

QList<UserConnection> everything(Workspace &workspace)
{
    ConnectionQuery query;
    query.sortColumn = ConnectionQuery::Column::UserId;
    query.sortOrder = Qt::AscendingOrder;
    return ConnectionRepository(workspace).page(query, 1'000'000);
}

} // namespace

class TestConnectionGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init() { LINKDECK_SKIP_UNAVAILABLE_BACKEND(); }

    void makesWhatItWasAskedFor()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        Workspace &workspace = temp.workspace();
        const Application fitness = application(workspace, QStringLiteral("Fitness"),
            { QStringLiteral("fitbit"), QStringLiteral("oura"), QStringLiteral("garmin") });
        const Application clinic = application(workspace, QStringLiteral("Clinic"));
        const QList<IntegrationSource> sources = SourceRepository(workspace).all();

        QList<qint64> progress;
        ConnectionGenerator generator(workspace, 42, kNow);
        QVERIFY(generator.generate(12'345, { fitness, clinic }, sources, [&](qint64 n) { progress << n; }));
        QCOMPARE(progress.constLast(), qint64(12'345));
        QVERIFY(progress.size() > 1);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));

        const QList<UserConnection> all = everything(workspace);
        QCOMPARE(all.size(), 12'345);
        QMap<UserConnection::Status, int> statuses;
        QSet<QString> clinicSources;
        for (const UserConnection &c : all) {
            QVERIFY(c.applicationId == fitness.id || c.applicationId == clinic.id);
            if (c.applicationId == fitness.id)
                QVERIFY2(fitness.sourceKeys.contains(c.sourceKey), qPrintable(c.sourceKey));
            else
                clinicSources << c.sourceKey;
            ++statuses[c.status];
            QVERIFY(c.createdAt <= kNow && c.createdAt > kNow.addDays(-541));
            QVERIFY(!c.lastRefreshedAt.isValid() || c.lastRefreshedAt >= c.createdAt);
            QVERIFY(c.sealedTokens.isEmpty()); // no made-up tokens
            if (c.status == UserConnection::Status::Active && c.tokenExpiresAt.isValid())
                QVERIFY(c.tokenExpiresAt > kNow);
            if (c.status == UserConnection::Status::Expired && c.tokenExpiresAt.isValid())
                QVERIFY(c.tokenExpiresAt <= kNow);
        }
        QVERIFY(clinicSources.size() > 10); // an application without a list uses every source
        // Spread over the eighteen months up to now.
        const auto [oldest, newest] = std::minmax_element(all.cbegin(), all.cend(),
            [](const UserConnection &a, const UserConnection &b) { return a.createdAt < b.createdAt; });
        QVERIFY(oldest->createdAt < kNow.addDays(-530));
        QVERIFY(newest->createdAt > kNow.addDays(-2));
        // The mix, loosely: most work, every kind of trouble shows.
        QVERIFY(statuses[UserConnection::Status::Active] > all.size() * 6 / 10);
        for (const auto status : { UserConnection::Status::Expired, UserConnection::Status::NeedsReauth,
                 UserConnection::Status::Revoked, UserConnection::Status::Error })
            QVERIFY(statuses[status] > all.size() / 50);
    }

    /// A large addition drops and rebuilds the indexes: they are all back.
    void keepsTheIndexes()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        Workspace &workspace = temp.workspace();
        const QStringList before = indexNames(workspace);
        QVERIFY(before.contains(QStringLiteral("connections_by_created")));
        ConnectionGenerator generator(workspace, 7, kNow);
        QVERIFY(generator.generate(
            60'000, { application(workspace, QStringLiteral("Demo")) }, SourceRepository(workspace).all()));
        QCOMPARE(indexNames(workspace), before);
        if (workspace.backend() == Workspace::Backend::Sqlite) { // its cache is the workspace's own again
            QSqlQuery pragma(workspace.database());
            QVERIFY(pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next());
            QCOMPARE(pragma.value(0).toInt(), -2000); // SQLite's default
        }
        QCOMPARE(ConnectionRepository(workspace).count({}), qint64(60'000));
    }

    void sameSeedSameConnections()
    {
        QList<QList<UserConnection>> runs;
        for (int i = 0; i < 2; ++i) {
            TempWorkspace temp(TestBackends::current());
            QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
            Workspace &workspace = temp.workspace();
            ConnectionGenerator generator(workspace, 1234, kNow);
            QVERIFY(generator.generate(
                300, { application(workspace, QStringLiteral("Demo")) }, SourceRepository(workspace).all()));
            runs << everything(workspace);
        }
        QCOMPARE(runs.at(0).size(), 300);
        for (qsizetype i = 0; i < runs.at(0).size(); ++i) {
            QCOMPARE(runs.at(0).at(i).id, runs.at(1).at(i).id);
            QCOMPARE(runs.at(0).at(i).userId, runs.at(1).at(i).userId);
            QCOMPARE(runs.at(0).at(i).createdAt, runs.at(1).at(i).createdAt);
        }
    }

    void refusesWithoutApplicationOrSource()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        Workspace &workspace = temp.workspace();
        ConnectionGenerator generator(workspace, 1, kNow);
        QCOMPARE(generator.generate(10, {}, SourceRepository(workspace).all()).status,
            StoreResult::Status::Invalid);
        const Application onlyUnknown
            = application(workspace, QStringLiteral("Odd"), { QStringLiteral("nosuch") });
        QCOMPARE(generator.generate(10, { onlyUnknown }, SourceRepository(workspace).all()).status,
            StoreResult::Status::Invalid);
        QCOMPARE(ConnectionRepository(workspace).count({}), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestConnectionGenerator)
#include "tst_connectiongenerator.moc"
