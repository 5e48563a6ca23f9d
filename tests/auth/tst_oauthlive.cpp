#include "AuthorizationRequest.h"
#include "OAuthDiagnosis.h"
#include "OAuthLoginDriver.h"
#include "OidcServer.h"
#include "TokenClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

const QString kRedirect = QStringLiteral("http://127.0.0.1:9/callback"); // never fetched
const QString kBasicSecret = QStringLiteral("basic secret+/:%"); // encoded per RFC 6749 §2.3.1
const QString kPostSecret = QStringLiteral("post-secret");

QJsonObject clientRecord(
    const QString &id, const QString &secret, const QString &method, const QString &scope = {})
{
    QJsonObject client { { QStringLiteral("client_id"), id },
        { QStringLiteral("redirect_uris"), QJsonArray { kRedirect } },
        { QStringLiteral("grant_types"),
            QJsonArray { QStringLiteral("authorization_code"), QStringLiteral("refresh_token") } },
        { QStringLiteral("response_types"), QJsonArray { QStringLiteral("code") } },
        { QStringLiteral("token_endpoint_auth_method"), method } };
    if (!secret.isEmpty())
        client.insert(QStringLiteral("client_secret"), secret);
    if (!scope.isEmpty())
        client.insert(QStringLiteral("scope"), scope);
    return client;
}

/// One authorization through the provider's pages.
struct Authorization
{
    AuthorizationRequest request;
    OAuthLoginDriver::Result browser;
    CallbackResult callback;
};

} // namespace

