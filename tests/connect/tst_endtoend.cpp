#include "ApplicationRepository.h"
#include "ConnectContext.h"
#include "ConnectTestBed.h"
#include "ConnectionRepository.h"
#include "EventRepository.h"
#include "OAuth1Server.h"
#include "OAuthLoginDriver.h"
#include "OAuthStarter.h"
#include "OidcServer.h"
#include "SourceRepository.h"
#include "SpecialTokenIssuer.h"
#include "TokenClient.h"
#include "WebhookSender.h"
#include "WebhookSignature.h"
#include "WidgetSessionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kOidcClient = QStringLiteral("linkdeck-e2e");
const QString kOidcSecret = QStringLiteral("e2e secret+/:%");
const QString kAppClient = QStringLiteral("linkdeck-e2e-app");
const QString kAppSecret = QStringLiteral("app-own-secret");
const QString kConsumerKey = QStringLiteral("garmin-key");
const QString kConsumerSecret = QStringLiteral("garmin-secret");
const QString kOk = QStringLiteral("https://a.example/ok");
const QString kFail = QStringLiteral("https://a.example/fail");

/// An answer of the service, its redirects not followed.
struct Got
{
    int status = 0;
    QUrl location;
    QByteArray body;
};

QJsonObject clientRecord(const QString &id, const QString &secret, const QStringList &redirectUris)
{
    return {
        { QStringLiteral("client_id"), id },
        { QStringLiteral("client_secret"), secret },
        { QStringLiteral("redirect_uris"), QJsonArray::fromStringList(redirectUris) },
        { QStringLiteral("grant_types"),
            QJsonArray { QStringLiteral("authorization_code"), QStringLiteral("refresh_token") } },
        { QStringLiteral("response_types"), QJsonArray { QStringLiteral("code") } },
        { QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic") },
    };
}

QString item(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

/// The connect flows end to end against real providers: the service on
/// loopback, a real oidc-provider (OAuth 2.0, PKCE required, confidential
/// client) and a real OAuth 1.0a provider, a test user agent playing the
/// user, and a webhook receiver checking signatures.
class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectTestBed> m_bed;
    std::unique_ptr<OidcServer> m_oidc;
    std::unique_ptr<OAuth1Server> m_oauth1;
    QNetworkAccessManager m_network;

    QString callbackUrl(const QString &source) const
    {
        return m_bed->service().baseUrl().toString() + QStringLiteral("/callback/") + source;
    }

    bool addSource(IntegrationSource source)
    {
        return SourceRepository(m_bed->workspace()).insert(&source).isOk();
    }

    IntegrationSource oidcSource(const QString &key, const QString &clientId) const
    {
        const QString issuer = m_oidc->issuer();
        IntegrationSource s;
        s.key = key;
        s.displayName = QStringLiteral("OIDC ") + key;
        s.authType = IntegrationSource::AuthType::OAuth2;
        s.authHostUrl = issuer;
        s.apiHostUrl = issuer;
        s.authUrl = issuer + QStringLiteral("/auth");
        s.accessTokenUrl = issuer + QStringLiteral("/token");
        s.revokeUrl = issuer + QStringLiteral("/token/revocation");
        s.scopes = { QStringLiteral("openid"), QStringLiteral("offline_access") };
        // oidc-provider issues a refresh token for offline_access only after a consent prompt.
        s.extraAuthParams.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
        s.clientAuth = IntegrationSource::ClientAuth::Basic;
        s.pkce = IntegrationSource::PkceMode::S256;
        s.clientId = clientId;
        s.hasClientSecret = !clientId.isEmpty();
        return s;
    }

    Got get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Got got;
        if (!reply->isFinished() && !finished.wait(30000)) {
            reply->abort();
            reply->deleteLater();
            return got;
        }
        got.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        got.location = QUrl::fromEncoded(reply->rawHeader("Location"));
        got.body = reply->readAll();
        reply->deleteLater();
        return got;
    }

    Got get(const QString &pathAndQuery)
    {
        return get(m_bed->service().baseUrl().resolved(QUrl(pathAndQuery)));
    }

    /// A link token of application A, with the redirect URLs of A.
    QString linkToken(const QString &userId, const QString &referenceId = {})
    {
        QJsonObject body { { QStringLiteral("user_id"), userId }, { QStringLiteral("redirect_url"), kOk },
            { QStringLiteral("failure_redirect_url"), kFail } };
        if (!referenceId.isEmpty())
            body.insert(QStringLiteral("reference_id"), referenceId);
        const auto answer = m_bed->call(
            "POST", QStringLiteral("/v1/link/token"), QJsonDocument(body).toJson(), { m_bed->basicA() });
        return answer.json.value(QStringLiteral("link_token")).toString();
    }

    QUrl oauthUrl(const QString &token, const QString &source)
    {
        const auto answer = m_bed->call("POST", QStringLiteral("/v1/link/provider/oauth/") + source,
            QJsonDocument(QJsonObject { { QStringLiteral("link_token"), token } }).toJson());
        if (answer.status != 200)
            qWarning() << "oauth_url:" << answer.status << answer.body;
        return QUrl(answer.json.value(QStringLiteral("oauth_url")).toString(), QUrl::StrictMode);
    }

    /// The user at the oidc-provider: signs in, approves or denies, and
    /// stops at the redirect back to the service.
    OAuthLoginDriver::Result login(const QUrl &authorizationUrl, const QString &source,
        OAuthLoginDriver::Consent consent = OAuthLoginDriver::Consent::Approve)
    {
        OAuthLoginDriver driver;
        driver.setConsent(consent);
        QSignalSpy finished(&driver, &OAuthLoginDriver::finished);
        driver.start(authorizationUrl, QUrl(callbackUrl(source)));
        if (!finished.wait(30000))
            return {};
        return finished.constFirst().constFirst().value<OAuthLoginDriver::Result>();
    }

    /// The user at the OAuth 1.0a provider: Allow or Deny, and the redirect back.
    QUrl decide(const QUrl &authorizationUrl, const QString &decision)
    {
        QNetworkReply *page = m_network.get(QNetworkRequest(authorizationUrl));
        QSignalSpy pageDone(page, &QNetworkReply::finished);
        if (!pageDone.wait(20000) || !page->readAll().contains("Allow"))
            return {};
        page->deleteLater();
        QNetworkRequest post(QUrl(authorizationUrl.adjusted(QUrl::RemoveQuery)));
        post.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        post.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QUrlQuery form;
        form.addQueryItem(
            QStringLiteral("oauth_token"), item(authorizationUrl, QStringLiteral("oauth_token")));
        form.addQueryItem(QStringLiteral("decision"), decision);
        QNetworkReply *answer = m_network.post(post, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy answered(answer, &QNetworkReply::finished);
        if (!answered.wait(20000))
            return {};
        answer->deleteLater();
        return QUrl::fromEncoded(answer->rawHeader("Location"));
    }

    /// The webhooks of @p type received so far, each checked against its signature.
    QList<QJsonObject> webhooksOf(const QString &type)
    {
        QList<QJsonObject> found;
        for (const auto &received : std::as_const(m_bed->webhooks)) {
            const QJsonObject body = QJsonDocument::fromJson(received.body).object();
            if (body.value(QStringLiteral("type")).toString() != type)
                continue;
            if (!WebhookSignature::verify(received.header(WebhookSignature::headerName()),
                    m_bed->webhookSecretA(), received.body, m_bed->clock().now()))
                continue; // a bad signature does not count
            found << body;
        }
        return found;
    }

    QJsonObject openTokens(const UserConnection &connection)
    {
        QByteArray plain;
        if (!m_bed->sealer().open(connection.sealedTokens, &plain))
            return {};
        return QJsonDocument::fromJson(plain).object();
    }

    int connectionCount()
    {
        return int(ConnectionRepository(m_bed->workspace()).forApplication(m_bed->a().id).size());
    }

    QList<ConnectEvent> eventsOf(const QString &kind)
    {
        QList<ConnectEvent> found;
        for (const ConnectEvent &event : EventRepository(m_bed->workspace()).forApplication(m_bed->a().id)) {
            if (event.kind == kind)
                found << event;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = std::make_unique<ConnectTestBed>();
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->error()));

        // The provider knows the service's callbacks, which exist once it listens.
        m_oidc = std::make_unique<OidcServer>(
            QJsonArray {
                clientRecord(kOidcClient, kOidcSecret,
                    { callbackUrl(QStringLiteral("oidc_test")), callbackUrl(QStringLiteral("oidc_direct")) }),
                clientRecord(kAppClient, kAppSecret, { callbackUrl(QStringLiteral("oidc_app")) }),
            },
            OidcServer::Pkce::Required);
        QVERIFY2(m_oidc->isRunning(), qPrintable(m_oidc->errorMessage()));
        m_oauth1
            = std::make_unique<OAuth1Server>(QMap<QString, QString> { { kConsumerKey, kConsumerSecret } });
        QVERIFY2(m_oauth1->isRunning(), qPrintable(m_oauth1->errorMessage()));

        // Sources with their own credentials, and one whose client is the application's.
        QVERIFY(addSource(oidcSource(QStringLiteral("oidc_test"), kOidcClient)));
        QVERIFY(addSource(oidcSource(QStringLiteral("oidc_direct"), kOidcClient)));
        QVERIFY(addSource(oidcSource(QStringLiteral("oidc_app"), QString())));
        IntegrationSource oauth1;
        oauth1.key = QStringLiteral("oauth1_test");
        oauth1.displayName = QStringLiteral("OAuth 1.0a test");
        oauth1.authType = IntegrationSource::AuthType::OAuth1;
        oauth1.requestTokenUrl = m_oauth1->base() + QStringLiteral("/oauth/request_token");
        oauth1.authUrl = m_oauth1->base() + QStringLiteral("/oauth/authorize");
        oauth1.accessTokenUrl = m_oauth1->base() + QStringLiteral("/oauth/access_token");
        oauth1.apiHostUrl = m_oauth1->base();
        oauth1.pkce = IntegrationSource::PkceMode::Off;
        oauth1.clientId = kConsumerKey;
        oauth1.hasClientSecret = true;
        QVERIFY(addSource(oauth1));

        auto a = ApplicationRepository(m_bed->workspace()).find(m_bed->a().id);
        QVERIFY(a);
        a->sourceKeys << QStringLiteral("oidc_test") << QStringLiteral("oidc_direct")
                      << QStringLiteral("oidc_app") << QStringLiteral("oauth1_test");
        a->credentials.insert(QStringLiteral("oidc_app"), { kAppClient, true });
        QVERIFY(ApplicationRepository(m_bed->workspace()).update(&*a).isOk());

        for (const QString &key : { QStringLiteral("oidc_test"), QStringLiteral("oidc_direct") })
            QVERIFY(m_bed->writeSecret(
                SecretStore::sourceOwner(key), QStringLiteral("client_secret"), kOidcSecret));
        QVERIFY(m_bed->writeSecret(SecretStore::sourceOwner(QStringLiteral("oauth1_test")),
            QStringLiteral("client_secret"), kConsumerSecret));
        // The application's own secret: a wrong one in the keyring, the right
        // one in the environment, which wins.
        const QString appOwner = SecretStore::applicationSourceOwner(a->clientId, QStringLiteral("oidc_app"));
        QVERIFY(m_bed->writeSecret(appOwner, QStringLiteral("client_secret"), QStringLiteral("wrong")));
        qputenv(SecretStore::environmentVariable(appOwner, QStringLiteral("client_secret"))
                    .toLatin1()
                    .constData(),
            kAppSecret.toUtf8());
    }

    void cleanupTestCase()
    {
        m_bed.reset();
        m_oidc.reset();
        m_oauth1.reset();
    }

    void oauth2ThroughALinkToken_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("userId");
        QTest::newRow("the source's own client, secret in the keyring")
            << QStringLiteral("oidc_test") << QStringLiteral("user-e2e");
        QTest::newRow("the application's client, secret from the environment")
            << QStringLiteral("oidc_app") << QStringLiteral("user-app");
    }

    void oauth2ThroughALinkToken()
    {
        QFETCH(QString, source);
        QFETCH(QString, userId);
        m_bed->webhooks.clear();
        const QString token = linkToken(userId, QStringLiteral("ref-42"));
        QVERIFY(!token.isEmpty());
        const QUrl authorization = oauthUrl(token, source);
        QVERIFY(authorization.isValid());
        QCOMPARE(item(authorization, QStringLiteral("code_challenge_method")), QStringLiteral("S256"));

        const OAuthLoginDriver::Result user = login(authorization, source);
        QVERIFY2(user.reachedRedirect, qPrintable(user.error + QString::fromUtf8(user.lastBody.left(500))));
        QVERIFY(!item(user.redirectUrl, QStringLiteral("code")).isEmpty());

        // The browser comes back to the service, which exchanges the code.
        const Got back = get(user.redirectUrl);
        QCOMPARE(back.status, 302);
        QCOMPARE(back.location.adjusted(QUrl::RemoveQuery).toString(), kOk);
        QCOMPARE(item(back.location, QStringLiteral("user_id")), userId);
        QCOMPARE(item(back.location, QStringLiteral("resource")), source);
        QCOMPARE(item(back.location, QStringLiteral("reference_id")), QStringLiteral("ref-42"));
        QVERIFY(!back.location.toString().contains(QStringLiteral("code=")));

        const auto connection
            = ConnectionRepository(m_bed->workspace()).findFor(m_bed->a().id, source, userId);
        QVERIFY(connection);
        QCOMPARE(connection->status, UserConnection::Status::Active);
        QCOMPARE(connection->referenceId, QStringLiteral("ref-42"));
        QVERIFY2(connection->grantedScopes.contains(QStringLiteral("offline_access")),
            qPrintable(connection->grantedScopes));
        QVERIFY(connection->tokenExpiresAt > m_bed->clock().now());
        const QJsonObject tokens = openTokens(*connection);
        const QString accessToken = tokens.value(QStringLiteral("access_token")).toString();
        const QString refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!accessToken.isEmpty());
        QVERIFY(!refreshToken.isEmpty());
        const QByteArray raw = m_bed->rawDatabase();
        QVERIFY(!raw.isEmpty());
        QVERIFY(!raw.contains(accessToken.toUtf8()));
        QVERIFY(!raw.contains(refreshToken.toUtf8()));

        // The application hears of it, signed.
        QTRY_COMPARE_WITH_TIMEOUT(webhooksOf(QStringLiteral("auth")).size(), 1, 20000);
        const QJsonObject hook = webhooksOf(QStringLiteral("auth")).constFirst();
        QCOMPARE(hook.value(QStringLiteral("connection_id")).toString(), connection->id);
        const QJsonObject hookUser = hook.value(QStringLiteral("user")).toObject();
        QCOMPARE(hookUser.value(QStringLiteral("user_id")).toString(), userId);
        QCOMPARE(hookUser.value(QStringLiteral("reference_id")).toString(), QStringLiteral("ref-42"));
        QCOMPARE(hookUser.value(QStringLiteral("provider")).toString(), source);
        QVERIFY(!QJsonDocument(hook).toJson().contains(accessToken.toUtf8()));

        // The same callback again does nothing.
        QTRY_COMPARE_WITH_TIMEOUT(m_bed->service().webhooks()->pendingCount(), 0, 20000);
        const int rows = m_bed->storedRows();
        const Got replay = get(user.redirectUrl);
        QCOMPARE(replay.status, 400);
        QVERIFY(replay.body.contains("already"));
        QCOMPARE(m_bed->storedRows(), rows);
    }

    void oauth2ThroughAWidgetSession()
    {
        m_bed->webhooks.clear();
        const auto created = m_bed->call("POST", QStringLiteral("/v1/widget/session"),
            QJsonDocument(QJsonObject { { QStringLiteral("reference_id"), QStringLiteral("ref-session") },
                              { QStringLiteral("providers"), QJsonArray { QStringLiteral("oidc_test") } },
                              { QStringLiteral("auth_success_redirect_url"), kOk },
                              { QStringLiteral("auth_failure_redirect_url"), kFail } })
                .toJson(),
            { m_bed->basicA() });
        QCOMPARE(created.status, 200);
        const QString sessionId = created.json.value(QStringLiteral("session_id")).toString();

        // What the widget's route does when the user picks the source.
        LinkOrigin origin;
        origin.sessionId = sessionId;
        origin.userId = QStringLiteral("wu_session-user");
        origin.referenceId = QStringLiteral("ref-session");
        const auto application = ApplicationRepository(m_bed->workspace()).find(m_bed->a().id);
        const auto source = SourceRepository(m_bed->workspace()).find(QStringLiteral("oidc_test"));
        QObject receiver;
        QUrl authorization;
        bool answered = false;
        OAuthStarter(m_bed->service().context())
            .start(*application, *source, origin, &receiver, [&](const QUrl &url, const ApiError &error) {
                QVERIFY2(url.isValid(), qPrintable(error.message));
                authorization = url;
                answered = true;
            });
        QTRY_VERIFY(answered);

        const OAuthLoginDriver::Result user = login(authorization, QStringLiteral("oidc_test"));
        QVERIFY2(user.reachedRedirect, qPrintable(user.error));
        const Got back = get(user.redirectUrl);
        QCOMPARE(back.status, 302);
        QCOMPARE(back.location.adjusted(QUrl::RemoveQuery).toString(), kOk);
        QCOMPARE(item(back.location, QStringLiteral("user_id")), QStringLiteral("wu_session-user"));
        QCOMPARE(item(back.location, QStringLiteral("resource")), QStringLiteral("oidc_test"));
        QCOMPARE(item(back.location, QStringLiteral("reference_id")), QStringLiteral("ref-session"));
        QCOMPARE(WidgetSessionRepository(m_bed->workspace()).find(sessionId)->state,
            WidgetSession::State::Completed);
        QTRY_COMPARE_WITH_TIMEOUT(webhooksOf(QStringLiteral("auth")).size(), 1, 20000);
    }

    void deniedConsent()
    {
        m_bed->webhooks.clear();
        const int connections = connectionCount();
        const QUrl authorization = oauthUrl(
            linkToken(QStringLiteral("user-denies"), QStringLiteral("ref-d")), QStringLiteral("oidc_test"));
        const OAuthLoginDriver::Result user
            = login(authorization, QStringLiteral("oidc_test"), OAuthLoginDriver::Consent::Deny);
        QVERIFY2(user.reachedRedirect, qPrintable(user.error));
        QCOMPARE(item(user.redirectUrl, QStringLiteral("error")), QStringLiteral("access_denied"));

        const Got back = get(user.redirectUrl);
        QCOMPARE(back.status, 302);
        QCOMPARE(back.location.adjusted(QUrl::RemoveQuery).toString(), kFail);
        QCOMPARE(item(back.location, QStringLiteral("error")), QStringLiteral("access_denied"));
        QVERIFY(!item(back.location, QStringLiteral("reason")).isEmpty());
        QCOMPARE(item(back.location, QStringLiteral("resource")), QStringLiteral("oidc_test"));
        QCOMPARE(item(back.location, QStringLiteral("reference_id")), QStringLiteral("ref-d"));

        QCOMPARE(connectionCount(), connections);
        QVERIFY(!ConnectionRepository(m_bed->workspace())
                     .findFor(m_bed->a().id, QStringLiteral("oidc_test"), QStringLiteral("user-denies")));
        QVERIFY(!eventsOf(QStringLiteral("auth.failed")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(webhooksOf(QStringLiteral("auth_failure")).size(), 1, 20000);
        const QJsonObject hook = webhooksOf(QStringLiteral("auth_failure")).constFirst();
        QCOMPARE(hook.value(QStringLiteral("error")).toString(), QStringLiteral("access_denied"));
        QCOMPARE(hook.value(QStringLiteral("user")).toObject().value(QStringLiteral("user_id")).toString(),
            QStringLiteral("user-denies"));
        QVERIFY(webhooksOf(QStringLiteral("auth")).isEmpty());
    }

    void oauth1_data()
    {
        QTest::addColumn<QString>("decision");
        QTest::newRow("allowed") << QStringLiteral("allow");
        QTest::newRow("denied") << QStringLiteral("deny");
    }

    void oauth1()
    {
        QFETCH(QString, decision);
        const bool allow = decision == QLatin1String("allow");
        m_bed->webhooks.clear();
        const QString userId = QStringLiteral("user-oauth1-") + decision;
        const int connections = connectionCount();

        const QUrl authorization = oauthUrl(linkToken(userId), QStringLiteral("oauth1_test"));
        QVERIFY(authorization.isValid());
        QVERIFY(authorization.toString().startsWith(m_oauth1->base() + QStringLiteral("/oauth/authorize")));
        const QString requestToken = item(authorization, QStringLiteral("oauth_token"));
        QVERIFY(!requestToken.isEmpty());
        QVERIFY(!m_bed->rawDatabase().contains(requestToken.toUtf8()));

        const QUrl callback = decide(authorization, decision);
        QVERIFY2(callback.toString().startsWith(callbackUrl(QStringLiteral("oauth1_test"))),
            qPrintable(callback.toString()));
        const Got back = get(callback);
        QCOMPARE(back.status, 302);
        const auto connection = ConnectionRepository(m_bed->workspace())
                                    .findFor(m_bed->a().id, QStringLiteral("oauth1_test"), userId);
        if (allow) {
            QCOMPARE(back.location.adjusted(QUrl::RemoveQuery).toString(), kOk);
            QCOMPARE(item(back.location, QStringLiteral("user_id")), userId);
            QCOMPARE(item(back.location, QStringLiteral("resource")), QStringLiteral("oauth1_test"));
            QVERIFY(QUrlQuery(back.location).hasQueryItem(QStringLiteral("reference_id")));
            QVERIFY(connection);
            QCOMPARE(connection->status, UserConnection::Status::Active);
            const QJsonObject tokens = openTokens(*connection);
            const QString accessToken = tokens.value(QStringLiteral("oauth_token")).toString();
            QVERIFY(!accessToken.isEmpty());
            QVERIFY(accessToken != requestToken);
            QVERIFY(!tokens.value(QStringLiteral("oauth_token_secret")).toString().isEmpty());
            QVERIFY(!m_bed->rawDatabase().contains(accessToken.toUtf8()));
            QTRY_COMPARE_WITH_TIMEOUT(webhooksOf(QStringLiteral("auth")).size(), 1, 20000);
        } else {
            QCOMPARE(back.location.adjusted(QUrl::RemoveQuery).toString(), kFail);
            QCOMPARE(item(back.location, QStringLiteral("error")), QStringLiteral("access_denied"));
            QVERIFY(!connection);
            QCOMPARE(connectionCount(), connections);
            QTRY_COMPARE_WITH_TIMEOUT(webhooksOf(QStringLiteral("auth_failure")).size(), 1, 20000);
            QVERIFY(webhooksOf(QStringLiteral("auth")).isEmpty());
        }
        // Used up either way.
        QCOMPARE(get(callback).status, 400);
    }

    void badCallbacks_data()
    {
        QTest::addColumn<QString>("query"); // {state}: the state of a fresh authorization of oidc_test
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("minutesLater");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("no state") << QStringLiteral("code=abc") << QStringLiteral("oidc_test") << 0
                                  << QByteArray("MISSING_STATE");
        QTest::newRow("nothing at all")
            << QString() << QStringLiteral("oidc_test") << 0 << QByteArray("MISSING_STATE");
        QTest::newRow("unknown state") << QStringLiteral("code=abc&state=forged")
                                       << QStringLiteral("oidc_test") << 0 << QByteArray("UNKNOWN_STATE");
        QTest::newRow("another source's state")
            << QStringLiteral("code=abc&state={state}") << QStringLiteral("oidc_direct") << 0
            << QByteArray("UNKNOWN_STATE");
        QTest::newRow("unknown request token")
            << QStringLiteral("oauth_token=forged&oauth_verifier=v") << QStringLiteral("oauth1_test") << 0
            << QByteArray("UNKNOWN_STATE");
        QTest::newRow("expired state") << QStringLiteral("code=abc&state={state}")
                                       << QStringLiteral("oidc_test") << 31 << QByteArray("STATE_EXPIRED");
    }

    void badCallbacks()
    {
        QFETCH(QString, query);
        QFETCH(QString, source);
        QFETCH(int, minutesLater);
        QFETCH(QByteArray, says);
        const QUrl authorization
            = oauthUrl(linkToken(QStringLiteral("user-bad")), QStringLiteral("oidc_test"));
        QVERIFY(authorization.isValid());
        const QString state = item(authorization, QStringLiteral("state"));
        query.replace(QStringLiteral("{state}"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
        m_bed->clock().advance(std::chrono::minutes(minutesLater));
        QTRY_COMPARE_WITH_TIMEOUT(m_bed->service().webhooks()->pendingCount(), 0, 20000);
        const int rows = m_bed->storedRows();
        const Got page = get(
            QStringLiteral("/callback/") + source + (query.isEmpty() ? QString() : QLatin1Char('?') + query));
        QCOMPARE(page.status, 400);
        QVERIFY2(page.body.contains(says), page.body.constData());
        QVERIFY(page.body.startsWith("<!doctype html>"));
        QCOMPARE(m_bed->storedRows(), rows);
    }

    void directConnectAndRevoke()
    {
        m_bed->webhooks.clear();
        const QString userId = QStringLiteral("user-direct");
        const QString token = linkToken(userId);
        const QString redirect = QString::fromLatin1(QUrl::toPercentEncoding(kOk));
        const QString query
            = QStringLiteral("?token=%1&dataSource=oidc_direct&redirect_uri=%2").arg(token, redirect);

        // Straight to the provider.
        const Got start = get(QStringLiteral("/connect/direct") + query);
        QCOMPARE(start.status, 302);
        QVERIFY(start.location.toString().startsWith(m_oidc->issuer() + QStringLiteral("/auth")));
        const OAuthLoginDriver::Result user = login(start.location, QStringLiteral("oidc_direct"));
        QVERIFY2(user.reachedRedirect, qPrintable(user.error));
        const Got back = get(user.redirectUrl);
        QCOMPARE(back.status, 302);
        QCOMPARE(back.location.path(), QStringLiteral("/connect/result"));
        QCOMPARE(item(back.location, QStringLiteral("connected")), QStringLiteral("true"));
        const Got result = get(back.location);
        QCOMPARE(result.status, 302);
        QCOMPARE(result.location.toString(), kOk + QStringLiteral("?connected=true"));

        const auto connected = ConnectionRepository(m_bed->workspace())
                                   .findFor(m_bed->a().id, QStringLiteral("oidc_direct"), userId);
        QVERIFY(connected);
        QCOMPARE(connected->status, UserConnection::Status::Active);
        const QString refreshToken = openTokens(*connected).value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!refreshToken.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(webhooksOf(QStringLiteral("auth")).size(), 1, 20000);

        // A plain GET revokes: at the provider (RFC 7009) and here.
        const Got revoke = get(QStringLiteral("/connect/revoke") + query);
        QCOMPARE(revoke.status, 302);
        QCOMPARE(item(revoke.location, QStringLiteral("connected")), QStringLiteral("false"));
        const Got revoked = get(revoke.location);
        QCOMPARE(revoked.status, 302);
        QCOMPARE(revoked.location.toString(), kOk + QStringLiteral("?connected=false"));
        const auto after = ConnectionRepository(m_bed->workspace())
                               .findFor(m_bed->a().id, QStringLiteral("oidc_direct"), userId);
        QVERIFY(after);
        QCOMPARE(after->status, UserConnection::Status::Revoked);
        QVERIFY(after->sealedTokens.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(webhooksOf(QStringLiteral("deauth")).size(), 1, 20000);
        QVERIFY(webhooksOf(QStringLiteral("deauth"))
                    .constFirst()
                    .value(QStringLiteral("provider_revoked"))
                    .toBool());
        const QList<ConnectEvent> deauth = eventsOf(QStringLiteral("deauth"));
        QVERIFY(!deauth.isEmpty());
        QVERIFY(deauth.constLast().detail.value(QStringLiteral("provider_revoked")).toBool());

        // The provider no longer honours the refresh token.
        const auto source = SourceRepository(m_bed->workspace()).find(QStringLiteral("oidc_direct"));
        TokenClient client(&m_network);
        QSignalSpy refreshed(&client, &TokenClient::refreshed);
        client.refresh(*source, { kOidcClient, kOidcSecret }, refreshToken);
        QVERIFY(refreshed.wait(20000));
        const TokenResponse refused = refreshed.constFirst().at(1).value<TokenResponse>();
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, QStringLiteral("invalid_grant"));

        // Revoking again: nothing left to do, still not connected.
        const Got again = get(QStringLiteral("/connect/revoke") + query);
        QCOMPARE(again.status, 302);
        QCOMPARE(item(again.location, QStringLiteral("connected")), QStringLiteral("false"));
        QCOMPARE(eventsOf(QStringLiteral("deauth")).size(), deauth.size());
    }

    void directConnectErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query"); // {token}: a valid link token of A
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        const QString direct = QStringLiteral("/connect/direct");
        const QString revoke = QStringLiteral("/connect/revoke");
        QTest::newRow("no token") << direct << QStringLiteral("dataSource=oidc_test") << 400
                                  << QByteArray("MISSING_LINK_TOKEN");
        QTest::newRow("unknown token") << direct << QStringLiteral("token=lt_forged&dataSource=oidc_test")
                                       << 401 << QByteArray("INVALID_REQUEST");
        QTest::newRow("revoke, unknown token")
            << revoke << QStringLiteral("token=lt_forged&dataSource=oidc_test") << 401
            << QByteArray("INVALID_REQUEST");
        QTest::newRow("redirect not on the list")
            << direct
            << QStringLiteral("token={token}&dataSource=oidc_test&redirect_uri=https%3A%2F%2Fevil.example%2F")
            << 400 << QByteArray("INVALID_REDIRECT_URL");
        QTest::newRow("no source") << direct << QStringLiteral("token={token}") << 400
                                   << QByteArray("INVALID_PROVIDER");
        QTest::newRow("unknown source") << direct << QStringLiteral("token={token}&dataSource=nope") << 400
                                        << QByteArray("INVALID_PROVIDER");
        QTest::newRow("another app's source") << direct << QStringLiteral("token={token}&dataSource=whoop")
                                              << 400 << QByteArray("INVALID_PROVIDER");
        QTest::newRow("a password source") << direct << QStringLiteral("token={token}&dataSource=pw_test")
                                           << 400 << QByteArray("INVALID_PROVIDER");
        QTest::newRow("result to a URL not on the list")
            << QStringLiteral("/connect/result")
            << QStringLiteral("connected=true&client_id={client}&redirect_uri=https%3A%2F%2Fevil.example%2F")
            << 400 << QByteArray("INVALID_REDIRECT_URL");
    }

    void directConnectErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        query.replace(QStringLiteral("{token}"), linkToken(QStringLiteral("user-direct-bad")));
        query.replace(QStringLiteral("{client}"), m_bed->a().clientId);
        QTRY_COMPARE_WITH_TIMEOUT(m_bed->service().webhooks()->pendingCount(), 0, 20000);
        const int rows = m_bed->storedRows();
        const Got page = get(path + QLatin1Char('?') + query);
        QCOMPARE(page.status, status);
        QVERIFY(page.location.isEmpty());
        QVERIFY2(page.body.contains(code), page.body.constData());
        QCOMPARE(m_bed->storedRows(), rows);
    }

    void linkTokenRedirectsMustBeOnTheList_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("redirect_url") << QStringLiteral("redirect_url");
        QTest::newRow("failure_redirect_url") << QStringLiteral("failure_redirect_url");
    }

    void linkTokenRedirectsMustBeOnTheList()
    {
        QFETCH(QString, field);
        QTRY_COMPARE_WITH_TIMEOUT(m_bed->service().webhooks()->pendingCount(), 0, 20000);
        const int rows = m_bed->storedRows();
        const auto answer = m_bed->call("POST", QStringLiteral("/v1/link/token"),
            QJsonDocument(QJsonObject { { QStringLiteral("user_id"), QStringLiteral("u") },
                              { field, QStringLiteral("https://evil.example/") } })
                .toJson(),
            { m_bed->basicA() });
        QCOMPARE(answer.status, 400);
        QCOMPARE(
            answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_REDIRECT_URL"));
        QCOMPARE(m_bed->storedRows(), rows);
    }

    void linkTokenWithoutRedirectEndsOnAPage()
    {
        const auto answer = m_bed->call("POST", QStringLiteral("/v1/link/token"),
            QJsonDocument(QJsonObject { { QStringLiteral("user_id"), QStringLiteral("user-page") } })
                .toJson(),
            { m_bed->basicA() });
        const QString token = answer.json.value(QStringLiteral("link_token")).toString();
        const OAuthLoginDriver::Result user
            = login(oauthUrl(token, QStringLiteral("oidc_test")), QStringLiteral("oidc_test"));
        QVERIFY2(user.reachedRedirect, qPrintable(user.error));
        const Got back = get(user.redirectUrl);
        QCOMPARE(back.status, 200);
        QVERIFY(back.body.startsWith("<!doctype html>"));
        QVERIFY(back.body.contains("OIDC oidc_test"));
        QVERIFY(ConnectionRepository(m_bed->workspace())
                    .findFor(m_bed->a().id, QStringLiteral("oidc_test"), QStringLiteral("user-page")));
    }

    void popupSpecialToken()
    {
        SpecialTokenIssuer issuer(m_bed->service().context());
        const SpecialTokenIssuing::Issued issued
            = issuer.issue(m_bed->a(), QStringLiteral("client-user-1"), QString(), QString());
        QVERIFY2(!issued.token.isEmpty(), qPrintable(issued.error.message));
        QVERIFY(issued.expiresAt > m_bed->clock().now());
        QVERIFY(!m_bed->rawDatabase().contains(issued.token.toUtf8()));
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("special_token"), issued.token } }).toJson();

        // Only the application it was issued to, with its secret.
        const auto wrongSecret = m_bed->call("POST", QStringLiteral("/v1/auth/token"), body,
            { ConnectTestBed::basic(m_bed->a().clientId, QStringLiteral("not-the-secret")) });
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(
            wrongSecret.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_CLIENT"));
        const auto otherApp
            = m_bed->call("POST", QStringLiteral("/v1/auth/token"), body, { m_bed->basicB() });
        QCOMPARE(otherApp.status, 401);
        QCOMPARE(otherApp.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_REQUEST"));

        const auto exchanged
            = m_bed->call("POST", QStringLiteral("/v1/auth/token"), body, { m_bed->basicA() });
        QCOMPARE(exchanged.status, 200);
        QCOMPARE(
            exchanged.json.value(QStringLiteral("userCode")).toString(), QStringLiteral("client-user-1"));
        const QString accessToken = exchanged.json.value(QStringLiteral("accessToken")).toString();
        QVERIFY(accessToken.size() >= 40);
        QVERIFY(!m_bed->rawDatabase().contains(accessToken.toUtf8()));

        // Single use.
        const auto replay = m_bed->call("POST", QStringLiteral("/v1/auth/token"), body, { m_bed->basicA() });
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_REQUEST"));

        // The access token reads that user's connections.
        const auto mine = m_bed->call("GET", QStringLiteral("/v1/connections"), {},
            { { QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8() } });
        QCOMPARE(mine.status, 200);
        QVERIFY(mine.json.value(QStringLiteral("connections")).isArray());
        const auto forged = m_bed->call("GET", QStringLiteral("/v1/connections"), {},
            { { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer uat_forged") } });
        QCOMPARE(forged.status, 401);
        QCOMPARE(forged.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_REQUEST"));

        // Expired, and missing.
        const SpecialTokenIssuing::Issued late
            = issuer.issue(m_bed->a(), QStringLiteral("client-user-2"), QString(), QString());
        m_bed->clock().advance(11min);
        const auto expired = m_bed->call("POST", QStringLiteral("/v1/auth/token"),
            QJsonDocument(QJsonObject { { QStringLiteral("specialToken"), late.token } }).toJson(),
            { m_bed->basicA() });
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_REQUEST"));
        const auto missing
            = m_bed->call("POST", QStringLiteral("/v1/auth/token"), QByteArray("{}"), { m_bed->basicA() });
        QCOMPARE(missing.status, 400);
        QCOMPARE(issuer.issue(m_bed->a(), QStringLiteral("not a valid id!"), QString(), QString()).error.code,
            QStringLiteral("INVALID_USER_ID"));
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
