#pragma once

#include "StoreResult.h"

#include <QObject>
#include <functional>
#include <vector>

class QTimer;
class Workspace;

/// Group commit for a workspace: writes submitted while the event loop is
/// busy run together in one transaction as soon as it has handled what was
/// waiting, and each is told its outcome only after that commit, so nothing
/// is reported stored that is not. Under load one commit (its WAL frames,
/// file locks and system calls) serves many requests; a lone write waits
/// for nothing but the current event loop pass. Each write has a savepoint
/// of its own: one that fails is rolled back alone, while a failed commit
/// fails every write of its batch.
class CommitBatcher : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<StoreResult()>;
    using Done = std::function<void(const StoreResult &result)>;

    explicit CommitBatcher(Workspace &workspace, QObject *parent = nullptr);
    ~CommitBatcher() override;

    /// Runs @p write in the next batch's transaction (nested
    /// Workspace::transaction calls join it); @p done gets its result once
    /// that batch committed or failed, always asynchronously.
    void submit(Write write, Done done);
    /// Runs the pending writes now, in one transaction, and answers them;
    /// returns how many there were.
    int flush();

Q_SIGNALS:
    /// After each batch: how many writes it held and whether it committed.
    void batchFinished(int writes, bool committed);

private:
    struct Pending
    {
        Write write;
        Done done;
    };

    Workspace &m_workspace;
    QTimer *m_timer;
    std::vector<Pending> m_pending;
};
