#include "OAuth2TestRun.h"

#include "DiscoveryFetcher.h"
#include "Pkce.h"
#include "TokenClient.h"
#include "UserAgent.h"
#include "UserConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcOAuth2Run, "linkdeck.qa.oauth2")

OAuth2TestRun::OAuth2TestRun(const IntegrationSource &source, const OAuthCredentials &credentials,
    const QUrl &redirectUri, UserAgent *userAgent, QNetworkAccessManager *manager, QObject *parent)
    : TestRun(source,
        { TestStep::Kind::Authorize, TestStep::Kind::Token, TestStep::Kind::ApiCall, TestStep::Kind::Refresh,
            TestStep::Kind::Revoke, TestStep::Kind::PkceCheck },
        manager, parent)
    , m_credentials(credentials)
    , m_redirectUri(redirectUri)
    , m_userAgent(userAgent)
    , m_tokenClient(new TokenClient(manager, this))
{
    connect(m_tokenClient, &TokenClient::codeExchanged, this, &OAuth2TestRun::onCodeExchanged);
    connect(m_tokenClient, &TokenClient::refreshed, this, &OAuth2TestRun::onRefreshed);
    connect(m_tokenClient, &TokenClient::revoked, this, &OAuth2TestRun::onRevoked);
    connect(m_tokenClient, &TokenClient::httpExchangeRecorded, this,
        [this](int, const HttpExchange &exchange) { record(exchange); });
    followUserAgent(userAgent, m_redirectUri);
}

OAuth2TestRun::~OAuth2TestRun() = default;

QStringList OAuth2TestRun::secrets() const
{
    QStringList secrets = m_issued;
    secrets << m_credentials.clientSecret << m_request.codeVerifier() << m_pkceCheck.codeVerifier()
            << m_wrongVerifier;
    return secrets;
}

bool OAuth2TestRun::issuedConnection(UserConnection *connection, QJsonObject *secrets) const
{
    if (m_tokens.accessToken.isEmpty())
        return false;
    connection->requestedScopes = m_request.scope();
    // As the connect service reads it: no scope in the answer means all that was asked for.
    connection->grantedScopes = m_tokens.scope.isEmpty() ? connection->requestedScopes : m_tokens.scope;
    connection->tokenExpiresAt
        = m_tokens.expiresIn > 0 ? m_tokensIssuedAt.addSecs(m_tokens.expiresIn) : QDateTime();
    *secrets = m_tokens.json;
    // A refresh answer may leave out the refresh token it kept.
    if (!m_tokens.refreshToken.isEmpty())
        secrets->insert(QStringLiteral("refresh_token"), m_tokens.refreshToken);
    secrets->insert(QStringLiteral("flow"), QStringLiteral("oauth2"));
    return true;
}

void OAuth2TestRun::timeoutChanged(int milliseconds)
{
    m_tokenClient->setTransferTimeout(milliseconds);
}

OAuthDiagnosis::Context OAuth2TestRun::context() const
{
    OAuthDiagnosis::Context context;
    context.sentRedirectUri = m_redirectUri.toString();
    context.registeredRedirectUri = m_registeredRedirectUri;
    context.requestedScope = m_request.scope();
    context.pkce = source().pkce;
    return context;
}

void OAuth2TestRun::run()
{
    begin(TestStep::Kind::Authorize);
    m_request = AuthorizationRequest::create(source(), m_credentials, m_redirectUri.toString());
    if (!m_request.isValid()) {
        fail(TestStep::Kind::Authorize, m_request.errorString(),
            tr("Complete the source's authorization fields."));
        return;
    }
    if (!m_userAgent) {
        fail(TestStep::Kind::Authorize, tr("No browser to show the authorization page."), QString());
        return;
    }
    qCDebug(lcOAuth2Run) << "authorizing at" << source().key;
    m_userAgent->authorize(m_request.url(), m_redirectUri);
}

