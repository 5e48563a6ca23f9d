#include "WalCheckpointer.h"

#include "SqliteDriver.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWalCheckpointer, "linkdeck.store.checkpoint")

namespace {

/// The single integer a PRAGMA answers, or -1.
int pragmaValue(QSqlQuery &query, const QString &pragma)
{
    return query.exec(pragma) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

WalCheckpointer::WalCheckpointer(
    Workspace &workspace, std::chrono::milliseconds interval, int restartFrames, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_interval(interval)
    , m_restartFrames(restartFrames)
{ }

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start()
{
    if (m_thread || !m_workspace.isOpen() || m_workspace.backend() != Workspace::Backend::Sqlite)
        return false;
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return false;
    m_autoCheckpoint = pragmaValue(query, QStringLiteral("PRAGMA wal_autocheckpoint"));
    if (pragmaValue(query, QStringLiteral("PRAGMA wal_autocheckpoint = 0")) != 0)
        return false;

    const QString path = m_workspace.location();
    const QString name
        = QStringLiteral("linkdeck-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("WAL checkpoints"));
    // The timer lives in the worker, so the checkpoints run there; the
    // connection is opened, used and closed there too, as Qt SQL requires.
    auto *timer = new QTimer;
    timer->setInterval(m_interval);
    timer->moveToThread(m_thread);
    connect(m_thread, &QThread::started, timer, [timer, path, name]() {
        open(path, name);
        timer->start();
    });
    connect(timer, &QTimer::timeout, timer, [this, name]() { checkpoint(name); });
    connect(m_thread, &QThread::finished, timer, [this, timer, name]() {
        timer->stop();
        // What was written last goes into the file before the worker ends.
        checkpoint(name);
        QSqlDatabase::removeDatabase(name);
        timer->deleteLater(); // deleted as the thread finishes
    });
    m_thread->start(QThread::LowPriority);
    qCDebug(lcWalCheckpointer) << "checkpoints every" << m_interval.count() << "ms in a worker";
    return true;
}

void WalCheckpointer::stop()
{
    if (!m_thread)
        return;
    // Ends the worker's event loop, even one not entered yet.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_workspace.isOpen()) {
        QSqlQuery query(m_workspace.database());
        query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_autoCheckpoint));
    }
}

void WalCheckpointer::open(const QString &path, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDriver::name(), connectionName);
    db.setDatabaseName(path);
    // A RESTART checkpoint waits this long for the writer and the readers
    // before it gives up until the next interval; writers wait while it does.
    db.setConnectOptions(SqliteDriver::busyTimeoutOption(50));
    if (!db.open())
        qCWarning(lcWalCheckpointer) << "cannot open the workspace to checkpoint it:"
                                     << db.lastError().text();
}

void WalCheckpointer::checkpoint(const QString &connectionName)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    const auto run = [&query](const QString &mode) {
        return query.exec(QStringLiteral("PRAGMA wal_checkpoint(%1)").arg(mode)) && query.next();
    };
    // PASSIVE copies what no reader still needs and waits for no one.
    bool done = run(QStringLiteral("PASSIVE"));
    if (done && query.value(1).toInt() > m_restartFrames) {
        const int frames = query.value(1).toInt();
        // Busy (the writer or a reader held on past the timeout) is no failure: the next interval tries
        // again.
        done = run(QStringLiteral("RESTART"));
        qCDebug(lcWalCheckpointer) << "restart after" << frames
                                   << "frames:" << (done && query.value(0).toInt() == 0);
    }
    if (!done)
        qCWarning(lcWalCheckpointer) << "checkpoint failed:" << query.lastError().text();
    Q_EMIT checkpointed(done ? query.value(1).toInt() : -1, done ? query.value(2).toInt() : -1);
}
