#include "ConnectionRefresher.h"

#include "ClientCredentialReader.h"
#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "ConnectionRepository.h"
#include "ConnectionSecrets.h"
#include "EventRepository.h"
#include "OAuthDiagnosis.h"
#include "SourceRepository.h"
#include "TokenClient.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <memory>

Q_LOGGING_CATEGORY(lcRefresher, "linkdeck.connect.refresh")

namespace {

struct Attempt
{
    QPointer<ConnectContext> context;
    QPointer<QObject> receiver;
    Application application;
    UserConnection connection;
    QJsonObject secrets;
    QJsonObject eventDetail;
    QJsonArray exchanges;
    ConnectionRefresher::Callback done;
};

void answer(const std::shared_ptr<Attempt> &attempt, const ConnectionRefresher::Outcome &outcome)
{
    if (!attempt->receiver)
        return;
    const ConnectionRefresher::Callback done = attempt->done;
    QMetaObject::invokeMethod(
        attempt->receiver, [done, outcome]() { done(outcome); }, Qt::QueuedConnection);
}

// Stores @p connection as changed and appends its event, in one transaction.
bool store(ConnectContext &context, UserConnection *connection, ConnectEvent *event, QString *error)
{
    Workspace &workspace = context.workspace();
    const StoreResult stored = workspace.transaction([&]() -> StoreResult {
        if (const StoreResult saved = ConnectionRepository(workspace).save(connection); !saved)
            return saved;
        event->connectionId = connection->id;
        return EventRepository(workspace).append(event);
    });
    if (!stored) {
        qCWarning(lcRefresher) << "could not store the refresh of" << connection->id << stored.message;
        *error = stored.message;
        return false;
    }
    context.announce(*event);
    return true;
}

ConnectEvent eventFor(const Attempt &attempt, const QString &kind)
{
    ConnectEvent event;
    event.applicationId = attempt.application.id;
    event.kind = kind;
    event.detail = attempt.eventDetail;
    event.detail.insert(QStringLiteral("provider"), attempt.connection.sourceKey);
    event.detail.insert(QStringLiteral("user_id"), attempt.connection.userId);
    if (!attempt.exchanges.isEmpty())
        event.detail.insert(QStringLiteral("http"), attempt.exchanges);
    event.at = attempt.context->now();
    return event;
}

// Records a refresh that did not happen, for @p why.
ConnectionRefresher::Outcome failed(
    const Attempt &attempt, const QString &why, const QJsonObject &extra = {}, bool needsReauth = false)
{
    ConnectionRefresher::Outcome outcome;
    outcome.message = why;
    if (attempt.context) {
        ConnectEvent event = eventFor(attempt, QStringLiteral("refresh.failed"));
        event.detail.insert(QStringLiteral("error"), why);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            event.detail.insert(it.key(), it.value());
        UserConnection connection = attempt.connection;
        connection.lastError = why;
        connection.updatedAt = event.at;
        if (needsReauth)
            connection.status = UserConnection::Status::NeedsReauth;
        QString error;
        if (!store(*attempt.context, &connection, &event, &error))
            outcome.message = error;
    }
    return outcome;
}

// Records a refresh that did not happen and answers with @p why.
void fail(const std::shared_ptr<Attempt> &attempt, const QString &why)
{
    answer(attempt, failed(*attempt, why));
}

ConnectionRefresher::Outcome succeeded(const Attempt &attempt, const TokenResponse &response)
{
    ConnectContext &context = *attempt.context;
    UserConnection connection = attempt.connection;
    // The provider's new answer over the old one: fields it left out (the
    // refresh token, mostly) stay as they were.
    QJsonObject secrets = attempt.secrets;
    for (auto it = response.json.begin(); it != response.json.end(); ++it)
        secrets.insert(it.key(), it.value());
    secrets.insert(QStringLiteral("refresh_token"), response.refreshToken);
    connection.sealedTokens = context.sealer().seal(QJsonDocument(secrets).toJson(QJsonDocument::Compact));
    ConnectionRefresher::Outcome outcome;
    if (connection.sealedTokens.isEmpty()) {
        outcome.message = ConnectionRefresher::tr("There is no token sealing key.");
        return outcome;
    }
    ConnectEvent event = eventFor(attempt, QStringLiteral("refresh"));
    connection.status = UserConnection::Status::Active;
    connection.lastError.clear();
    connection.lastRefreshedAt = event.at;
    connection.updatedAt = event.at;
    connection.tokenExpiresAt = response.expiresIn >= 0 ? event.at.addSecs(response.expiresIn) : QDateTime();
    if (!response.scope.isEmpty())
        connection.grantedScopes = response.scope;
    event.detail.insert(QStringLiteral("rotated"), response.refreshTokenRotated);
    if (response.expiresIn >= 0)
        event.detail.insert(QStringLiteral("expires_in"), response.expiresIn);
    QString error;
    if (!store(context, &connection, &event, &error)) {
        outcome.message = error;
        return outcome;
    }
    qCInfo(lcRefresher) << "refreshed connection" << connection.id << "to" << connection.sourceKey
                        << (response.refreshTokenRotated ? "(refresh token rotated)" : "");
    outcome.refreshed = true;
    outcome.rotated = response.refreshTokenRotated;
    outcome.expiresAt = connection.tokenExpiresAt;
    outcome.message = response.refreshTokenRotated
        ? ConnectionRefresher::tr("Refreshed: a new access token, and the refresh token was rotated.")
        : ConnectionRefresher::tr("Refreshed: a new access token.");
    return outcome;
}

// The provider's answer to the refresh, stored: new tokens, or the failure
// (a refused grant needs the user to connect again).
ConnectionRefresher::Outcome storeAnswer(const Attempt &attempt, const TokenResponse &response)
{
    if (response.ok)
        return succeeded(attempt, response);
    const OAuthDiagnosis diagnosis = OAuthDiagnosis::fromTokenResponse(response);
    qCInfo(lcRefresher) << "the refresh of" << attempt.connection.id
                        << "failed:" << OAuthDiagnosis::kindName(diagnosis.kind()) << "HTTP"
                        << response.httpStatus;
    return failed(attempt, diagnosis.title(),
        { { QStringLiteral("diagnosis"), OAuthDiagnosis::kindName(diagnosis.kind()) },
            { QStringLiteral("http_status"), response.httpStatus } },
        diagnosis.kind() == OAuthDiagnosis::Kind::InvalidGrant);
}

} // namespace

