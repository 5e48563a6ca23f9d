#pragma once

#include <QObject>
#include <QString>
#include <chrono>

class QThread;
class Workspace;

/// Keeps SQLite's WAL checkpoints, and the fsyncs they end with, off the thread of a workspace's
/// connection (the connect service's): while it runs, that connection no longer checkpoints when a
/// commit fills the WAL (wal_autocheckpoint 0), and a worker thread with a connection of its own
/// runs a PASSIVE checkpoint at every interval, which blocks no reader and no writer. Under a
/// steady stream of commits a PASSIVE checkpoint hardly ever finds the WAL fully copied at the
/// moment a writer starts, so the WAL would seldom or never start over and would keep growing
/// (about 100 MB a second under the session benchmark, each new block zeroed by the file system);
/// once it holds more than @p restartFrames, a RESTART checkpoint follows, which holds writers back
/// for the frames left and the fsync (a few milliseconds), and makes the next commit write the WAL
/// from its start again. The default, 64 MiB of pages, bounds the WAL and keeps these waits rare:
/// about one every three seconds at a steady 1,000 sessions a second. Stopping it (or destroying
/// it) ends the worker and gives the connection back its automatic checkpoints. For a SQLite
/// workspace in WAL mode only.
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    /// WAL frames (of a page each) past which a checkpoint restarts the WAL.
    static constexpr int DefaultRestartFrames = 16384;

    /// @p workspace must outlive the checkpointer.
    explicit WalCheckpointer(Workspace &workspace,
        std::chrono::milliseconds interval = std::chrono::seconds(1),
        int restartFrames = DefaultRestartFrames, QObject *parent = nullptr);
    ~WalCheckpointer() override;

    /// Starts the worker; false (and nothing changed) where the workspace
    /// is not a SQLite file in WAL mode, or it runs already.
    bool start();
    /// Stops the worker, waiting for a checkpoint under way, and restores
    /// the connection's automatic checkpoints.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// From the worker, after each checkpoint: the frames in the WAL and
    /// how many of them are in the database file now (-1 each where the
    /// checkpoint failed).
    void checkpointed(int walFrames, int checkpointedFrames);

private:
    /// In the worker: its own connection to @p path, named @p connectionName.
    static void open(const QString &path, const QString &connectionName);
    /// In the worker: one PASSIVE checkpoint on that connection, and a
    /// RESTART one where the WAL holds more than m_restartFrames.
    void checkpoint(const QString &connectionName);

    Workspace &m_workspace;
    std::chrono::milliseconds m_interval;
    int m_restartFrames;
    QThread *m_thread = nullptr;
    int m_autoCheckpoint = 0; ///< the connection's own setting, restored by stop()
};
