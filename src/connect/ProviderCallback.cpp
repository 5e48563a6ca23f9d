#include "ProviderCallback.h"

#include "ApplicationRepository.h"
#include "AuthorizationRequest.h"
#include "BrowserPage.h"
#include "ClientCredentialReader.h"
#include "ConnectContext.h"
#include "FlowCompletion.h"
#include "OAuth1Client.h"
#include "OAuthDiagnosis.h"
#include "OAuthStateRepository.h"
#include "OpaqueToken.h"
#include "SourceRepository.h"
#include "TokenClient.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcCallback, "linkdeck.connect.callback")

namespace {

enum class StateProblem { Missing, Unknown, Used, Expired };

void refuse(const ExchangePtr &exchange, StateProblem problem)
{
    QString message;
    QString code;
    switch (problem) {
    case StateProblem::Missing:
        message = ProviderCallback::tr("This address does not say which authorization it finishes.");
        code = QStringLiteral("MISSING_STATE");
        break;
    case StateProblem::Unknown:
        message = ProviderCallback::tr("This authorization is not known here.");
        code = QStringLiteral("UNKNOWN_STATE");
        break;
    case StateProblem::Used:
        message = ProviderCallback::tr("This authorization was already finished; it cannot be used twice.");
        code = QStringLiteral("STATE_USED");
        break;
    case StateProblem::Expired:
        message = ProviderCallback::tr("This authorization took too long and has expired.");
        code = QStringLiteral("STATE_EXPIRED");
        break;
    }
    BrowserPage::show(exchange, 400, ProviderCallback::tr("This connection cannot be finished"),
        message + QLatin1Char(' ')
            + ProviderCallback::tr("Please start connecting again from the application."),
        code);
}

// A provider's error code as a short, safe token; anything else is "provider_error".
QString safeErrorCode(const QString &error)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.\\-]{1,64}$"));
    return pattern.match(error).hasMatch() ? error : QStringLiteral("provider_error");
}

QString requestedScopes(const IntegrationSource &source)
{
    return source.scopes.join(source.scopeSeparator.isEmpty() ? QStringLiteral(" ") : source.scopeSeparator);
}

