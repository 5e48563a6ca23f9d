#pragma once

#include "ConnectionQuery.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;
class Workspace;

/// Counts the connections that match a ConnectionQuery on a thread of its
/// own, over a second connection to the workspace (Workspace::openAlongside()),
/// so that an exact count over a million rows never holds up the thread that
/// asks (the GUI's). Only the newest request is answered: asking again
/// abandons the previous request, which is skipped if it has not started and
/// whose result is dropped if it has.
class ConnectionCounter : public QObject
{
    Q_OBJECT

public:
    /// Counts in @p workspace, which must outlive the counter.
    explicit ConnectionCounter(Workspace &workspace, QObject *parent = nullptr);
    /// Waits for a count that is running, then closes the thread's connection.
    ~ConnectionCounter() override;

    /// Starts counting what @p query filters (its order aside) and returns
    /// the request's number, which counted() or failed() will carry.
    quint64 count(const ConnectionQuery &query);
    /// Abandons the current request, if any: no signal will tell its result.
    void cancel();
    /// True from count() until its answer is signalled or it is abandoned.
    bool isCounting() const { return m_pending; }

Q_SIGNALS:
    /// Request @p request, the newest, matches @p count connections.
    void counted(quint64 request, qint64 count);
    /// Request @p request, the newest, could not be counted; @p message says why.
    void failed(quint64 request, const QString &message);

private:
    /// Runs on the counting thread.
    void run(quint64 request, const ConnectionQuery &query);
    /// Back on the counter's thread: tells the result of @p request unless it was abandoned.
    void answer(quint64 request, bool ok, qint64 count, const QString &message);

    Workspace &m_workspace;
    QThread *m_thread = nullptr; ///< started on the first count()
    QObject *m_runner = nullptr; ///< lives on m_thread: what run() is queued on
    std::unique_ptr<Workspace> m_threadWorkspace; ///< used, opened and closed on m_thread only
    std::atomic<quint64> m_latest { 0 }; ///< the newest request; 0 = none wanted
    quint64 m_issued = 0;
    bool m_pending = false;
};