void OAuth2TestRun::abortRequests()
{
    if (m_userAgent)
        m_userAgent->cancel();
    m_tokenClient->abortAll();
}

void OAuth2TestRun::onRedirected(const QUrl &url)
{
    if (isRunning(TestStep::Kind::PkceCheck))
        return onPkceCheckRedirected(url);
    if (!isRunning(TestStep::Kind::Authorize))
        return;
    const CallbackResult callback = AuthorizationRequest::parseCallback(url, m_request.state());
    if (!callback.isSuccess()) {
        fail(TestStep::Kind::Authorize, tr("The provider redirected back without a usable code."),
            OAuthDiagnosis::fromCallback(callback, context()).text());
        return;
    }
    pass(TestStep::Kind::Authorize,
        callback.fromFragment ? tr("Code received in the URL fragment; state checked.")
                              : tr("Code received; state checked."));
    begin(TestStep::Kind::Token);
    m_tokenClient->exchangeCode(
        source(), m_credentials, callback.code, m_redirectUri.toString(), m_request.codeVerifier());
}

void OAuth2TestRun::onErrorPage(const QUrl &url, int httpStatus, const QByteArray &html)
{
    if (!isRunning(browserStep()))
        return;
    fail(browserStep(),
        tr("The provider showed an error page (HTTP %1) at %2 instead of redirecting back.")
            .arg(httpStatus)
            .arg(url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString()),
        OAuthDiagnosis::fromAuthorizationPage(httpStatus, html, context()).text());
}

void OAuth2TestRun::onCodeExchanged(int, const TokenResponse &response)
{
    if (isRunning(TestStep::Kind::PkceCheck))
        return onPkceCheckExchanged(response);
    if (!isRunning(TestStep::Kind::Token))
        return;
    if (!response.ok) {
        if (response.errorKind == TokenResponse::ErrorKind::OAuthError
            && response.error == QLatin1String("invalid_client")) {
            failInvalidClient(response);
            return;
        }
        fail(TestStep::Kind::Token,
            tr("The token endpoint refused the code (HTTP %1).").arg(response.httpStatus),
            OAuthDiagnosis::fromTokenResponse(response, context()).text());
        return;
    }
    m_tokens = response;
    m_tokensIssuedAt = QDateTime::currentDateTimeUtc();
    m_issued << response.accessToken << response.refreshToken << response.idToken;
    QString detail = tr("Access token issued");
    if (response.expiresIn >= 0)
        detail += tr(", valid for %n second(s)", nullptr, int(response.expiresIn));
    detail += response.refreshToken.isEmpty() ? tr("; no refresh token.") : tr("; refresh token issued.");
    if (!response.scope.isEmpty())
        detail += QLatin1Char(' ') + tr("Granted scopes: %1.").arg(response.scope);
    pass(TestStep::Kind::Token, detail);
    callApi();
}

void OAuth2TestRun::failInvalidClient(const TokenResponse &response)
{
    const QString detail = tr("The token endpoint refused the client (HTTP %1).").arg(response.httpStatus);
    // The provider's metadata says which client authentication it takes (RFC 8414).
    const QString authHost = source().authHostUrl.trimmed();
    const QUrl issuer = authHost.isEmpty()
        ? QUrl(source().accessTokenUrl).adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        : QUrl(authHost);
    const QUrl discovery = DiscoveryFetcher::candidateUrls(issuer).value(0);
    QNetworkRequest request(discovery);
    request.setRawHeader("Accept", "application/json");
    send(
        "GET", request, {}, [this, response, detail](const HttpExchange &exchange, TokenResponse::ErrorKind) {
            OAuthDiagnosis::Context withMethods = context();
            const QJsonArray methods = QJsonDocument::fromJson(exchange.responseBody)
                                           .object()
                                           .value(QLatin1String("token_endpoint_auth_methods_supported"))
                                           .toArray();
            if (exchange.status == 200) {
                for (const QJsonValue &method : methods)
                    withMethods.serverAuthMethods << method.toString();
            }
            fail(TestStep::Kind::Token, detail,
                OAuthDiagnosis::fromTokenResponse(response, withMethods).text());
        });
}

