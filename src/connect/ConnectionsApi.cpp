#include "ConnectionsApi.h"

#include "ApiError.h"
#include "ConnectContext.h"
#include "ConnectionRepository.h"
#include "StoredTime.h"

#include <QJsonArray>

ConnectionsApi::ConnectionsApi(ConnectContext &context)
    : m_context(context)
{ }

void ConnectionsApi::list(const ExchangePtr &exchange, const Application &application)
{
    const QString userId = exchange->query().queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
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