// Exchanges the code of an OAuth 2.0 callback and ends the flow.
void finishOAuth2(ConnectContext &context, const ExchangePtr &exchange, const FlowCompletion &completion,
    const OAuthState &state, const Application &application, const IntegrationSource &source)
{
    FlowCompletion flow = completion;
    const QUrlQuery query = exchange->query();
    const QString stateValue = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const CallbackResult callback = AuthorizationRequest::parseCallback(exchange->url(), stateValue);
    if (callback.kind == CallbackResult::Kind::Error) {
        const OAuthDiagnosis diagnosis = OAuthDiagnosis::fromCallback(callback);
        return flow.fail(exchange, safeErrorCode(callback.error), diagnosis.title(),
            { { QStringLiteral("diagnosis"), OAuthDiagnosis::kindName(diagnosis.kind()) } });
    }
    if (callback.kind != CallbackResult::Kind::Code)
        return flow.fail(exchange, QStringLiteral("invalid_callback"),
            ProviderCallback::tr("The provider sent back neither a code nor an error."));

    QString verifier;
    if (!state.sealedVerifier.isEmpty()) {
        QByteArray opened;
        if (!context.sealer().open(state.sealedVerifier, &opened))
            return flow.fail(exchange, QStringLiteral("internal_error"),
                ProviderCallback::tr("The authorization's PKCE verifier could not be opened."));
        verifier = QString::fromLatin1(opened);
    }
    QPointer<ConnectContext> guard(&context);
    const QString code = callback.code;
    ClientCredentialReader::read(*context.secrets(), application, source, &context,
        [guard, exchange, flow, state, source, code, verifier](
            const std::optional<OAuthCredentials> &credentials, const ApiError &error) mutable {
            if (!guard)
                return;
            if (!credentials)
                return flow.fail(exchange, QStringLiteral("invalid_configuration"), error.message);
            auto *client = new TokenClient(guard->network(), guard.data());
            client->setTransferTimeout(int(guard->settings().providerTimeout.count()));
            const int id = client->exchangeCode(source, *credentials, code, state.redirectUri, verifier);
            QObject::connect(client, &TokenClient::codeExchanged, client,
                [guard, client, id, exchange, flow, source, verifier, state](
                    int answered, const TokenResponse &response) mutable {
                    if (answered != id)
                        return;
                    client->deleteLater();
                    if (!response.ok) {
                        OAuthDiagnosis::Context why;
                        why.sentRedirectUri = state.redirectUri;
                        why.requestedScope = requestedScopes(source);
                        why.pkce = source.pkce;
                        const OAuthDiagnosis diagnosis = OAuthDiagnosis::fromTokenResponse(response, why);
                        qCInfo(lcCallback) << "the code exchange with" << source.key
                                           << "failed:" << OAuthDiagnosis::kindName(diagnosis.kind())
                                           << "HTTP" << response.httpStatus;
                        return flow.fail(exchange, QStringLiteral("token_exchange_failed"), diagnosis.title(),
                            { { QStringLiteral("diagnosis"), OAuthDiagnosis::kindName(diagnosis.kind()) },
                                { QStringLiteral("http_status"), response.httpStatus } });
                    }
                    UserConnection connection;
                    connection.requestedScopes = requestedScopes(source);
                    connection.grantedScopes
                        = response.scope.isEmpty() ? connection.requestedScopes : response.scope;
                    connection.createdAt = guard ? guard->now() : QDateTime::currentDateTimeUtc();
                    if (response.expiresIn > 0)
                        connection.tokenExpiresAt = connection.createdAt.addSecs(response.expiresIn);
                    // The provider's whole answer is sealed: tokens and its own fields.
                    QJsonObject secrets = response.json;
                    secrets.insert(QStringLiteral("flow"), QStringLiteral("oauth2"));
                    flow.succeed(exchange, source, connection, secrets,
                        { { QStringLiteral("flow"), QStringLiteral("oauth2") },
                            { QStringLiteral("pkce"), !verifier.isEmpty() },
                            { QStringLiteral("refresh_token"), !response.refreshToken.isEmpty() } });
                });
        });
}

// Exchanges the verifier of an OAuth 1.0a callback and ends the flow.
void finishOAuth1(ConnectContext &context, const ExchangePtr &exchange, const FlowCompletion &completion,
    const OAuthState &state, const Application &application, const IntegrationSource &source)
{
    FlowCompletion flow = completion;
    const OAuth1Client::Callback callback = OAuth1Client::parseCallback(exchange->url());
    if (callback.denied)
        return flow.fail(exchange, QStringLiteral("access_denied"),
            ProviderCallback::tr("Access was not allowed at the provider."));
    QByteArray secret;
    if (!context.sealer().open(state.sealedVerifier, &secret))
        return flow.fail(exchange, QStringLiteral("internal_error"),
            ProviderCallback::tr("The request token's secret could not be opened."));
    QPointer<ConnectContext> guard(&context);
    const QString requestTokenSecret = QString::fromUtf8(secret);
    ClientCredentialReader::read(*context.secrets(), application, source, &context,
        [guard, exchange, flow, source, callback, requestTokenSecret](
            const std::optional<OAuthCredentials> &credentials, const ApiError &error) mutable {
            if (!guard)
                return;
            if (!credentials)
                return flow.fail(exchange, QStringLiteral("invalid_configuration"), error.message);
            auto *client = new OAuth1Client(guard->network(), guard.data());
            client->setTransferTimeout(int(guard->settings().providerTimeout.count()));
            const int id = client->accessToken(
                source, *credentials, callback.token, requestTokenSecret, callback.verifier);
            QObject::connect(client, &OAuth1Client::finished, client,
                [client, id, exchange, flow, source](
                    int answered, const OAuth1Client::Result &result) mutable {
                    if (answered != id)
                        return;
                    client->deleteLater();
                    if (!result.ok) {
                        qCInfo(lcCallback) << "the OAuth 1.0a access token request to" << source.key
                                           << "failed: HTTP" << result.httpStatus;
                        return flow.fail(exchange, QStringLiteral("token_exchange_failed"), result.error,
                            { { QStringLiteral("http_status"), result.httpStatus } });
                    }
                    QJsonObject secrets;
                    for (auto it = result.fields.cbegin(); it != result.fields.cend(); ++it)
                        secrets.insert(it.key(), it.value());
                    secrets.insert(QStringLiteral("flow"), QStringLiteral("oauth1"));
                    flow.succeed(exchange, source, UserConnection(), secrets,
                        { { QStringLiteral("flow"), QStringLiteral("oauth1") } });
                });
        });
}

} // namespace

