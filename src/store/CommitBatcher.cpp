#include "CommitBatcher.h"

#include "Workspace.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCommitBatcher, "linkdeck.store.batch")

namespace {

// One name serves every write: savepoints nest, and each is released or
// rolled back before the next is set.
const QString kSavepoint = QStringLiteral("batched_write");

} // namespace

CommitBatcher::CommitBatcher(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
{
    // Zero: the batch closes once the event loop has handled the requests
    // already waiting, which is what makes batches grow with the load.
    m_timer->setInterval(0);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CommitBatcher::flush);
}

CommitBatcher::~CommitBatcher()
{
    if (!m_pending.empty())
        qCWarning(lcCommitBatcher) << m_pending.size() << "writes were dropped unrun";
}

void CommitBatcher::submit(Write write, Done done)
{
    m_pending.push_back({ std::move(write), std::move(done) });
    if (!m_timer->isActive())
        m_timer->start();
}

int CommitBatcher::flush()
{
    m_timer->stop();
    std::vector<Pending> batch;
    batch.swap(m_pending);
    if (batch.empty())
        return 0;
    std::vector<StoreResult> results(batch.size());
    const StoreResult committed = m_workspace.transaction([&]() -> StoreResult {
        for (size_t i = 0; i < batch.size(); ++i) {
            QSqlQuery &set = m_workspace.preparedQuery(QStringLiteral("SAVEPOINT ") + kSavepoint);
            if (!set.exec())
                return Workspace::queryFailure(set);
            results[i] = batch[i].write();
            if (!results[i]) {
                QSqlQuery &undo = m_workspace.preparedQuery(QStringLiteral("ROLLBACK TO ") + kSavepoint);
                if (!undo.exec())
                    return Workspace::queryFailure(undo);
            }
            QSqlQuery &release = m_workspace.preparedQuery(QStringLiteral("RELEASE ") + kSavepoint);
            if (!release.exec())
                return Workspace::queryFailure(release);
        }
        return StoreResult::ok();
    });
    if (!committed)
        qCWarning(lcCommitBatcher) << "a batch of" << batch.size() << "writes failed:" << committed.message;
    qCDebug(lcCommitBatcher) << "batch of" << batch.size() << "writes";
    for (size_t i = 0; i < batch.size(); ++i)
        batch[i].done(committed ? results[i] : committed);
    Q_EMIT batchFinished(int(batch.size()), committed.isOk());
    return int(batch.size());
}
