#include "ConnectionCounter.h"

#include "ConnectionRepository.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcConnectionCounter, "linkdeck.store.counter")

ConnectionCounter::ConnectionCounter(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{ }

ConnectionCounter::~ConnectionCounter()
{
    if (!m_thread)
        return;
    m_latest = 0; // requests still queued are skipped
    // Queued behind a running count, if any; the connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_runner, [this]() { m_threadWorkspace.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_runner;
}

quint64 ConnectionCounter::count(const ConnectionQuery &query)
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("ConnectionCounter"));
        m_runner = new QObject;
        m_runner->moveToThread(m_thread);
        m_thread->start();
    }
    const quint64 request = ++m_issued;
    m_latest = request;
    m_pending = true;
    QMetaObject::invokeMethod(
        m_runner, [this, request, query]() { run(request, query); }, Qt::QueuedConnection);
    return request;
}

void ConnectionCounter::cancel()
{
    m_latest = 0;
    m_pending = false;
}

void ConnectionCounter::run(quint64 request, const ConnectionQuery &query)
{
    // A newer request came while this one waited: counting it would only delay that one.
    if (request != m_latest)
        return;
    if (!m_threadWorkspace || !m_threadWorkspace->isOpen()) {
        m_threadWorkspace = std::make_unique<Workspace>();
        const StoreResult opened = m_threadWorkspace->openAlongside(m_workspace);
        if (!opened) {
            m_threadWorkspace.reset();
            QMetaObject::invokeMethod(
                this, [this, request, opened]() { answer(request, false, 0, opened.message); },
                Qt::QueuedConnection);
            return;
        }
    }
    StoreResult result;
    const qint64 total = ConnectionRepository(*m_threadWorkspace).count(query, &result);
    QMetaObject::invokeMethod(
        this, [this, request, total, result]() { answer(request, bool(result), total, result.message); },
        Qt::QueuedConnection);
}

void ConnectionCounter::answer(quint64 request, bool ok, qint64 count, const QString &message)
{
    if (request != m_latest) {
        qCDebug(lcConnectionCounter) << "dropped the count of abandoned request" << request;
        return;
    }
    m_pending = false;
    if (ok) {
        Q_EMIT counted(request, count);
    } else {
        qCWarning(lcConnectionCounter) << "counting connections failed:" << message;
        Q_EMIT failed(request, message);
    }
}
