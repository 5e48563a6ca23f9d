#include "ApplicationRepository.h"
#include "Migrations.h"
#include "TempWorkspace.h"
#include "TestBackends.h"
#include "TestRunRepository.h"

#include <QSqlQuery>
#include <QTest>

namespace {

const QDateTime kT0(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

TestRunRecord run(
    const QString &source, int minutes, TestRunRecord::Result result = TestRunRecord::Result::Passed)
{
    TestRunRecord r;
    r.sourceKey = source;
    r.startedAt = kT0.addSecs(60 * minutes);
    r.durationMs = 1000 + minutes;
    r.result = result;
    r.steps = QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("authorize") },
        { QStringLiteral("status"), QStringLiteral("passed") },
        { QStringLiteral("detail"), QStringLiteral("Ünïcode") } } };
    r.navigations = QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("redirect") } } };
    r.har = QJsonObject { { QStringLiteral("log"),
        QJsonObject { { QStringLiteral("version"), QStringLiteral("1.2") },
            { QStringLiteral("entries"), QJsonArray() } } } };
    return r;
}

QList<int> minutesOf(const QList<TestRunRecord> &runs)
{
    QList<int> minutes;
    for (const TestRunRecord &r : runs)
        minutes << int(kT0.secsTo(r.startedAt) / 60);
    return minutes;
}

} // namespace

class TestTestRunRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init() { LINKDECK_SKIP_UNAVAILABLE_BACKEND(); }

    void schemaHasTheTable()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        QVERIFY(temp.workspace().database().tables().contains(QStringLiteral("test_runs")));
        QCOMPARE(Migrations::latestVersion(), Workspace::kSchemaVersion);
    }

    void roundTrips()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        TestRunRepository repository(temp.workspace());
        TestRunRecord r = run(QStringLiteral("fitbit"), 5, TestRunRecord::Result::Cancelled);
        QVERIFY(repository.insert(&r).isOk());
        QVERIFY(r.id > 0);
        const auto stored = repository.find(r.id);
        QVERIFY(stored);
        QCOMPARE(stored->id, r.id);
        QCOMPARE(stored->sourceKey, QStringLiteral("fitbit"));
        QCOMPARE(stored->applicationId, qint64(0));
        QCOMPARE(stored->startedAt, r.startedAt);
        QCOMPARE(stored->durationMs, r.durationMs);
        QCOMPARE(stored->result, TestRunRecord::Result::Cancelled);
        QCOMPARE(stored->steps, r.steps);
        QCOMPARE(stored->navigations, r.navigations);
        QCOMPARE(stored->har, r.har);
        QVERIFY(!repository.find(r.id + 1000));

        // No application: NULL, not 0.
        QSqlQuery query(temp.workspace().database());
        QVERIFY(query.exec(QStringLiteral("SELECT application_id IS NULL FROM test_runs")) && query.next());
        QVERIFY(query.value(0).toBool());
    }

    void applicationIsKeptAndOutlived()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        ApplicationRepository applications(temp.workspace());
        Application app;
        app.name = QStringLiteral("QA app");
        QVERIFY(applications.insert(&app).isOk());
        TestRunRepository repository(temp.workspace());
        TestRunRecord r = run(QStringLiteral("oura"), 1);
        r.applicationId = app.id;
        QVERIFY(repository.insert(&r).isOk());
        QCOMPARE(repository.find(r.id)->applicationId, app.id);
        // Deleting the application keeps the run, without it.
        QVERIFY(applications.remove(app.id).isOk());
        const auto stored = repository.find(r.id);
        QVERIFY(stored);
        QCOMPARE(stored->applicationId, qint64(0));
    }

    void refusesRunsWithoutSourceOrResult()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        TestRunRepository repository(temp.workspace());
        TestRunRecord r = run(QString(), 1);
        QCOMPARE(repository.insert(&r).status, StoreResult::Status::Invalid);
        QSqlQuery query(temp.workspace().database());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO test_runs (source_key, started_at, result) "
                                           "VALUES ('x', '2026-01-01T00:00:00.000Z', 'maybe')")));
    }

    void listsNewestFirst()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        TestRunRepository repository(temp.workspace());
        for (int minutes : { 3, 1, 4, 2 }) {
            TestRunRecord r = run(QStringLiteral("garmin"), minutes);
            QVERIFY(repository.insert(&r).isOk());
        }
        TestRunRecord other = run(QStringLiteral("strava"), 9);
        QVERIFY(repository.insert(&other).isOk());

        const QList<TestRunRecord> all = repository.listForSource(QStringLiteral("garmin"));
        QCOMPARE(minutesOf(all), (QList<int> { 4, 3, 2, 1 }));
        QVERIFY(all.constFirst().har.isEmpty()); // a summary
        QCOMPARE(all.constFirst().steps.size(), 1);
        QCOMPARE(minutesOf(repository.listForSource(QStringLiteral("garmin"), 2)), (QList<int> { 4, 3 }));
        const auto full
            = repository.listForSource(QStringLiteral("garmin"), 1, TestRunRepository::Detail::Full);
        QCOMPARE(full.constFirst().har, run(QString(), 0).har);
        QVERIFY(repository.listForSource(QStringLiteral("nobody")).isEmpty());
    }

    void latestPerSource()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        TestRunRepository repository(temp.workspace());
        QVERIFY(repository.latestPerSource().isEmpty());
        const struct
        {
            const char *source;
            int minutes;
            TestRunRecord::Result result;
        } rows[] = {
            { "fitbit", 1, TestRunRecord::Result::Passed },
            { "fitbit", 3, TestRunRecord::Result::Failed },
            { "fitbit", 2, TestRunRecord::Result::Passed },
            { "oura", 7, TestRunRecord::Result::Cancelled },
            // Two runs in the same millisecond: the later insert wins.
            { "withings", 5, TestRunRecord::Result::Failed },
            { "withings", 5, TestRunRecord::Result::Passed },
        };
        for (const auto &row : rows) {
            TestRunRecord r = run(QString::fromLatin1(row.source), row.minutes, row.result);
            QVERIFY(repository.insert(&r).isOk());
        }
        const QHash<QString, TestRunRecord> latest = repository.latestPerSource();
        QCOMPARE(latest.size(), 3);
        QCOMPARE(latest.value(QStringLiteral("fitbit")).result, TestRunRecord::Result::Failed);
        QCOMPARE(latest.value(QStringLiteral("oura")).result, TestRunRecord::Result::Cancelled);
        QCOMPARE(latest.value(QStringLiteral("withings")).result, TestRunRecord::Result::Passed);
        QCOMPARE(minutesOf({ latest.value(QStringLiteral("fitbit")) }), QList<int> { 3 });
    }

    void prunesOlderRuns()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        TestRunRepository repository(temp.workspace());
        for (int minutes = 1; minutes <= 5; ++minutes) {
            for (const char *source : { "a", "b", "c" }) {
                TestRunRecord r = run(QString::fromLatin1(source), minutes);
                QVERIFY(repository.insert(&r).isOk());
            }
        }
        int deleted = -1;
        QVERIFY(repository.pruneSource(QStringLiteral("a"), 2, &deleted).isOk());
        QCOMPARE(deleted, 3);
        QCOMPARE(minutesOf(repository.listForSource(QStringLiteral("a"))), (QList<int> { 5, 4 }));
        QCOMPARE(repository.listForSource(QStringLiteral("b")).size(), 5);

        QVERIFY(repository.pruneAll(3, &deleted).isOk());
        QCOMPARE(deleted, 4); // two each of b and c
        QCOMPARE(minutesOf(repository.listForSource(QStringLiteral("a"))), (QList<int> { 5, 4 }));
        QCOMPARE(minutesOf(repository.listForSource(QStringLiteral("c"))), (QList<int> { 5, 4, 3 }));

        QVERIFY(repository.pruneSource(QStringLiteral("c"), 0, &deleted).isOk());
        QCOMPARE(deleted, 3);
        QVERIFY(repository.listForSource(QStringLiteral("c")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTestRunRepository)
#include "tst_testrunrepository.moc"
