#include "ConnectionRecorder.h"

#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "ConnectionRepository.h"
#include "EventRepository.h"
#include "StoredTime.h"
#include "WebhookSender.h"
#include "WidgetSessionRepository.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnectionRecorder, "linkdeck.connect.recorder")

ConnectionRecorder::ConnectionRecorder(ConnectContext &context)
    : m_context(context)
{ }

StoreResult ConnectionRecorder::record(const Application &application, UserConnection *connection,
    const QJsonObject &secrets, const LinkOrigin &origin, const QJsonObject &eventDetail)
{
    connection->applicationId = application.id;
    connection->sealedTokens = m_context.sealer().seal(QJsonDocument(secrets).toJson(QJsonDocument::Compact));
    if (connection->sealedTokens.isEmpty())
        return StoreResult::failure(StoreResult::Status::Failed, tr("There is no token sealing key."));
    connection->updatedAt = m_context.now();

    ConnectEvent event;
    event.applicationId = application.id;
    event.sessionId = origin.sessionId;
    event.kind = QStringLiteral("auth");
    event.detail = eventDetail;
    event.detail.insert(QStringLiteral("provider"), connection->sourceKey);
    event.detail.insert(QStringLiteral("user_id"), connection->userId);
    event.at = connection->updatedAt;
    Workspace &workspace = m_context.workspace();
    const StoreResult stored = workspace.transaction([&]() -> StoreResult {
        if (const StoreResult saved = ConnectionRepository(workspace).save(connection); !saved)
            return saved;
        event.connectionId = connection->id;
        if (const StoreResult appended = EventRepository(workspace).append(&event); !appended)
            return appended;
        if (!origin.sessionId.isEmpty())
            return WidgetSessionRepository(workspace).setState(
                origin.sessionId, WidgetSession::State::Completed);
        return StoreResult::ok();
    });
    if (!stored) {
        qCWarning(lcConnectionRecorder)
            << "could not store a connection to" << connection->sourceKey << stored.message;
        return stored;
    }
    qCInfo(lcConnectionRecorder) << "stored connection" << connection->id << "to" << connection->sourceKey
                                 << "revision" << connection->revision;
    m_context.announce(event);
    m_context.webhooks()->send(application, QStringLiteral("auth"), authPayload(*connection), connection->id);
    return stored;
}

QJsonObject ConnectionRecorder::authPayload(const UserConnection &connection)
{
    return {
        { QStringLiteral("status"), QStringLiteral("success") },
        { QStringLiteral("connection_id"), connection.id },
        { QStringLiteral("user"),
            QJsonObject {
                { QStringLiteral("user_id"), connection.userId },
                { QStringLiteral("reference_id"), connection.referenceId },
                { QStringLiteral("provider"), connection.sourceKey },
                { QStringLiteral("scopes"), connection.grantedScopes },
                { QStringLiteral("active"), connection.status == UserConnection::Status::Active },
            } },
        { QStringLiteral("occurred_at"), StoredTime::format(connection.updatedAt) },
    };
}
