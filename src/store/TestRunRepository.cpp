#include "TestRunRepository.h"

#include "StoredTime.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcTestRuns, "linkdeck.store.testruns")

namespace {

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonDocument parsed(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8());
}

} // namespace

TestRunRepository::TestRunRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult TestRunRepository::insert(TestRunRecord *run)
{
    if (run->sourceKey.isEmpty())
        return StoreResult::failure(StoreResult::Status::Invalid, tr("A test run needs a source."));
    if (!run->startedAt.isValid())
        run->startedAt = QDateTime::currentDateTimeUtc();
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral(
            "INSERT INTO test_runs (source_key, application_id, started_at, duration_ms, result, steps, "
            "navigations, har) VALUES (:source, :app, :started, :duration, :result, :steps, :navigations, "
            ":har) "
            "RETURNING id"));
        query.bindValue(QStringLiteral(":source"), run->sourceKey);
        query.bindValue(QStringLiteral(":app"),
            run->applicationId == 0 ? QVariant(QMetaType::fromType<qlonglong>())
                                    : QVariant(qlonglong(run->applicationId)));
        query.bindValue(QStringLiteral(":started"), StoredTime::format(run->startedAt));
        query.bindValue(QStringLiteral(":duration"), qlonglong(run->durationMs));
        query.bindValue(QStringLiteral(":result"), TestRunRecord::toString(run->result));
        query.bindValue(QStringLiteral(":steps"), compact(QJsonDocument(run->steps)));
        query.bindValue(QStringLiteral(":navigations"), compact(QJsonDocument(run->navigations)));
        query.bindValue(QStringLiteral(":har"), compact(QJsonDocument(run->har)));
        if (!query.exec() || !query.next())
            return Workspace::queryFailure(query);
        run->id = query.value(0).toLongLong();
        qCDebug(lcTestRuns) << "stored test run" << run->id << "of" << run->sourceKey;
        return StoreResult::ok();
    });
}

QList<TestRunRecord> TestRunRepository::select(
    const QString &tail, const QVariantMap &values, Detail detail) const
{
    QList<TestRunRecord> runs;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.id, t.source_key, t.application_id, t.started_at, t.duration_ms, "
                                 "t.result, t.steps, t.navigations, %1 FROM test_runs t ")
                      .arg(detail == Detail::Full ? QStringLiteral("t.har") : QStringLiteral("'{}'"))
        + tail);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        qCWarning(lcTestRuns) << "reading test runs failed:" << query.lastError().text();
        return runs;
    }
    while (query.next()) {
        TestRunRecord run;
        run.id = query.value(0).toLongLong();
        run.sourceKey = query.value(1).toString();
        run.applicationId = query.value(2).toLongLong();
        run.startedAt = StoredTime::parse(query.value(3).toString());
        run.durationMs = query.value(4).toLongLong();
        if (!TestRunRecord::fromString(query.value(5).toString(), &run.result))
            run.result = TestRunRecord::Result::Failed;
        run.steps = parsed(query.value(6)).array();
        run.navigations = parsed(query.value(7)).array();
        run.har = parsed(query.value(8)).object();
        runs << run;
    }
    return runs;
}

std::optional<TestRunRecord> TestRunRepository::find(qint64 id) const
{
    const QList<TestRunRecord> runs = select(
        QStringLiteral("WHERE t.id = :id"), { { QStringLiteral(":id"), qlonglong(id) } }, Detail::Full);
    if (runs.isEmpty())
        return std::nullopt;
    return runs.constFirst();
}

QList<TestRunRecord> TestRunRepository::listForSource(
    const QString &sourceKey, int limit, Detail detail) const
{
    return select(
        QStringLiteral("WHERE t.source_key = :source ORDER BY t.started_at DESC, t.id DESC LIMIT %1")
            .arg(qMax(1, limit)),
        { { QStringLiteral(":source"), sourceKey } }, detail);
}

QHash<QString, TestRunRecord> TestRunRepository::latestPerSource() const
{
    // One index probe per source: (source_key, started_at) answers the subquery.
    const QList<TestRunRecord> runs = select(
        QStringLiteral("WHERE t.id = (SELECT u.id FROM test_runs u WHERE u.source_key = t.source_key "
                       "ORDER BY u.started_at DESC, u.id DESC LIMIT 1)"),
        {}, Detail::Summary);
    QHash<QString, TestRunRecord> latest;
    for (const TestRunRecord &run : runs)
        latest.insert(run.sourceKey, run);
    return latest;
}

StoreResult TestRunRepository::pruneSource(const QString &sourceKey, int keep, int *deleted)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral(
            "DELETE FROM test_runs WHERE source_key = :source AND id NOT IN (SELECT id FROM test_runs "
            "WHERE source_key = :source2 ORDER BY started_at DESC, id DESC LIMIT %1)")
                          .arg(qMax(0, keep)));
        query.bindValue(QStringLiteral(":source"), sourceKey);
        query.bindValue(QStringLiteral(":source2"), sourceKey);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (deleted)
            *deleted = query.numRowsAffected();
        return StoreResult::ok();
    });
}

StoreResult TestRunRepository::pruneAll(int keep, int *deleted)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        // Window functions: SQLite 3.25 and every supported PostgreSQL.
        query.prepare(QStringLiteral(
            "DELETE FROM test_runs WHERE id IN (SELECT id FROM (SELECT id, ROW_NUMBER() OVER "
            "(PARTITION BY source_key ORDER BY started_at DESC, id DESC) AS n FROM test_runs) ranked "
            "WHERE n > %1)")
                          .arg(qMax(0, keep)));
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (deleted)
            *deleted = query.numRowsAffected();
        return StoreResult::ok();
    });
}
