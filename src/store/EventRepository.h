#pragma once

#include "ConnectEvent.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

/// Appends to and reads the event log.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(Workspace &workspace);

    /// Appends @p event and sets its id.
    StoreResult append(ConnectEvent *event);
    /// The same with the detail already written as compact JSON (JsonText);
    /// @p event's own detail is not read. For what is appended on every request.
    StoreResult append(ConnectEvent *event, const QString &detailJson);
    /// Oldest first.
    QList<ConnectEvent> forConnection(const QString &connectionId) const;
    QList<ConnectEvent> forSession(const QString &sessionId) const;
    QList<ConnectEvent> forApplication(qint64 applicationId) const;
    /// The events with an id above @p afterId, oldest first, at most @p limit:
    /// for a timeline that follows the log.
    QList<ConnectEvent> since(qint64 afterId, int limit = 500) const;

private:
    QList<ConnectEvent> select(const QString &where, const QString &name, const QVariant &value) const;

    Workspace &m_workspace;
};