/// The OAuth 2.0 engine against a real oidc-provider (tests/peers): the
/// whole flow for each kind of client, and each failure a misconfigured
/// source or client produces, with its diagnosis.
class TestOAuthLive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OidcServer> m_server;
    QNetworkAccessManager *m_manager = nullptr;
    TokenClient *m_client = nullptr;

    IntegrationSource source(IntegrationSource::ClientAuth auth = IntegrationSource::ClientAuth::Basic,
        IntegrationSource::PkceMode pkce = IntegrationSource::PkceMode::S256) const
    {
        const QString issuer = m_server->issuer();
        IntegrationSource s;
        s.key = QStringLiteral("oidc");
        s.displayName = QStringLiteral("Test OIDC");
        s.authHostUrl = issuer;
        s.apiHostUrl = issuer;
        s.authUrl = issuer + QStringLiteral("/auth");
        s.accessTokenUrl = issuer + QStringLiteral("/token");
        s.revokeUrl = issuer + QStringLiteral("/token/revocation");
        s.testApiPath = QStringLiteral("/me");
        s.scopes = { QStringLiteral("openid"), QStringLiteral("offline_access") };
        // oidc-provider drops offline_access (no refresh token) unless consent is prompted for.
        s.extraAuthParams.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
        s.clientAuth = auth;
        s.pkce = pkce;
        return s;
    }

    Authorization authorize(const IntegrationSource &s, const OAuthCredentials &credentials,
        const QString &redirect = kRedirect,
        OAuthLoginDriver::Consent consent = OAuthLoginDriver::Consent::Approve,
        const QStringList &extraScopes = {})
    {
        Authorization a;
        a.request = AuthorizationRequest::create(s, credentials, redirect, extraScopes);
        if (!a.request.isValid()) {
            a.browser.error = a.request.errorString();
            return a;
        }
        OAuthLoginDriver driver;
        driver.setConsent(consent);
        QSignalSpy finished(&driver, &OAuthLoginDriver::finished);
        driver.start(a.request.url(), QUrl(redirect));
        if (!finished.wait(20000)) {
            a.browser.error = QStringLiteral("the login driver did not finish");
            return a;
        }
        a.browser = finished.constFirst().constFirst().value<OAuthLoginDriver::Result>();
        if (a.browser.reachedRedirect)
            a.callback = AuthorizationRequest::parseCallback(a.browser.redirectUrl, a.request.state());
        return a;
    }

    TokenResponse exchange(const IntegrationSource &s, const OAuthCredentials &credentials,
        const QString &code, const QString &redirect, const QString &verifier)
    {
        QSignalSpy spy(m_client, &TokenClient::codeExchanged);
        m_client->exchangeCode(s, credentials, code, redirect, verifier);
        return spy.wait(20000) ? spy.constFirst().at(1).value<TokenResponse>() : TokenResponse();
    }

    TokenResponse refresh(
        const IntegrationSource &s, const OAuthCredentials &credentials, const QString &token)
    {
        QSignalSpy spy(m_client, &TokenClient::refreshed);
        m_client->refresh(s, credentials, token);
        return spy.wait(20000) ? spy.constFirst().at(1).value<TokenResponse>() : TokenResponse();
    }

    TokenResponse revoke(
        const IntegrationSource &s, const OAuthCredentials &credentials, const QString &token)
    {
        QSignalSpy spy(m_client, &TokenClient::revoked);
        m_client->revoke(s, credentials, token, QStringLiteral("refresh_token"));
        return spy.wait(20000) ? spy.constFirst().at(1).value<TokenResponse>() : TokenResponse();
    }

    /// GET on the API host with the access token: the test API call.
    QPair<int, QJsonObject> userinfo(const IntegrationSource &s, const QString &accessToken)
    {
        QNetworkRequest request(QUrl(s.apiHostUrl + s.testApiPath));
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
        QNetworkReply *reply = m_manager->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            return {};
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object() };
    }

    static QString describe(const TokenResponse &r)
    {
        return QStringLiteral("%1 HTTP %2 %3 %4 %5")
            .arg(TokenResponse::toString(r.errorKind))
            .arg(r.httpStatus)
            .arg(r.error, r.errorDescription, r.networkError);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonArray clients {
            clientRecord(QStringLiteral("conf-basic"), kBasicSecret, QStringLiteral("client_secret_basic")),
            clientRecord(QStringLiteral("conf-post"), kPostSecret, QStringLiteral("client_secret_post")),
            clientRecord(QStringLiteral("public"), {}, QStringLiteral("none")),
            clientRecord(QStringLiteral("limited"), kPostSecret, QStringLiteral("client_secret_post"),
                QStringLiteral("openid offline_access")),
        };
        m_server = std::make_unique<OidcServer>(clients, OidcServer::Pkce::Required);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorMessage()));
        m_manager = new QNetworkAccessManager(this);
    }

    void cleanupTestCase()
    {
        m_server.reset(); // stops the node process
    }

    void init() { m_client = new TokenClient(m_manager, this); }

    void cleanup()
    {
        delete m_client;
        m_client = nullptr;
    }

    void fullFlow_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<IntegrationSource::ClientAuth>("auth");
        QTest::addColumn<OAuthCredentials::Method>("method");
        QTest::newRow("client_secret_basic")
            << QStringLiteral("conf-basic") << kBasicSecret << IntegrationSource::ClientAuth::Basic
            << OAuthCredentials::Method::HttpBasic;
        QTest::newRow("client_secret_post")
            << QStringLiteral("conf-post") << kPostSecret << IntegrationSource::ClientAuth::Body
            << OAuthCredentials::Method::RequestBody;
        QTest::newRow("public client")
            << QStringLiteral("public") << QString() << IntegrationSource::ClientAuth::Basic
            << OAuthCredentials::Method::None;
    }

    void fullFlow()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(IntegrationSource::ClientAuth, auth);
        QFETCH(OAuthCredentials::Method, method);
        const IntegrationSource s = source(auth);
        const OAuthCredentials credentials { clientId, secret };

        // Authorization: login and consent pages, back to the redirect URI.
        const Authorization a = authorize(s, credentials);
        QVERIFY2(a.browser.reachedRedirect, qPrintable(a.browser.error));
        QVERIFY(a.browser.hops <= OAuthLoginDriver::MaxHops);
        QCOMPARE(a.callback.kind, CallbackResult::Kind::Code);
        QCOMPARE(a.callback.issuer, m_server->issuer());

        // Code → tokens, with the PKCE verifier.
        QSignalSpy recorded(m_client, &TokenClient::httpExchangeRecorded);
        const TokenResponse tokens
            = exchange(s, credentials, a.callback.code, a.request.redirectUri(), a.request.codeVerifier());
        QVERIFY2(tokens.ok, qPrintable(describe(tokens)));
        QCOMPARE(tokens.clientAuthentication, method);
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(!tokens.idToken.isEmpty());
        QCOMPARE(tokens.tokenType, QStringLiteral("Bearer"));
        QVERIFY(tokens.expiresIn > 0);
        QVERIFY2(tokens.scope.split(QLatin1Char(' ')).contains(QStringLiteral("offline_access")),
            qPrintable(tokens.scope));
        QCOMPARE(recorded.size(), 1);
        const HttpExchange sent = recorded.constFirst().at(1).value<HttpExchange>();
        QCOMPARE(sent.status, 200);
        bool basicHeader = false;
        for (const auto &[name, value] : sent.requestHeaders)
            basicHeader = basicHeader || name.compare("Authorization", Qt::CaseInsensitive) == 0;
        QCOMPARE(basicHeader, method == OAuthCredentials::Method::HttpBasic);
        QCOMPARE(
            sent.requestBody.contains("client_secret="), method == OAuthCredentials::Method::RequestBody);

        // The test API call with the access token.
        const auto [status, me] = userinfo(s, tokens.accessToken);
        QCOMPARE(status, 200);
        QCOMPARE(me.value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));

        // Refresh: oidc-provider rotates refresh tokens.
        const TokenResponse refreshed = refresh(s, credentials, tokens.refreshToken);
        QVERIFY2(refreshed.ok, qPrintable(describe(refreshed)));
        QVERIFY(refreshed.refreshTokenRotated);
        QVERIFY(refreshed.refreshToken != tokens.refreshToken);
        QVERIFY(refreshed.accessToken != tokens.accessToken);
        QCOMPARE(userinfo(s, refreshed.accessToken).first, 200);

        // Revoke (RFC 7009); the revoked refresh token no longer works.
        const TokenResponse revoked = revoke(s, credentials, refreshed.refreshToken);
        QVERIFY2(revoked.ok, qPrintable(describe(revoked)));
        QCOMPARE(revoked.httpStatus, 200);
        const TokenResponse afterRevoke = refresh(s, credentials, refreshed.refreshToken);
        QVERIFY(!afterRevoke.ok);
        QCOMPARE(afterRevoke.error, QStringLiteral("invalid_grant"));
        const OAuthDiagnosis d = OAuthDiagnosis::fromTokenResponse(afterRevoke);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::InvalidGrant);
        QCOMPARE(d.stage(), OAuthDiagnosis::Stage::Refresh);
        QVERIFY(d.fix().contains(QLatin1String("Connect again")));
    }

    void pkceMode_data()
    {
        QTest::addColumn<IntegrationSource::PkceMode>("pkce");
        QTest::addColumn<OAuthDiagnosis::Kind>("kind");
        QTest::newRow("off, but required")
            << IntegrationSource::PkceMode::Off << OAuthDiagnosis::Kind::PkceRequired;
        QTest::newRow("plain, S256 only")
            << IntegrationSource::PkceMode::Plain << OAuthDiagnosis::Kind::PkceMethodUnsupported;
    }

    void pkceMode()
    {
        QFETCH(IntegrationSource::PkceMode, pkce);
        QFETCH(OAuthDiagnosis::Kind, kind);
        const IntegrationSource s = source(IntegrationSource::ClientAuth::Basic, pkce);
        const Authorization a = authorize(s, { QStringLiteral("conf-basic"), kBasicSecret });
        QVERIFY2(a.browser.reachedRedirect, qPrintable(a.browser.error));
        QCOMPARE(a.browser.hops, 1); // refused before any login page
        QCOMPARE(a.callback.kind, CallbackResult::Kind::Error);
        OAuthDiagnosis::Context context;
        context.pkce = pkce;
        const OAuthDiagnosis d = OAuthDiagnosis::fromCallback(a.callback, context);
        QCOMPARE(OAuthDiagnosis::kindName(d.kind()), OAuthDiagnosis::kindName(kind));
        QVERIFY2(d.fix().contains(QLatin1String("S256")), qPrintable(d.text()));
        if (pkce == IntegrationSource::PkceMode::Off)
            QVERIFY2(d.explanation().contains(QLatin1String("PKCE is off")), qPrintable(d.text()));
    }

    void wrongVerifier()
    {
        const IntegrationSource s = source();
        const OAuthCredentials credentials { QStringLiteral("conf-basic"), kBasicSecret };
        const Authorization a = authorize(s, credentials);
        QCOMPARE(a.callback.kind, CallbackResult::Kind::Code);
        const TokenResponse r
            = exchange(s, credentials, a.callback.code, kRedirect, Pkce::generateVerifier());
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("invalid_grant"));
        // oidc-provider does not say why; the diagnosis names the verifier among the causes.
        const OAuthDiagnosis d = OAuthDiagnosis::fromTokenResponse(r);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::InvalidGrant);
        QVERIFY(d.explanation().contains(QLatin1String("code_verifier")));
    }

    void codeUsedTwice()
    {
        const IntegrationSource s = source();
        const OAuthCredentials credentials { QStringLiteral("conf-basic"), kBasicSecret };
        const Authorization a = authorize(s, credentials);
        QCOMPARE(a.callback.kind, CallbackResult::Kind::Code);
        QVERIFY(exchange(s, credentials, a.callback.code, kRedirect, a.request.codeVerifier()).ok);
        const TokenResponse again
            = exchange(s, credentials, a.callback.code, kRedirect, a.request.codeVerifier());
        QCOMPARE(again.error, QStringLiteral("invalid_grant"));
        QCOMPARE(OAuthDiagnosis::fromTokenResponse(again).kind(), OAuthDiagnosis::Kind::InvalidGrant);
    }

    void wrongSecret_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<IntegrationSource::ClientAuth>("auth");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("basic") << QStringLiteral("conf-basic") << IntegrationSource::ClientAuth::Basic
                               << QStringLiteral("client_secret_basic") << QStringLiteral("\"body\"");
        QTest::newRow("post") << QStringLiteral("conf-post") << IntegrationSource::ClientAuth::Body
                              << QStringLiteral("client_secret_post") << QStringLiteral("\"basic\"");
    }

    void wrongSecret()
    {
        QFETCH(QString, clientId);
        QFETCH(IntegrationSource::ClientAuth, auth);
        QFETCH(QString, named);
        QFETCH(QString, suggested);
        const IntegrationSource s = source(auth);
        const OAuthCredentials wrong { clientId, QStringLiteral("not the secret") };
        const Authorization a = authorize(s, wrong); // the secret plays no part here
        QCOMPARE(a.callback.kind, CallbackResult::Kind::Code);
        const TokenResponse r = exchange(s, wrong, a.callback.code, kRedirect, a.request.codeVerifier());
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.error, QStringLiteral("invalid_client"));
        const OAuthDiagnosis d = OAuthDiagnosis::fromTokenResponse(r);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::InvalidClient);
        QVERIFY2(d.explanation().contains(named), qPrintable(d.text()));
        QVERIFY2(d.fix().contains(suggested), qPrintable(d.text()));
        QVERIFY(!d.text().contains(QLatin1String("not the secret")));
    }

    void clientAuthenticationMismatch_data()
    {
        // oidc-provider 9 takes client_secret_basic and client_secret_post
        // interchangeably; it does refuse a secret from a public client and
        // no secret from a confidential one. (A body-only server: tst_tokenclient.)
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("public client sends Basic")
            << QStringLiteral("public") << QStringLiteral("a-secret") << QStringLiteral("client_secret_basic")
            << QStringLiteral("\"body\"");
        QTest::newRow("confidential client sends no secret")
            << QStringLiteral("conf-basic") << QString() << QStringLiteral("public client")
            << QStringLiteral("client secret");
    }

    void clientAuthenticationMismatch()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, named);
        QFETCH(QString, suggested);
        const IntegrationSource s = source(IntegrationSource::ClientAuth::Basic);
        const OAuthCredentials credentials { clientId, secret };
        const Authorization a = authorize(s, credentials);
        QCOMPARE(a.callback.kind, CallbackResult::Kind::Code);
        const TokenResponse r
            = exchange(s, credentials, a.callback.code, kRedirect, a.request.codeVerifier());
        QCOMPARE(r.error, QStringLiteral("invalid_client"));
        const OAuthDiagnosis d = OAuthDiagnosis::fromTokenResponse(r);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::InvalidClient);
        QVERIFY2(d.explanation().contains(named), qPrintable(d.text()));
        QVERIFY2(d.fix().contains(suggested), qPrintable(d.text()));
    }

    void unregisteredRedirectUri()
    {
        const QString wrong = QStringLiteral("http://127.0.0.1:9/wrong");
        const Authorization a = authorize(source(), { QStringLiteral("conf-basic"), kBasicSecret }, wrong);
        // The provider cannot trust the URI, so it shows an error page instead of redirecting.
        QVERIFY(!a.browser.reachedRedirect);
        QCOMPARE(a.browser.lastStatus, 400);
        OAuthDiagnosis::Context context;
        context.sentRedirectUri = wrong;
        context.registeredRedirectUri = kRedirect;
        const OAuthDiagnosis d
            = OAuthDiagnosis::fromAuthorizationPage(a.browser.lastStatus, a.browser.lastBody, context);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::RedirectUriMismatch);
        QCOMPARE(d.serverError(), QStringLiteral("invalid_redirect_uri"));
        QCOMPARE(d.sentRedirectUri(), wrong);
        QCOMPARE(d.expectedRedirectUri(), kRedirect);
        QCOMPARE(d.differenceIndex(), qsizetype(19));
        QVERIFY2(
            d.explanation().contains(wrong) && d.explanation().contains(kRedirect), qPrintable(d.text()));
    }

    void redirectUriChangedAtExchange()
    {
        const IntegrationSource s = source();
        const OAuthCredentials credentials { QStringLiteral("conf-basic"), kBasicSecret };
        const Authorization a = authorize(s, credentials);
        QCOMPARE(a.callback.kind, CallbackResult::Kind::Code);
        const QString other = kRedirect + QLatin1Char('/');
        const TokenResponse r = exchange(s, credentials, a.callback.code, other, a.request.codeVerifier());
        QCOMPARE(r.error, QStringLiteral("invalid_grant"));
        OAuthDiagnosis::Context context;
        context.registeredRedirectUri = a.request.redirectUri();
        const OAuthDiagnosis d = OAuthDiagnosis::fromTokenResponse(r, context);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::RedirectUriMismatch);
        QCOMPARE(d.sentRedirectUri(), other);
        QCOMPARE(d.differenceIndex(), kRedirect.size());
    }

    void deniedConsent()
    {
        const Authorization a = authorize(source(), { QStringLiteral("conf-basic"), kBasicSecret }, kRedirect,
            OAuthLoginDriver::Consent::Deny);
        QVERIFY2(a.browser.reachedRedirect, qPrintable(a.browser.error));
        QCOMPARE(a.callback.kind, CallbackResult::Kind::Error);
        QCOMPARE(a.callback.error, QStringLiteral("access_denied"));
        QVERIFY(a.callback.code.isEmpty());
        const OAuthDiagnosis d = OAuthDiagnosis::fromCallback(a.callback);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::AccessDenied);
        QVERIFY(d.explanation().contains(QLatin1String("End-User aborted interaction")));
    }

    void scopeNotAllowed()
    {
        IntegrationSource s = source(IntegrationSource::ClientAuth::Body);
        const Authorization a = authorize(s, { QStringLiteral("limited"), kPostSecret }, kRedirect,
            OAuthLoginDriver::Consent::Approve, { QStringLiteral("email") });
        QVERIFY2(a.browser.reachedRedirect, qPrintable(a.browser.error));
        QCOMPARE(a.callback.kind, CallbackResult::Kind::Error);
        OAuthDiagnosis::Context context;
        context.requestedScope = a.request.scope();
        const OAuthDiagnosis d = OAuthDiagnosis::fromCallback(a.callback, context);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::InvalidScope);
        QVERIFY2(
            d.explanation().contains(QLatin1String("openid offline_access email")), qPrintable(d.text()));
    }

    void forgedState()
    {
        const Authorization a = authorize(source(), { QStringLiteral("conf-basic"), kBasicSecret });
        QVERIFY(a.browser.reachedRedirect);
        const CallbackResult forged = AuthorizationRequest::parseCallback(
            a.browser.redirectUrl, AuthorizationRequest::generateState());
        QCOMPARE(forged.kind, CallbackResult::Kind::StateMismatch);
        QCOMPARE(OAuthDiagnosis::fromCallback(forged).kind(), OAuthDiagnosis::Kind::StateMismatch);
    }
};

QTEST_GUILESS_MAIN(TestOAuthLive)
#include "tst_oauthlive.moc"