ProviderCallback::ProviderCallback(ConnectContext &context)
    : m_context(context)
{ }

void ProviderCallback::handle(const ExchangePtr &exchange, const QString &sourceKey)
{
    const QUrlQuery query = exchange->query();
    // OAuth 1.0a callbacks carry the request token instead of a state.
    const bool oauth1 = !query.hasQueryItem(QStringLiteral("state"))
        && (query.hasQueryItem(QStringLiteral("oauth_token"))
            || query.hasQueryItem(QStringLiteral("denied")));
    QString key;
    if (!oauth1)
        key = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    else if (query.hasQueryItem(QStringLiteral("oauth_token")))
        key = query.queryItemValue(QStringLiteral("oauth_token"), QUrl::FullyDecoded);
    else
        key = query.queryItemValue(QStringLiteral("denied"), QUrl::FullyDecoded);
    if (key.isEmpty())
        return refuse(exchange, StateProblem::Missing);

    OAuthStateRepository states(m_context.workspace());
    const QString hash = OpaqueToken::hash(key);
    const auto state = states.findByHash(hash);
    if (!state || state->sourceKey != sourceKey) {
        qCInfo(lcCallback) << "a callback for" << sourceKey << "with an unknown authorization";
        return refuse(exchange, StateProblem::Unknown);
    }
    if (state->usedAt.isValid())
        return refuse(exchange, StateProblem::Used);
    if (state->isExpired(m_context.now()))
        return refuse(exchange, StateProblem::Expired);
    // Used up first: of two callbacks with this state only one goes on.
    if (!states.markUsed(hash, m_context.now()))
        return refuse(exchange, StateProblem::Used);
    const auto application = ApplicationRepository(m_context.workspace()).find(state->applicationId);
    if (!application)
        return refuse(exchange, StateProblem::Unknown);

    FlowCompletion completion(m_context, *state, *application);
    const auto source = SourceRepository(m_context.workspace()).find(state->sourceKey);
    if (!source || !source->enabled || !application->sourceKeys.contains(source->key))
        return completion.fail(exchange, QStringLiteral("provider_unavailable"),
            tr("This provider is no longer available to %1.").arg(application->name));
    if (source->authType == IntegrationSource::AuthType::OAuth1) {
        if (!oauth1)
            return completion.fail(exchange, QStringLiteral("invalid_callback"),
                tr("The provider sent back an OAuth 2.0 answer to an OAuth 1.0a authorization."));
        return finishOAuth1(m_context, exchange, completion, *state, *application, *source);
    }
    if (source->authType != IntegrationSource::AuthType::OAuth2 || oauth1)
        return completion.fail(exchange, QStringLiteral("invalid_callback"),
            tr("The provider's answer does not fit how \"%1\" connects.").arg(source->key));
    finishOAuth2(m_context, exchange, completion, *state, *application, *source);
}