void OAuth2TestRun::callApi()
{
    if (source().testApiPath.trimmed().isEmpty()) {
        skip(TestStep::Kind::ApiCall, tr("The source has no test API path."));
        refresh();
        return;
    }
    begin(TestStep::Kind::ApiCall);
    QNetworkRequest request(source().testApiUrl());
    request.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    send("GET", request, {}, [this](const HttpExchange &exchange, TokenResponse::ErrorKind transport) {
        const QString path = exchange.url.path();
        if (exchange.status >= 200 && exchange.status < 300) {
            const bool json = !QJsonDocument::fromJson(exchange.responseBody).isNull();
            pass(TestStep::Kind::ApiCall,
                tr("GET %1 answered HTTP %2%3.")
                    .arg(path)
                    .arg(exchange.status)
                    .arg(json ? tr(" with JSON") : QString()));
            refresh();
        } else if (exchange.status == 401 || exchange.status == 403) {
            fail(TestStep::Kind::ApiCall, tr("GET %1 answered HTTP %2.").arg(path).arg(exchange.status),
                tr("The API refused the access token. Check that the scopes cover this path and that the API "
                   "host belongs to the same provider."));
        } else if (exchange.status == 0) {
            fail(TestStep::Kind::ApiCall, exchange.error, explainTransport(exchange, transport));
        } else {
            fail(TestStep::Kind::ApiCall, tr("GET %1 answered HTTP %2.").arg(path).arg(exchange.status),
                tr("Check the test API path: it should be a cheap GET that needs the token."));
        }
    });
}

void OAuth2TestRun::refresh()
{
    if (m_tokens.refreshToken.isEmpty()) {
        skip(TestStep::Kind::Refresh, tr("No refresh token was issued."));
        revoke();
        return;
    }
    begin(TestStep::Kind::Refresh);
    m_tokenClient->refresh(source(), m_credentials, m_tokens.refreshToken);
}

void OAuth2TestRun::onRefreshed(int, const TokenResponse &response)
{
    if (!isRunning(TestStep::Kind::Refresh))
        return;
    if (!response.ok) {
        fail(TestStep::Kind::Refresh, tr("The refresh was refused (HTTP %1).").arg(response.httpStatus),
            OAuthDiagnosis::fromTokenResponse(response, context()).text());
        return;
    }
    m_tokens = response;
    m_tokensIssuedAt = QDateTime::currentDateTimeUtc();
    m_issued << response.accessToken << response.refreshToken << response.idToken;
    pass(TestStep::Kind::Refresh,
        response.refreshTokenRotated ? tr("New access token; the refresh token was rotated.")
                                     : tr("New access token; the refresh token was kept."));
    revoke();
}

void OAuth2TestRun::revoke()
{
    if (!m_revokeAtEnd) {
        skip(TestStep::Kind::Revoke, tr("Not revoked: the tokens are kept for a refresh or revoke by hand."));
        checkPkce();
        return;
    }
    if (source().revokeUrl.trimmed().isEmpty()) {
        skip(TestStep::Kind::Revoke, tr("The source has no revoke URL."));
        checkPkce();
        return;
    }
    begin(TestStep::Kind::Revoke);
    revokeTokens(m_tokens);
}

void OAuth2TestRun::revokeTokens(const TokenResponse &tokens)
{
    const bool hasRefresh = !tokens.refreshToken.isEmpty();
    m_tokenClient->revoke(source(), m_credentials, hasRefresh ? tokens.refreshToken : tokens.accessToken,
        hasRefresh ? QStringLiteral("refresh_token") : QStringLiteral("access_token"));
}

