#include "ConnectionsApi.h"

#include "ApiError.h"
#include "ApplicationRepository.h"
#include "AuthTokenApi.h"
#include "ConnectContext.h"
#include "ConnectionRepository.h"
#include "StoredTime.h"

#include <QJsonArray>

ConnectionsApi::ConnectionsApi(ConnectContext &context)
    : m_context(context)
{ }

void ConnectionsApi::listForBearer(const ExchangePtr &exchange)
{
    const auto token = AuthTokenApi(m_context).bearer(exchange);
    if (!token)
        return;
    const auto application = ApplicationRepository(m_context.workspace()).find(token->applicationId);
    if (!application)
        return exchange->fail(ApiError::invalidRequest(tr("The access token is invalid or has expired.")));
    respond(exchange, *application, token->userId);
}

void ConnectionsApi::list(const ExchangePtr &exchange, const Application &application)
{
    respond(exchange, application,
        exchange->query().queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded));
}

void ConnectionsApi::respond(
    const ExchangePtr &exchange, const Application &application, const QString &userId)
{
    QJsonArray connections;
    for (const UserConnection &c :
        ConnectionRepository(m_context.workspace()).forApplication(application.id, userId)) {
        connections.append(QJsonObject {
            { QStringLiteral("connection_id"), c.id },
            { QStringLiteral("provider"), c.sourceKey },
            { QStringLiteral("user_id"), c.userId },
            { QStringLiteral("reference_id"), c.referenceId },
            { QStringLiteral("status"), UserConnection::toString(c.status) },
            { QStringLiteral("granted_scopes"), c.grantedScopes },
            { QStringLiteral("token_expires_at"), StoredTime::format(c.tokenExpiresAt) },
            { QStringLiteral("created_at"), StoredTime::format(c.createdAt) },
            { QStringLiteral("updated_at"), StoredTime::format(c.updatedAt) },
        });
    }
    exchange->respond(200, QJsonObject { { QStringLiteral("connections"), connections } });
}
