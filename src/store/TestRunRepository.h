#pragma once

#include "StoreResult.h"
#include "TestRunRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

class Workspace;

/// Stores QA test runs and lists them per source. Records come in redacted;
/// the repository keeps them as they are.
class TestRunRepository
{
    Q_DECLARE_TR_FUNCTIONS(TestRunRepository)

public:
    /// How much of a run a list reads.
    enum class Detail {
        Summary, ///< no HAR log (the heavy part)
        Full,
    };

    explicit TestRunRepository(Workspace &workspace);

    /// Stores @p run and sets its id.
    StoreResult insert(TestRunRecord *run);
    std::optional<TestRunRecord> find(qint64 id) const;
    /// The source's runs, newest first, at most @p limit.
    QList<TestRunRecord> listForSource(
        const QString &sourceKey, int limit = 50, Detail detail = Detail::Summary) const;
    /// Each source's newest run (summaries), by source key: the Sources
    /// table's last result.
    QHash<QString, TestRunRecord> latestPerSource() const;
    /// Keeps the newest @p keep runs of @p sourceKey and deletes the rest;
    /// says how many went in @p deleted.
    StoreResult pruneSource(const QString &sourceKey, int keep, int *deleted = nullptr);
    /// The same for every source.
    StoreResult pruneAll(int keep, int *deleted = nullptr);

private:
    QList<TestRunRecord> select(const QString &tail, const QVariantMap &values, Detail detail) const;

    Workspace &m_workspace;
};