void OAuth2TestRun::onRevoked(int, const TokenResponse &response)
{
    if (isRunning(TestStep::Kind::PkceCheck)) {
        failPkceIgnored(response.ok
                ? tr("That token was revoked.")
                : tr("That token could not be revoked (HTTP %1): it stays valid until it expires.")
                      .arg(response.httpStatus));
        return;
    }
    if (!isRunning(TestStep::Kind::Revoke))
        return;
    if (!response.ok) {
        fail(TestStep::Kind::Revoke, tr("The revocation was refused (HTTP %1).").arg(response.httpStatus),
            OAuthDiagnosis::fromTokenResponse(response).text());
        return;
    }
    pass(TestStep::Kind::Revoke, tr("The token was revoked (RFC 7009)."));
    checkPkce();
}

void OAuth2TestRun::checkPkce()
{
    if (source().pkce == IntegrationSource::PkceMode::Off) {
        skip(TestStep::Kind::PkceCheck, tr("The source does not use PKCE."));
        finish();
        return;
    }
    begin(TestStep::Kind::PkceCheck);
    if (!m_userAgent) {
        fail(TestStep::Kind::PkceCheck, tr("No browser to show the authorization page."), QString());
        return;
    }
    // A fresh state and verifier: only the one sent with the code will be wrong.
    m_pkceCheck = AuthorizationRequest::create(source(), m_credentials, m_redirectUri.toString());
    setBrowserStep(TestStep::Kind::PkceCheck);
    qCDebug(lcOAuth2Run) << "authorizing once more at" << source().key << "to check PKCE";
    m_userAgent->authorize(m_pkceCheck.url(), m_redirectUri);
}

void OAuth2TestRun::onPkceCheckRedirected(const QUrl &url)
{
    const CallbackResult callback = AuthorizationRequest::parseCallback(url, m_pkceCheck.state());
    if (!callback.isSuccess()) {
        fail(TestStep::Kind::PkceCheck,
            tr("The second authorization came back without a usable code, so PKCE could not be checked."),
            OAuthDiagnosis::fromCallback(callback, context()).text());
        return;
    }
    // Well formed, but not the verifier the code_challenge was made from.
    m_wrongVerifier = Pkce::generateVerifier();
    m_tokenClient->exchangeCode(
        source(), m_credentials, callback.code, m_redirectUri.toString(), m_wrongVerifier);
}

void OAuth2TestRun::onPkceCheckExchanged(const TokenResponse &response)
{
    if (response.ok) {
        m_issued << response.accessToken << response.refreshToken << response.idToken;
        if (source().revokeUrl.trimmed().isEmpty()) {
            failPkceIgnored(tr("The source has no revoke URL: that token stays valid until it expires."));
            return;
        }
        revokeTokens(response);
        return;
    }
    if (response.errorKind == TokenResponse::ErrorKind::OAuthError
        && response.error == QLatin1String("invalid_grant")) {
        pass(TestStep::Kind::PkceCheck,
            tr("A second code, exchanged with a wrong code_verifier, was refused with invalid_grant: the "
               "server checks the code_verifier."));
        finish();
        return;
    }
    // RFC 7636 §4.6 asks for invalid_grant; anything else says nothing certain about PKCE.
    fail(TestStep::Kind::PkceCheck,
        tr("A second code, exchanged with a wrong code_verifier, was answered with HTTP %1 instead of "
           "invalid_grant, so PKCE could not be checked.")
            .arg(response.httpStatus),
        OAuthDiagnosis::fromTokenResponse(response, context()).text());
}

void OAuth2TestRun::failPkceIgnored(const QString &revoked)
{
    fail(TestStep::Kind::PkceCheck,
        tr("The server issued a token for a second code exchanged with a wrong code_verifier.")
            + QLatin1Char(' ') + revoked,
        OAuthDiagnosis::pkceIgnored().text());
}
