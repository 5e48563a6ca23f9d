#include "EventRepository.h"

#include "JsonText.h"
#include "StoredTime.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

EventRepository::EventRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult EventRepository::append(ConnectEvent *event)
{
    return append(event, JsonText::fromObject(event->detail));
}

StoreResult EventRepository::append(ConnectEvent *event, const QString &detailJson)
{
    if (!event->at.isValid())
        event->at = QDateTime::currentDateTimeUtc();
    return m_workspace.transaction([&]() -> StoreResult {
        // Every request of the connect service appends events: kept prepared.
        // QPSQL has no lastInsertId(), so PostgreSQL answers the new id with
        // RETURNING; SQLite knows it anyway (last_insert_rowid), for less.
        const bool postgres = m_workspace.backend() == Workspace::Backend::PostgreSql;
        QSqlQuery &query = m_workspace.preparedQuery(
            QStringLiteral("INSERT INTO events (application_id, connection_id, session_id, kind, "
                           "detail, at) VALUES (:app, :connection, :session, :kind, :detail, :at)")
            + (postgres ? QStringLiteral(" RETURNING id") : QString()));
        query.bindValue(QStringLiteral(":app"),
            event->applicationId == 0 ? QVariant(QMetaType::fromType<qlonglong>())
                                      : QVariant(qlonglong(event->applicationId)));
        query.bindValue(QStringLiteral(":connection"), nullableText(event->connectionId));
        query.bindValue(QStringLiteral(":session"), nullableText(event->sessionId));
        query.bindValue(QStringLiteral(":kind"), event->kind);
        query.bindValue(QStringLiteral(":detail"), detailJson);
        query.bindValue(QStringLiteral(":at"), StoredTime::format(event->at));
        const bool inserted = query.exec() && (!postgres || query.next());
        const StoreResult result = inserted ? StoreResult::ok() : Workspace::queryFailure(query);
        if (inserted)
            event->id = postgres ? query.value(0).toLongLong() : query.lastInsertId().toLongLong();
        // Done with, so the transaction can commit.
        query.finish();
        return result;
    });
}

QList<ConnectEvent> EventRepository::select(
    const QString &where, const QString &name, const QVariant &value) const
{
    QList<ConnectEvent> events;
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id, application_id, connection_id, session_id, kind, detail, at "
                                 "FROM events WHERE ")
        + where);
    query.bindValue(name, value);
    if (!query.exec())
        return events;
    while (query.next()) {
        ConnectEvent e;
        e.id = query.value(0).toLongLong();
        e.applicationId = query.value(1).toLongLong();
        e.connectionId = query.value(2).toString();
        e.sessionId = query.value(3).toString();
        e.kind = query.value(4).toString();
        e.detail = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        e.at = StoredTime::parse(query.value(6).toString());
        events << e;
    }
    return events;
}

QList<ConnectEvent> EventRepository::forConnection(const QString &connectionId) const
{
    return select(QStringLiteral("connection_id = :v ORDER BY id"), QStringLiteral(":v"), connectionId);
}

QList<ConnectEvent> EventRepository::forSession(const QString &sessionId) const
{
    return select(QStringLiteral("session_id = :v ORDER BY id"), QStringLiteral(":v"), sessionId);
}

QList<ConnectEvent> EventRepository::forApplication(qint64 applicationId) const
{
    return select(QStringLiteral("application_id = :v ORDER BY id"), QStringLiteral(":v"), applicationId);
}

QList<ConnectEvent> EventRepository::since(qint64 afterId, int limit) const
{
    return select(
        QStringLiteral("id > :v ORDER BY id LIMIT %1").arg(qMax(1, limit)), QStringLiteral(":v"), afterId);
}
