#include "WebhookDeliveryRepository.h"

#include "StoredTime.h"
#include "Workspace.h"

#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral(
    "id, application_id, connection_id, event_kind, url, payload, signature_header, attempts, last_status, "
    "last_response_code, last_error, next_attempt_at, delivered_at, duration_ms, created_at");

} // namespace

WebhookDeliveryRepository::WebhookDeliveryRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult WebhookDeliveryRepository::insert(WebhookDelivery *delivery)
{
    if (!delivery->createdAt.isValid())
        delivery->createdAt = QDateTime::currentDateTimeUtc();
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral(
            "INSERT INTO webhook_deliveries (application_id, connection_id, event_kind, url, payload, "
            "signature_header, attempts, last_status, last_response_code, last_error, next_attempt_at, "
            "delivered_at, duration_ms, created_at) VALUES (:app, :connection, :kind, :url, :payload, "
            ":signature, :attempts, :status, :code, :error, :next, :delivered, :duration, :created) "
            "RETURNING id"));
        query.bindValue(QStringLiteral(":app"), delivery->applicationId);
        query.bindValue(QStringLiteral(":connection"),
            delivery->connectionId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(delivery->connectionId));
        query.bindValue(QStringLiteral(":kind"), delivery->eventKind);
        query.bindValue(QStringLiteral(":url"), Workspace::notNull(delivery->url));
        query.bindValue(QStringLiteral(":payload"), Workspace::notNull(delivery->payload));
        query.bindValue(QStringLiteral(":signature"), Workspace::notNull(delivery->signatureHeader));
        query.bindValue(QStringLiteral(":attempts"), delivery->attempts);
        query.bindValue(QStringLiteral(":status"), WebhookDelivery::toString(delivery->status));
        query.bindValue(QStringLiteral(":code"), delivery->lastResponseCode);
        query.bindValue(QStringLiteral(":error"), Workspace::notNull(delivery->lastError));
        query.bindValue(QStringLiteral(":next"), StoredTime::format(delivery->nextAttemptAt));
        query.bindValue(QStringLiteral(":delivered"), StoredTime::format(delivery->deliveredAt));
        query.bindValue(QStringLiteral(":duration"), delivery->durationMs);
        query.bindValue(QStringLiteral(":created"), StoredTime::format(delivery->createdAt));
        // RETURNING works on both backends (SQLite since 3.35); QPSQL has no lastInsertId().
        if (!query.exec() || !query.next())
            return Workspace::queryFailure(query);
        delivery->id = query.value(0).toLongLong();
        return StoreResult::ok();
    });
}

StoreResult WebhookDeliveryRepository::update(const WebhookDelivery &delivery)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral(
            "UPDATE webhook_deliveries SET signature_header = :signature, attempts = :attempts, "
            "last_status = :status, last_response_code = :code, last_error = :error, next_attempt_at = "
            ":next, "
            "delivered_at = :delivered, duration_ms = :duration WHERE id = :id"));
        query.bindValue(QStringLiteral(":signature"), Workspace::notNull(delivery.signatureHeader));
        query.bindValue(QStringLiteral(":attempts"), delivery.attempts);
        query.bindValue(QStringLiteral(":status"), WebhookDelivery::toString(delivery.status));
        query.bindValue(QStringLiteral(":code"), delivery.lastResponseCode);
        query.bindValue(QStringLiteral(":error"), Workspace::notNull(delivery.lastError));
        query.bindValue(QStringLiteral(":next"), StoredTime::format(delivery.nextAttemptAt));
        query.bindValue(QStringLiteral(":delivered"), StoredTime::format(delivery.deliveredAt));
        query.bindValue(QStringLiteral(":duration"), delivery.durationMs);
        query.bindValue(QStringLiteral(":id"), delivery.id);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (query.numRowsAffected() == 0)
            return StoreResult::failure(
                StoreResult::Status::NotFound, tr("The webhook delivery no longer exists."));
        return StoreResult::ok();
    });
}

QList<WebhookDelivery> WebhookDeliveryRepository::select(
    const QString &where, const QVariantMap &values) const
{
    QList<WebhookDelivery> deliveries;
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM webhook_deliveries WHERE ") + where);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec())
        return deliveries;
    while (query.next()) {
        WebhookDelivery d;
        d.id = query.value(0).toLongLong();
        d.applicationId = query.value(1).toLongLong();
        d.connectionId = query.value(2).toString();
        d.eventKind = query.value(3).toString();
        d.url = query.value(4).toString();
        d.payload = query.value(5).toString();
        d.signatureHeader = query.value(6).toString();
        d.attempts = query.value(7).toInt();
        d.status = WebhookDelivery::statusFromString(query.value(8).toString());
        d.lastResponseCode = query.value(9).toInt();
        d.lastError = query.value(10).toString();
        d.nextAttemptAt = StoredTime::parse(query.value(11).toString());
        d.deliveredAt = StoredTime::parse(query.value(12).toString());
        d.durationMs = query.value(13).toLongLong();
        d.createdAt = StoredTime::parse(query.value(14).toString());
        deliveries << d;
    }
    return deliveries;
}

std::optional<WebhookDelivery> WebhookDeliveryRepository::find(qint64 id, qint64 applicationId) const
{
    const QList<WebhookDelivery> found = applicationId == 0
        ? select(QStringLiteral("id = :id"), { { QStringLiteral(":id"), id } })
        : select(QStringLiteral("id = :id AND application_id = :app"),
            { { QStringLiteral(":id"), id }, { QStringLiteral(":app"), applicationId } });
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<WebhookDelivery> WebhookDeliveryRepository::forApplication(qint64 applicationId) const
{
    return select(QStringLiteral("application_id = :app ORDER BY id DESC"),
        { { QStringLiteral(":app"), applicationId } });
}

QList<WebhookDelivery> WebhookDeliveryRepository::forConnection(const QString &connectionId) const
{
    return select(
        QStringLiteral("connection_id = :c ORDER BY id DESC"), { { QStringLiteral(":c"), connectionId } });
}

QList<WebhookDelivery> WebhookDeliveryRepository::unfinished(int maxAttempts) const
{
    return select(QStringLiteral("last_status IN ('pending', 'retrying') AND attempts < :max ORDER BY id"),
        { { QStringLiteral(":max"), maxAttempts } });
}
