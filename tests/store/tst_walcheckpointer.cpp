#include "TempWorkspace.h"
#include "WalCheckpointer.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

namespace {

int pragma(Workspace &workspace, const QString &name)
{
    QSqlQuery query(workspace.database());
    return query.exec(QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0).toInt() : -1;
}

bool checkpointConnectionExists()
{
    const QStringList names = QSqlDatabase::connectionNames();
    return std::any_of(names.cbegin(), names.cend(),
        [](const QString &name) { return name.startsWith(QLatin1String("linkdeck-checkpoint-")); });
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkpointsInAWorkerAndStopsCleanly()
    {
        TempWorkspace temp;
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        Workspace &workspace = temp.workspace();
        const int automatic = pragma(workspace, QStringLiteral("wal_autocheckpoint"));
        QVERIFY(automatic > 0);

        WalCheckpointer checkpointer(workspace, std::chrono::milliseconds(20));
        QSignalSpy checkpoints(&checkpointer, &WalCheckpointer::checkpointed);
        QVERIFY(checkpointer.start());
        QVERIFY(checkpointer.isRunning());
        QVERIFY(!checkpointer.start()); // once
        // Commits on the workspace's own connection no longer checkpoint.
        QCOMPARE(pragma(workspace, QStringLiteral("wal_autocheckpoint")), 0);

        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
        for (int i = 0; i < 20; ++i)
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(8000))")),
                qPrintable(query.lastError().text()));
        // The worker copies all of it into the database file.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(checkpoints.cbegin(), checkpoints.cend(),
                                     [](const QList<QVariant> &signal) {
                                         return signal.at(0).toInt() > 20 && signal.at(1) == signal.at(0);
                                     }),
            10000);
        QVERIFY(checkpointConnectionExists());

        checkpointer.stop();
        QVERIFY(!checkpointer.isRunning());
        QVERIFY(!checkpointConnectionExists()); // closed and removed in the worker
        QCOMPARE(pragma(workspace, QStringLiteral("wal_autocheckpoint")), automatic);
    }

    void restartsAWalThatCommitsKeepGrowing()
    {
        TempWorkspace temp;
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        Workspace &workspace = temp.workspace();
        const int restartFrames = 1024;
        WalCheckpointer checkpointer(workspace, std::chrono::milliseconds(20), restartFrames);
        QSignalSpy checkpoints(&checkpointer, &WalCheckpointer::checkpointed);
        QVERIFY(checkpointer.start());
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
        // Commits one after the other, as a busy service makes them: a
        // PASSIVE checkpoint alone never sees the WAL fully copied as one
        // begins.
        // Each commit adds two pages or more; past restartFrames, the WAL
        // must start over instead of growing on.
        const auto walFrames = [&checkpoints](int i) { return checkpoints.at(i).at(0).toInt(); };
        QElapsedTimer timer;
        timer.start();
        bool restarted = false;
        int peak = 0;
        while (!restarted && timer.elapsed() < 60000) {
            // As the service's group commit does: a transaction is open
            // most of the time, and the next begins as one commits.
            QVERIFY(workspace.database().transaction());
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(6000))")),
                qPrintable(query.lastError().text()));
            QThread::msleep(1);
            QVERIFY(workspace.database().commit());
            QCoreApplication::processEvents();
            for (int i = 1; i < checkpoints.size(); ++i) {
                peak = qMax(peak, walFrames(i - 1));
                restarted
                    = restarted || (walFrames(i - 1) > restartFrames && walFrames(i) < walFrames(i - 1));
            }
        }
        QVERIFY2(restarted, qPrintable(QStringLiteral("the WAL grew to %1 frames").arg(peak)));
        // Well under what these writes leave without RESTART checkpoints
        // (over 150,000 frames in a minute, never starting over); on a
        // busy machine a RESTART may wait several intervals for its turn.
        QVERIFY2(
            peak < 32 * restartFrames, qPrintable(QStringLiteral("the WAL grew to %1 frames").arg(peak)));
    }

    void stopsAtOnceAfterStarting()
    {
        TempWorkspace temp;
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        // Destroyed right after start(): the worker must still end.
        {
            WalCheckpointer checkpointer(temp.workspace(), std::chrono::hours(1));
            QVERIFY(checkpointer.start());
        }
        QVERIFY(!checkpointConnectionExists());
        QVERIFY(pragma(temp.workspace(), QStringLiteral("wal_autocheckpoint")) > 0);
    }

    void refusesAWorkspaceNotInWalMode()
    {
        TempWorkspace temp;
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        QSqlQuery query(temp.workspace().database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        WalCheckpointer checkpointer(temp.workspace());
        QVERIFY(!checkpointer.start());
        QVERIFY(!checkpointer.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
