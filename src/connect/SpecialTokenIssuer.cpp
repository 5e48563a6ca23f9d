#include "SpecialTokenIssuer.h"

#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "EventRepository.h"
#include "LinkApi.h"
#include "OpaqueToken.h"
#include "SpecialTokenRepository.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSpecialToken, "linkdeck.connect.special")

SpecialTokenIssuer::SpecialTokenIssuer(ConnectContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

SpecialTokenIssuing::Issued SpecialTokenIssuer::issue(const Application &application,
    const QString &clientUserId, const QString &connectionId, const QString &sessionId)
{
    return issueFor(application, clientUserId, clientUserId, connectionId, sessionId);
}

SpecialTokenIssuing::Issued SpecialTokenIssuer::issueFor(const Application &application,
    const QString &clientUserId, const QString &userCode, const QString &connectionId,
    const QString &sessionId)
{
    Issued issued;
    if (!LinkApi::isValidUserId(clientUserId) || !LinkApi::isValidUserId(userCode)) {
        issued.error = ApiError::invalidUserId(
            tr("The user id must be 1 to 128 letters, digits or the characters . _ : @ + -"));
        return issued;
    }
    const QString token = OpaqueToken::generate(QStringLiteral("st_"));
    SpecialToken special;
    special.tokenHash = OpaqueToken::hash(token);
    special.applicationId = application.id;
    special.clientUserId = clientUserId;
    special.connectionId = connectionId;
    special.detail = QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("user_id"),
            userCode } }).toJson(QJsonDocument::Compact));
    special.createdAt = m_context.now();
    special.expiresAt = special.createdAt.addSecs(m_context.settings().specialTokenLifetime.count());

    ConnectEvent event;
    event.applicationId = application.id;
    event.sessionId = sessionId;
    event.connectionId = connectionId;
    event.kind = QStringLiteral("special_token.issued");
    event.detail
        = { { QStringLiteral("client_user_id"), clientUserId }, { QStringLiteral("user_id"), userCode } };
    event.at = special.createdAt;
    Workspace &workspace = m_context.workspace();
    const StoreResult stored = workspace.transaction([&]() -> StoreResult {
        if (const StoreResult inserted = SpecialTokenRepository(workspace).insert(special); !inserted)
            return inserted;
        return EventRepository(workspace).append(&event);
    });
    if (!stored) {
        issued.error = ApiError::internal(stored.message);
        return issued;
    }
    m_context.announce(event);
    qCInfo(lcSpecialToken) << "special token issued for application" << application.clientId;
    issued.token = token;
    issued.expiresAt = special.expiresAt;
    return issued;
}
