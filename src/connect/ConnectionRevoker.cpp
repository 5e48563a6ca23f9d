#include "ConnectionRevoker.h"

#include "ClientCredentialReader.h"
#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "ConnectionRepository.h"
#include "ConnectionSecrets.h"
#include "EventRepository.h"
#include "OAuthDiagnosis.h"
#include "SourceRepository.h"
#include "StoredTime.h"
#include "TokenClient.h"
#include "WebhookSender.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <memory>

Q_LOGGING_CATEGORY(lcRevoker, "linkdeck.connect.revoke")

ConnectionRevoker::ConnectionRevoker(ConnectContext &context)
    : m_context(context)
{ }

ConnectionRevoker::Outcome ConnectionRevoker::revokeHere(const Application &application,
    const UserConnection &revoked, bool providerRevoked, const QString &providerError,
    const QJsonArray &exchanges, const QJsonObject &eventDetail, const QString &sessionId)
{
    UserConnection connection = revoked;
    Outcome outcome;
    connection.status = UserConnection::Status::Revoked;
    connection.sealedTokens.clear();
    connection.tokenExpiresAt = {};
    connection.lastError = providerError;
    connection.updatedAt = m_context.now();

    ConnectEvent event;
    event.applicationId = application.id;
    event.sessionId = sessionId;
    event.kind = QStringLiteral("deauth");
    event.detail = eventDetail;
    event.detail.insert(QStringLiteral("provider"), connection.sourceKey);
    event.detail.insert(QStringLiteral("user_id"), connection.userId);
    event.detail.insert(QStringLiteral("provider_revoked"), providerRevoked);
    if (!exchanges.isEmpty())
        event.detail.insert(QStringLiteral("http"), exchanges);
    if (!providerError.isEmpty())
        event.detail.insert(QStringLiteral("provider_error"), providerError);
    event.at = connection.updatedAt;
    Workspace &workspace = m_context.workspace();
    const StoreResult stored = workspace.transaction([&]() -> StoreResult {
        if (const StoreResult saved = ConnectionRepository(workspace).save(&connection); !saved)
            return saved;
        event.connectionId = connection.id;
        return EventRepository(workspace).append(&event);
    });
    if (!stored) {
        qCWarning(lcRevoker) << "could not revoke connection" << connection.id << stored.message;
        outcome.error = ApiError::internal(stored.message);
        return outcome;
    }
    m_context.announce(event);
    qCInfo(lcRevoker) << "revoked connection" << connection.id << "to" << connection.sourceKey
                      << (providerRevoked ? "(and at the provider)" : "(here only)");
    m_context.webhooks()->send(
        application, QStringLiteral("deauth"), deauthPayload(connection, providerRevoked), connection.id);
    outcome.revoked = true;
    outcome.providerRevoked = providerRevoked;
    outcome.providerError = providerError;
    return outcome;
}

void ConnectionRevoker::revoke(const Application &application, const UserConnection &connection,
    QObject *receiver, Callback done, const QString &sessionId, const QJsonObject &eventDetail)
{
    QPointer<ConnectContext> guard(&m_context);
    QPointer<QObject> answerTo(receiver);
    const auto local
        = [guard, answerTo, application, connection, done, sessionId, eventDetail](
              bool providerRevoked, const QString &providerError, const QJsonArray &exchanges = {}) {
              if (!guard || !answerTo)
                  return;
              const Outcome outcome = ConnectionRevoker(*guard).revokeHere(
                  application, connection, providerRevoked, providerError, exchanges, eventDetail, sessionId);
              QMetaObject::invokeMethod(
                  answerTo, [done, outcome]() { done(outcome); }, Qt::QueuedConnection);
          };

    const auto source = SourceRepository(m_context.workspace()).find(connection.sourceKey);
    const QJsonObject tokens = ConnectionSecrets::open(m_context.sealer(), connection);
    const QString refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
    const QString token
        = refreshToken.isEmpty() ? tokens.value(QStringLiteral("access_token")).toString() : refreshToken;
    if (!source || source->authType != IntegrationSource::AuthType::OAuth2
        || source->revokeUrl.trimmed().isEmpty() || token.isEmpty()) {
        const QString why = !source ? tr("The source no longer exists.")
            : source->authType != IntegrationSource::AuthType::OAuth2
            ? tr("Only OAuth 2.0 tokens are revoked at the provider.")
            : source->revokeUrl.trimmed().isEmpty() ? tr("The source has no revoke URL.")
                                                    : tr("There was no token to revoke.");
        return local(false, why);
    }
    const QString hint
        = refreshToken.isEmpty() ? QStringLiteral("access_token") : QStringLiteral("refresh_token");
    const IntegrationSource revokeAt = *source;
    ClientCredentialReader::read(*m_context.secrets(), application, revokeAt, &m_context,
        [guard, local, revokeAt, token, hint](
            const std::optional<OAuthCredentials> &credentials, const ApiError &error) {
            if (!guard)
                return;
            if (!credentials)
                return local(false, error.message);
            auto *client = new TokenClient(guard->network(), guard.data());
            client->setTransferTimeout(int(guard->settings().providerTimeout.count()));
            auto exchanges = std::make_shared<QJsonArray>();
            QObject::connect(client, &TokenClient::httpExchangeRecorded, client,
                [exchanges](int, const HttpExchange &exchange) {
                    exchanges->append(ConnectionSecrets::recordedExchange(exchange));
                });
            const int id = client->revoke(revokeAt, *credentials, token, hint);
            QObject::connect(client, &TokenClient::revoked, client,
                [client, id, local, revokeAt, exchanges](int answered, const TokenResponse &response) {
                    if (answered != id)
                        return;
                    client->deleteLater();
                    if (response.ok)
                        return local(true, QString(), *exchanges);
                    const OAuthDiagnosis diagnosis = OAuthDiagnosis::fromTokenResponse(response);
                    qCInfo(lcRevoker) << "the provider" << revokeAt.key
                                      << "did not revoke:" << OAuthDiagnosis::kindName(diagnosis.kind())
                                      << "HTTP" << response.httpStatus;
                    local(false, diagnosis.title(), *exchanges);
                });
        });
}

QJsonObject ConnectionRevoker::deauthPayload(const UserConnection &connection, bool providerRevoked)
{
    return {
        { QStringLiteral("status"), QStringLiteral("success") },
        { QStringLiteral("connection_id"), connection.id },
        { QStringLiteral("user"),
            QJsonObject {
                { QStringLiteral("user_id"), connection.userId },
                { QStringLiteral("reference_id"), connection.referenceId },
                { QStringLiteral("provider"), connection.sourceKey },
                { QStringLiteral("active"), false },
            } },
        { QStringLiteral("provider_revoked"), providerRevoked },
        { QStringLiteral("occurred_at"), StoredTime::format(connection.updatedAt) },
    };
}