ConnectionRefresher::ConnectionRefresher(ConnectContext &context)
    : m_context(context)
{ }

void ConnectionRefresher::refresh(const Application &application, const UserConnection &connection,
    QObject *receiver, Callback done, const QJsonObject &eventDetail)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->context = &m_context;
    attempt->receiver = receiver;
    attempt->application = application;
    attempt->connection = connection;
    attempt->eventDetail = eventDetail;
    attempt->done = std::move(done);

    const auto source = SourceRepository(m_context.workspace()).find(connection.sourceKey);
    if (!source)
        return fail(attempt, tr("The source \"%1\" no longer exists.").arg(connection.sourceKey));
    if (source->authType != IntegrationSource::AuthType::OAuth2)
        return fail(attempt, tr("Only OAuth 2.0 connections can be refreshed."));
    QString error;
    attempt->secrets = ConnectionSecrets::open(m_context.sealer(), connection, &error);
    if (attempt->secrets.isEmpty())
        return fail(attempt, error);
    const QString refreshToken = attempt->secrets.value(QStringLiteral("refresh_token")).toString();
    if (refreshToken.isEmpty())
        return fail(attempt, tr("The connection has no refresh token; the user has to connect again."));

    const IntegrationSource refreshAt = *source;
    ClientCredentialReader::read(*m_context.secrets(), application, refreshAt, &m_context,
        [attempt, refreshAt, refreshToken](
            const std::optional<OAuthCredentials> &credentials, const ApiError &error) {
            if (!attempt->context)
                return;
            if (!credentials)
                return fail(attempt, error.message);
            ConnectContext &context = *attempt->context;
            auto *client = new TokenClient(context.network(), &context);
            client->setTransferTimeout(int(context.settings().providerTimeout.count()));
            QObject::connect(client, &TokenClient::httpExchangeRecorded, client,
                [attempt](int, const HttpExchange &exchange) {
                    attempt->exchanges.append(ConnectionSecrets::recordedExchange(exchange));
                });
            const int id = client->refresh(refreshAt, *credentials, refreshToken);
            QObject::connect(client, &TokenClient::refreshed, client,
                [attempt, client, id](int answered, const TokenResponse &response) {
                    if (answered != id)
                        return;
                    client->deleteLater();
                    if (attempt->context)
                        answer(attempt, storeAnswer(*attempt, response));
                });
        });
}

ConnectionRefresher::Outcome ConnectionRefresher::record(const Application &application,
    const UserConnection &connection, const TokenResponse &response, const QJsonArray &exchanges,
    const QJsonObject &eventDetail)
{
    Attempt attempt;
    attempt.context = &m_context;
    attempt.application = application;
    attempt.connection = connection;
    attempt.eventDetail = eventDetail;
    attempt.exchanges = exchanges;
    QString error;
    attempt.secrets = ConnectionSecrets::open(m_context.sealer(), connection, &error);
    if (attempt.secrets.isEmpty())
        return failed(attempt, error);
    return storeAnswer(attempt, response);
}
