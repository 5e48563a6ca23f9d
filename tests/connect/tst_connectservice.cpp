#include "CommitBatcher.h"
#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "ConnectTestBed.h"
#include "ConnectionRepository.h"
#include "EventRepository.h"
#include "LinkTokenRepository.h"
#include "OAuthStateRepository.h"
#include "OpaqueToken.h"
#include "Pkce.h"
#include "StoredTime.h"
#include "WebhookDeliveryRepository.h"
#include "WebhookSender.h"
#include "WebhookSignature.h"
#include "WidgetSessionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace {

// Who a request authenticates as.
enum class Auth { None, A, B, WrongSecret, UnknownClient, SecretOfB };

QByteArray oversized()
{
    return "{\"reference_id\":\"" + QByteArray(64 * 1024, 'x') + "\"}";
}

} // namespace

Q_DECLARE_METATYPE(Auth)

/// The connect service over real HTTP on loopback: every endpoint and
/// every typed error, expiry on a manual clock, isolation between
/// applications, and what it stores (and does not) on the way.
class TestConnectService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectTestBed> m_bed;

    QList<QPair<QByteArray, QByteArray>> headersFor(Auth auth) const
    {
        switch (auth) {
        case Auth::None:
            return {};
        case Auth::A:
            return { m_bed->basicA() };
        case Auth::B:
            return { m_bed->basicB() };
        case Auth::WrongSecret:
            return { ConnectTestBed::basic(m_bed->a().clientId, QStringLiteral("not-the-secret")) };
        case Auth::UnknownClient:
            return { ConnectTestBed::basic(QStringLiteral("ld_000000000000000000000000"), m_bed->secretA()) };
        case Auth::SecretOfB:
            return { ConnectTestBed::basic(m_bed->a().clientId, m_bed->secretB()) };
        }
        return {};
    }

    ConnectTestBed::Answer post(const QString &path, const QJsonObject &body, Auth auth = Auth::None)
    {
        return m_bed->call(
            "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headersFor(auth));
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<ConnectTestBed>();
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->error()));
    }

    void cleanup()
    {
        // A webhook may still be on its way; its keyring read must not
        // outlive the keyring client.
        QTRY_COMPARE_WITH_TIMEOUT(m_bed->service().webhooks()->pendingCount(), 0, 20000);
        m_bed.reset();
    }

    void health()
    {
        const auto answer = m_bed->call("GET", QStringLiteral("/v1/health"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(answer.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(m_bed->service().baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_bed->service().port() != 0);
    }

    void unknownPathsAnswer404Json()
    {
        const auto answer = m_bed->call("GET", QStringLiteral("/v1/nothing-here"));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("NOT_FOUND"));
    }

    /// Sends @p count session requests of A at once; @p answers gets their
    /// statuses and bodies, in any order (none where one did not finish).
    void createSessionsAtOnce(int count, QList<QPair<int, QJsonObject>> *answers)
    {
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < count; ++i) {
            QNetworkRequest request(
                m_bed->service().baseUrl().resolved(QUrl(QStringLiteral("/v1/widget/session"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader(m_bed->basicA().first, m_bed->basicA().second);
            replies << network.post(request,
                QJsonDocument(
                    QJsonObject { { QStringLiteral("reference_id"), QStringLiteral("user-%1").arg(i) } })
                    .toJson(QJsonDocument::Compact));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                     [](QNetworkReply *reply) { return reply->isFinished(); }),
            20000);
        for (QNetworkReply *reply : std::as_const(replies)) {
            *answers << qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object());
            delete reply;
        }
    }

    void sessionsCreatedTogetherAreAllStored()
    {
        QSignalSpy batches(m_bed->service().context().commits(), &CommitBatcher::batchFinished);
        QList<QPair<int, QJsonObject>> answers;
        createSessionsAtOnce(12, &answers);
        QCOMPARE(answers.size(), 12);
        QSet<QString> ids;
        for (const auto &[status, json] : answers) {
            QCOMPARE(status, 200);
            const QString id = json.value(QStringLiteral("session_id")).toString();
            // Answered only once stored.
            QVERIFY2(WidgetSessionRepository(m_bed->workspace()).find(id), qPrintable(id));
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 12);
        int written = 0;
        for (const QList<QVariant> &batch : std::as_const(batches)) {
            QVERIFY(batch.at(1).toBool());
            written += batch.at(0).toInt();
        }
        QCOMPARE(written, 12);
    }

    void aFailedCommitAnswersEveryRequestOfItsBatch()
    {
        // Every commit that holds a new session fails (a deferred key, checked at COMMIT).
        QSqlQuery query(m_bed->workspace().database());
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE doomed (x INTEGER REFERENCES applications(id) DEFERRABLE INITIALLY DEFERRED)")));
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER doom AFTER INSERT ON widget_sessions BEGIN INSERT "
                                          "INTO doomed VALUES (999999); END")));
        const int before = m_bed->storedRows();
        QSignalSpy events(&m_bed->service(), &ConnectService::eventRecorded);
        QList<QPair<int, QJsonObject>> answers;
        createSessionsAtOnce(6, &answers);
        QCOMPARE(answers.size(), 6);
        for (const auto &[status, json] : answers) {
            QCOMPARE(status, 500);
            QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("INTERNAL_ERROR"));
        }
        QCOMPARE(m_bed->storedRows(), before);
        QCOMPARE(events.size(), 0); // nothing announced that was not stored
    }

    void widgetSessionIsCreated()
    {
        QSignalSpy events(&m_bed->service(), &ConnectService::eventRecorded);
        const auto answer = post(QStringLiteral("/v1/widget/session"),
            { { QStringLiteral("reference_id"), QStringLiteral("dev-user-7") },
                { QStringLiteral("providers"),
                    QJsonArray { QStringLiteral("OURA"), QStringLiteral("pw_test") } },
                { QStringLiteral("language"), QStringLiteral("de") },
                { QStringLiteral("auth_success_redirect_url"), QStringLiteral("https://a.example/ok") },
                { QStringLiteral("auth_failure_redirect_url"), QStringLiteral("https://a.example/fail") } },
            Auth::A);
        QCOMPARE(answer.status, 200);
        const QString sessionId = answer.json.value(QStringLiteral("session_id")).toString();
        QVERIFY(sessionId.startsWith(QLatin1String("ws_")));
        QCOMPARE(answer.json.value(QStringLiteral("url")).toString(),
            m_bed->service().baseUrl().toString() + QStringLiteral("/widget/") + sessionId);
        QCOMPARE(answer.json.value(QStringLiteral("expires_at")).toString(),
            StoredTime::format(m_bed->clock().now().addSecs(3600)));
        QCOMPARE(answer.json.size(), 3);

        const auto stored = WidgetSessionRepository(m_bed->workspace()).find(sessionId);
        QVERIFY(stored);
        QCOMPARE(stored->applicationId, m_bed->a().id);
        QCOMPARE(stored->referenceId, QStringLiteral("dev-user-7"));
        QCOMPARE(stored->providers, (QStringList { QStringLiteral("oura"), QStringLiteral("pw_test") }));
        QCOMPARE(stored->language, QStringLiteral("de"));
        QCOMPARE(stored->failureRedirectUrl, QStringLiteral("https://a.example/fail"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().at(1).toString(), QStringLiteral("session.created"));
        QCOMPARE(events.constFirst().at(2).toString(), sessionId);
        const QList<ConnectEvent> logged = EventRepository(m_bed->workspace()).forSession(sessionId);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.constFirst().id, events.constFirst().at(0).toLongLong());
        QCOMPARE(logged.constFirst().detail,
            (QJsonObject { { QStringLiteral("reference_id"), QStringLiteral("dev-user-7") },
                { QStringLiteral("providers"),
                    QJsonArray { QStringLiteral("oura"), QStringLiteral("pw_test") } },
                { QStringLiteral("language"), QStringLiteral("de") } }));

        // What the widget reads.
        const auto shown = m_bed->call("GET", QStringLiteral("/v1/widget/session/") + sessionId);
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.json.value(QStringLiteral("application")).toString(), QStringLiteral("App A"));
        QCOMPARE(shown.json.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        const QJsonArray providers = shown.json.value(QStringLiteral("providers")).toArray();
        QCOMPARE(providers.size(), 2);
        QCOMPARE(providers.at(0)[QLatin1String("key")].toString(), QStringLiteral("oura"));
        QCOMPARE(providers.at(1)[QLatin1String("auth_type")].toString(), QStringLiteral("password"));
    }

    void widgetSessionDefaults()
    {
        const auto answer = post(QStringLiteral("/v1/widget/session"), {}, Auth::A);
        QCOMPARE(answer.status, 200);
        const auto stored = WidgetSessionRepository(m_bed->workspace())
                                .find(answer.json.value(QStringLiteral("session_id")).toString());
        QVERIFY(stored);
        QCOMPARE(stored->language, QStringLiteral("en"));
        // Every source A may use now: the disabled one is left out.
        QVERIFY(stored->providers.contains(QStringLiteral("oura")));
        QVERIFY(stored->providers.contains(QStringLiteral("mail_open")));
        QVERIFY(!stored->providers.contains(QStringLiteral("strava")));
        QVERIFY(!stored->providers.contains(QStringLiteral("whoop")));
    }

    void widgetSessionErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Auth>("auth");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray good = "{\"providers\":[\"oura\"]}";
        QTest::newRow("no credentials") << good << Auth::None << 401 << QStringLiteral("INVALID_CLIENT");
        QTest::newRow("wrong secret") << good << Auth::WrongSecret << 401 << QStringLiteral("INVALID_CLIENT");
        QTest::newRow("unknown client")
            << good << Auth::UnknownClient << 401 << QStringLiteral("INVALID_CLIENT");
        QTest::newRow("another app's secret")
            << good << Auth::SecretOfB << 401 << QStringLiteral("INVALID_CLIENT");
        QTest::newRow("success URL not listed")
            << QByteArray("{\"auth_success_redirect_url\":\"https://evil.example/ok\"}") << Auth::A << 400
            << QStringLiteral("INVALID_REDIRECT_URL");
        QTest::newRow("success URL extended")
            << QByteArray("{\"auth_success_redirect_url\":\"https://a.example/ok/more\"}") << Auth::A << 400
            << QStringLiteral("INVALID_REDIRECT_URL");
        QTest::newRow("failure URL of another app")
            << QByteArray("{\"auth_failure_redirect_url\":\"https://b.example/ok\"}") << Auth::A << 400
            << QStringLiteral("INVALID_REDIRECT_URL");
        QTest::newRow("unknown provider") << QByteArray("{\"providers\":[\"oura\",\"nope\"]}") << Auth::A
                                          << 400 << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("disabled provider") << QByteArray("{\"providers\":[\"strava\"]}") << Auth::A << 400
                                           << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("another app's provider") << QByteArray("{\"providers\":[\"whoop\"]}") << Auth::A << 400
                                                << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("providers not a list") << QByteArray("{\"providers\":\"oura\"}") << Auth::A << 400
                                              << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("unknown language")
            << QByteArray("{\"language\":\"fr\"}") << Auth::A << 400 << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("reference not text")
            << QByteArray("{\"reference_id\":7}") << Auth::A << 400 << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("malformed JSON")
            << QByteArray("{\"providers\":[\"oura\"") << Auth::A << 400 << QStringLiteral("INVALID_JSON");
        QTest::newRow("JSON array") << QByteArray("[\"oura\"]") << Auth::A << 400
                                    << QStringLiteral("INVALID_JSON");
        QTest::newRow("oversized") << oversized() << Auth::A << 413 << QStringLiteral("BODY_TOO_LARGE");
        QTest::newRow("oversized, no credentials")
            << oversized() << Auth::None << 413 << QStringLiteral("BODY_TOO_LARGE");
    }

    void widgetSessionErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(Auth, auth);
        QFETCH(int, status);
        QFETCH(QString, code);
        const int before = m_bed->storedRows();
        const auto answer = m_bed->call("POST", QStringLiteral("/v1/widget/session"), body, headersFor(auth));
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), code);
        QVERIFY(!answer.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_bed->storedRows(), before);
        if (code == QLatin1String("INVALID_CLIENT"))
            QVERIFY(answer.header("WWW-Authenticate").startsWith("Basic"));
    }

    void widgetSessionsExpire()
    {
        const auto created = post(QStringLiteral("/v1/widget/session"), {}, Auth::A);
        const QString path = QStringLiteral("/v1/widget/session/")
            + created.json.value(QStringLiteral("session_id")).toString();
        QCOMPARE(m_bed->call("GET", path).status, 200);
        m_bed->clock().advance(59min + 59s);
        QCOMPARE(m_bed->call("GET", path).status, 200);
        m_bed->clock().advance(1s);
        const auto expired = m_bed->call("GET", path);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_REQUEST"));
        const auto unknown = m_bed->call("GET", QStringLiteral("/v1/widget/session/ws_unknown"));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_REQUEST"));
    }

    void lifetimesAreConfigurable()
    {
        ConnectSettings settings = ConnectTestBed::defaultSettings();
        settings.sessionLifetime = 5min;
        settings.linkTokenLifetime = 2min;
        QVERIFY2(m_bed->restartService(settings), qPrintable(m_bed->error()));
        const auto session = post(QStringLiteral("/v1/widget/session"), {}, Auth::A);
        QCOMPARE(session.json.value(QStringLiteral("expires_at")).toString(),
            StoredTime::format(m_bed->clock().now().addSecs(300)));
        const auto token = post(QStringLiteral("/v1/link/token"),
            { { QStringLiteral("user_id"), QStringLiteral("u1") } }, Auth::A);
        QCOMPARE(token.json.value(QStringLiteral("expires_at")).toString(),
            StoredTime::format(m_bed->clock().now().addSecs(120)));
        const QJsonObject body { { QStringLiteral("link_token"),
            token.json.value(QStringLiteral("link_token")) } };
        QCOMPARE(post(QStringLiteral("/v1/link/provider/oauth/oura"), body).status, 200);
        m_bed->clock().advance(2min);
        QCOMPARE(post(QStringLiteral("/v1/link/provider/oauth/oura"), body).status, 401);
    }

    void linkTokenIsCreatedAndStoredHashed()
    {
        const auto answer = post(QStringLiteral("/v1/link/token"),
            { { QStringLiteral("user_id"), QStringLiteral("user-1") },
                { QStringLiteral("filter_on_providers"),
                    QJsonArray { QStringLiteral("oura"), QStringLiteral("pw_test") } } },
            Auth::A);
        QCOMPARE(answer.status, 200);
        const QString token = answer.json.value(QStringLiteral("link_token")).toString();
        QVERIFY(token.size() > 40);
        QCOMPARE(answer.json.value(QStringLiteral("expires_at")).toString(),
            StoredTime::format(m_bed->clock().now().addSecs(3600)));
        const auto stored = LinkTokenRepository(m_bed->workspace()).findByHash(OpaqueToken::hash(token));
        QVERIFY(stored);
        QCOMPARE(stored->userId, QStringLiteral("user-1"));
        QCOMPARE(stored->applicationId, m_bed->a().id);
        QCOMPARE(stored->providers, (QStringList { QStringLiteral("oura"), QStringLiteral("pw_test") }));
        QVERIFY(!m_bed->rawDatabase().contains(token.toUtf8()));
    }

    void expiredTokensArePurged()
    {
        const QString token = m_bed->linkToken(true, QStringLiteral("user-1"));
        QCOMPARE(
            post(QStringLiteral("/v1/link/provider/oauth/oura"), { { QStringLiteral("link_token"), token } })
                .status,
            200);
        QCOMPARE(m_bed->service().purgeExpired(), 0);
        m_bed->clock().advance(30min);
        QCOMPARE(m_bed->service().purgeExpired(), 1); // the authorization
        m_bed->clock().advance(30min);
        QCOMPARE(m_bed->service().purgeExpired(), 1); // the link token
        QVERIFY(!LinkTokenRepository(m_bed->workspace()).findByHash(OpaqueToken::hash(token)));
    }

    void linkTokenErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Auth>("auth");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no credentials")
            << QByteArray("{\"user_id\":\"u\"}") << Auth::None << 401 << QStringLiteral("INVALID_CLIENT");
        QTest::newRow("wrong secret") << QByteArray("{\"user_id\":\"u\"}") << Auth::WrongSecret << 401
                                      << QStringLiteral("INVALID_CLIENT");
        QTest::newRow("no user") << QByteArray("{}") << Auth::A << 400 << QStringLiteral("INVALID_USER_ID");
        QTest::newRow("empty body") << QByteArray() << Auth::A << 400 << QStringLiteral("INVALID_USER_ID");
        QTest::newRow("user with a space") << QByteArray("{\"user_id\":\"ada lovelace\"}") << Auth::A << 400
                                           << QStringLiteral("INVALID_USER_ID");
        QTest::newRow("user not text")
            << QByteArray("{\"user_id\":42}") << Auth::A << 400 << QStringLiteral("INVALID_USER_ID");
        QTest::newRow("unknown provider")
            << QByteArray("{\"user_id\":\"u\",\"filter_on_providers\":[\"nope\"]}") << Auth::A << 400
            << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("another app's provider")
            << QByteArray("{\"user_id\":\"u\",\"filter_on_providers\":[\"whoop\"]}") << Auth::A << 400
            << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("filter not a list") << QByteArray("{\"user_id\":\"u\",\"filter_on_providers\":{}}")
                                           << Auth::A << 400 << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("malformed JSON")
            << QByteArray("{\"user_id\":") << Auth::A << 400 << QStringLiteral("INVALID_JSON");
        QTest::newRow("oversized") << oversized() << Auth::A << 413 << QStringLiteral("BODY_TOO_LARGE");
    }

    void linkTokenErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(Auth, auth);
        QFETCH(int, status);
        QFETCH(QString, code);
        const int before = m_bed->storedRows();
        const auto answer = m_bed->call("POST", QStringLiteral("/v1/link/token"), body, headersFor(auth));
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), code);
        QVERIFY(!answer.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_bed->storedRows(), before);
    }

    void oauthUrl_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("inHeader");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("pkce");
        QTest::newRow("oura, token in body")
            << QStringLiteral("oura") << false << QStringLiteral("a-oura-client") << false;
        QTest::newRow("fitbit with PKCE, token in header")
            << QStringLiteral("fitbit") << true << QStringLiteral("a-fitbit-client") << true;
    }

    void oauthUrl()
    {
        QFETCH(QString, source);
        QFETCH(bool, inHeader);
        QFETCH(QString, clientId);
        QFETCH(bool, pkce);
        const QString token = m_bed->linkToken(true, QStringLiteral("user-9"));
        QVERIFY(!token.isEmpty());
        const QString path = QStringLiteral("/v1/link/provider/oauth/") + source;
        const auto answer = inHeader
            ? m_bed->call("POST", path, {}, { { QByteArrayLiteral("X-Link-Token"), token.toUtf8() } })
            : post(path, { { QStringLiteral("link_token"), token } });
        QCOMPARE(answer.status, 200);
        const QUrl url(answer.json.value(QStringLiteral("oauth_url")).toString(), QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), clientId);
        const QString redirectUri = query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        QCOMPARE(redirectUri, m_bed->service().baseUrl().toString() + QStringLiteral("/callback/") + source);
        const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QVERIFY(state.size() >= 43);
        QCOMPARE(query.hasQueryItem(QStringLiteral("code_challenge")), pkce);

        // The state is kept hashed; the verifier sealed, and it matches the challenge.
        const auto stored = OAuthStateRepository(m_bed->workspace()).findByHash(OpaqueToken::hash(state));
        QVERIFY(stored);
        QCOMPARE(stored->applicationId, m_bed->a().id);
        QCOMPARE(stored->sourceKey, source);
        QCOMPARE(stored->userId, QStringLiteral("user-9"));
        QCOMPARE(stored->linkTokenHash, OpaqueToken::hash(token));
        QCOMPARE(stored->redirectUri, redirectUri);
        QCOMPARE(stored->expiresAt, m_bed->clock().now().addSecs(30 * 60));
        QCOMPARE(stored->sealedVerifier.isEmpty(), !pkce);
        QVERIFY(!m_bed->rawDatabase().contains(state.toUtf8()));
        if (pkce) {
            QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
            QByteArray verifier;
            QVERIFY(m_bed->sealer().open(stored->sealedVerifier, &verifier));
            QCOMPARE(Pkce::challenge(QString::fromLatin1(verifier), IntegrationSource::PkceMode::S256),
                query.queryItemValue(QStringLiteral("code_challenge")));
        }
        const QList<ConnectEvent> events = EventRepository(m_bed->workspace()).forApplication(m_bed->a().id);
        QCOMPARE(events.constLast().kind, QStringLiteral("oauth.started"));
    }

    void linkProviderErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body"); // {token}: a valid link token of A
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<int>("minutesLater");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString oauth = QStringLiteral("/v1/link/provider/oauth/");
        const QString password = QStringLiteral("/v1/link/provider/password/");
        const QString email = QStringLiteral("/v1/link/provider/email/");
        const QByteArray withToken = "{\"link_token\":\"{token}\"}";
        const QByteArray ada
            = "{\"link_token\":\"{token}\",\"username\":\"ada\",\"password\":\"correct-horse\"}";
        const QStringList none;
        QTest::newRow("oauth: no token") << oauth + QStringLiteral("oura") << QByteArray("{}") << none << 0
                                         << 400 << QStringLiteral("MISSING_LINK_TOKEN");
        QTest::newRow("oauth: no body, no header") << oauth + QStringLiteral("oura") << QByteArray() << none
                                                   << 0 << 400 << QStringLiteral("MISSING_LINK_TOKEN");
        QTest::newRow("password: empty token")
            << password + QStringLiteral("pw_test")
            << QByteArray("{\"link_token\":\"\",\"username\":\"ada\",\"password\":\"x\"}") << none << 0 << 400
            << QStringLiteral("MISSING_LINK_TOKEN");
        QTest::newRow("email: no token")
            << email + QStringLiteral("mail_test") << QByteArray("{\"email\":\"ada@example.com\"}") << none
            << 0 << 400 << QStringLiteral("MISSING_LINK_TOKEN");
        QTest::newRow("oauth: unknown token")
            << oauth + QStringLiteral("oura") << QByteArray("{\"link_token\":\"lt_forged\"}") << none << 0
            << 401 << QStringLiteral("INVALID_REQUEST");
        QTest::newRow("oauth: token not text")
            << oauth + QStringLiteral("oura") << QByteArray("{\"link_token\":7}") << none << 0 << 401
            << QStringLiteral("INVALID_REQUEST");
        QTest::newRow("oauth: expired token") << oauth + QStringLiteral("oura") << withToken << none << 60
                                              << 401 << QStringLiteral("INVALID_REQUEST");
        QTest::newRow("password: expired token") << password + QStringLiteral("pw_test") << ada << none << 61
                                                 << 401 << QStringLiteral("INVALID_REQUEST");
        QTest::newRow("oauth: unknown provider") << oauth + QStringLiteral("nope") << withToken << none << 0
                                                 << 400 << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("oauth: disabled provider") << oauth + QStringLiteral("strava") << withToken << none
                                                  << 0 << 400 << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("oauth: another app's provider") << oauth + QStringLiteral("whoop") << withToken << none
                                                       << 0 << 400 << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("oauth: outside the token's filter")
            << oauth + QStringLiteral("fitbit") << withToken << QStringList { QStringLiteral("oura") } << 0
            << 400 << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("oauth: a password source") << oauth + QStringLiteral("pw_test") << withToken << none
                                                  << 0 << 400 << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("oauth: an SDK source") << oauth + QStringLiteral("apple_health") << withToken << none
                                              << 0 << 400 << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("oauth: OAuth 1.0a without a client ID")
            << oauth + QStringLiteral("garmin") << withToken << none << 0 << 400
            << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("oauth: no client ID") << oauth + QStringLiteral("polar") << withToken << none << 0
                                             << 400 << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("password: an OAuth source") << password + QStringLiteral("oura") << ada << none << 0
                                                   << 400 << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("email: a password source")
            << email + QStringLiteral("pw_test")
            << QByteArray("{\"link_token\":\"{token}\",\"email\":\"ada@example.com\"}") << none << 0 << 400
            << QStringLiteral("INVALID_PROVIDER");
        QTest::newRow("password: wrong password")
            << password + QStringLiteral("pw_test")
            << QByteArray("{\"link_token\":\"{token}\",\"username\":\"ada\",\"password\":\"wrong\"}") << none
            << 0 << 400 << QStringLiteral("INVALID_CREDENTIALS");
        QTest::newRow("password: no password")
            << password + QStringLiteral("pw_test")
            << QByteArray("{\"link_token\":\"{token}\",\"username\":\"ada\"}") << none << 0 << 400
            << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("password: login endpoint fails")
            << password + QStringLiteral("pw_test")
            << QByteArray("{\"link_token\":\"{token}\",\"username\":\"ada\",\"password\":\"boom\"}") << none
            << 0 << 502 << QStringLiteral("PROVIDER_UNAVAILABLE");
        QTest::newRow("password: login endpoint not https")
            << password + QStringLiteral("pw_remote") << ada << none << 0 << 502
            << QStringLiteral("PROVIDER_UNAVAILABLE");
        QTest::newRow("email: refused")
            << email + QStringLiteral("mail_test")
            << QByteArray("{\"link_token\":\"{token}\",\"email\":\"blocked@example.com\"}") << none << 0
            << 400 << QStringLiteral("INVALID_CREDENTIALS");
        QTest::newRow("email: not an address") << email + QStringLiteral("mail_test")
                                               << QByteArray("{\"link_token\":\"{token}\",\"email\":\"ada\"}")
                                               << none << 0 << 400 << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("password: malformed JSON")
            << password + QStringLiteral("pw_test") << QByteArray("{\"link_token\":\"{token}\",") << none << 0
            << 400 << QStringLiteral("INVALID_JSON");
        QTest::newRow("email: oversized") << email + QStringLiteral("mail_test") << oversized() << none << 0
                                          << 413 << QStringLiteral("BODY_TOO_LARGE");
    }

    void linkProviderErrors()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, filter);
        QFETCH(int, minutesLater);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString token = m_bed->linkToken(true, QStringLiteral("user-1"), filter);
        QVERIFY(!token.isEmpty());
        body.replace("{token}", token.toUtf8());
        m_bed->clock().advance(std::chrono::minutes(minutesLater));
        const int before = m_bed->storedRows();
        const auto answer = m_bed->call("POST", path, body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), code);
        QVERIFY(!answer.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_bed->storedRows(), before);
        QVERIFY(m_bed->webhooks.isEmpty());
    }

    void passwordProviderStoresASealedConnection()
    {
        const QString token = m_bed->linkToken(true, QStringLiteral("user-1"));
        QSignalSpy delivered(m_bed->service().webhooks(), &WebhookSender::deliveryFinished);
        const auto answer = post(QStringLiteral("/v1/link/provider/password/pw_test"),
            { { QStringLiteral("link_token"), token }, { QStringLiteral("username"), QStringLiteral("ada") },
                { QStringLiteral("password"), QStringLiteral("correct-horse") } });
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json.value(QStringLiteral("success")).toBool());
        QVERIFY(answer.json.value(QStringLiteral("verified")).toBool());
        QCOMPARE(answer.json.value(QStringLiteral("provider")).toString(), QStringLiteral("pw_test"));
        const QString connectionId = answer.json.value(QStringLiteral("connection_id")).toString();

        // The provider saw the credentials, as JSON, once.
        QCOMPARE(m_bed->logins.size(), 1);
        QCOMPARE(m_bed->logins.constFirst().value(QStringLiteral("password")).toString(),
            QStringLiteral("correct-horse"));

        const auto stored = ConnectionRepository(m_bed->workspace()).find(connectionId, m_bed->a().id);
        QVERIFY(stored);
        QCOMPARE(stored->sourceKey, QStringLiteral("pw_test"));
        QCOMPARE(stored->userId, QStringLiteral("user-1"));
        QCOMPARE(stored->status, UserConnection::Status::Active);
        QCOMPARE(stored->grantedScopes, QStringLiteral("read"));
        QCOMPARE(stored->tokenExpiresAt, m_bed->clock().now().addSecs(3600));
        QByteArray opened;
        QString error;
        QVERIFY2(m_bed->sealer().open(stored->sealedTokens, &opened, &error), qPrintable(error));
        const QJsonObject secrets = QJsonDocument::fromJson(opened).object();
        QCOMPARE(secrets.value(QStringLiteral("username")).toString(), QStringLiteral("ada"));
        QCOMPARE(secrets.value(QStringLiteral("login_response"))[QLatin1String("access_token")].toString(),
            QStringLiteral("at-123"));
        QVERIFY(!secrets.contains(QStringLiteral("password")));
        QVERIFY(!opened.contains("correct-horse"));
        // Nothing in clear on disk: not the password, not the provider's tokens.
        const QByteArray raw = m_bed->rawDatabase();
        QVERIFY(!raw.contains("correct-horse"));
        QVERIFY(!raw.contains("at-123"));
        QVERIFY(!raw.contains("rt-456"));

        const QList<ConnectEvent> events = EventRepository(m_bed->workspace()).forConnection(connectionId);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.constFirst().kind, QStringLiteral("auth"));
        QVERIFY(events.constFirst().detail.value(QStringLiteral("verified")).toBool());

        // The "auth" webhook, signed with A's webhook secret.
        QVERIFY(delivered.wait(20000));
        QCOMPARE(delivered.constFirst().at(1).toBool(), true);
        QCOMPARE(m_bed->webhooks.size(), 1);
        const ConnectTestBed::Received &hook = m_bed->webhooks.constFirst();
        QVERIFY(WebhookSignature::verify(
            hook.header("linkdeck-signature"), m_bed->webhookSecretA(), hook.body, m_bed->clock().now()));
        const QJsonObject payload = QJsonDocument::fromJson(hook.body).object();
        QCOMPARE(payload.value(QStringLiteral("type")).toString(), QStringLiteral("auth"));
        QCOMPARE(payload.value(QStringLiteral("connection_id")).toString(), connectionId);
        QCOMPARE(payload.value(QStringLiteral("user"))[QLatin1String("user_id")].toString(),
            QStringLiteral("user-1"));
        QCOMPARE(payload.value(QStringLiteral("user"))[QLatin1String("provider")].toString(),
            QStringLiteral("pw_test"));
        QVERIFY(!hook.body.contains("at-123"));
        const auto deliveries = WebhookDeliveryRepository(m_bed->workspace()).forConnection(connectionId);
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(deliveries.constFirst().status, WebhookDelivery::Status::Delivered);

        // Linking again renews the same connection.
        const auto again = post(QStringLiteral("/v1/link/provider/password/pw_test"),
            { { QStringLiteral("username"), QStringLiteral("ada") },
                { QStringLiteral("password"), QStringLiteral("correct-horse") } },
            Auth::None);
        QCOMPARE(again.status, 400); // no token this time
        const auto renewed = m_bed->call("POST", QStringLiteral("/v1/link/provider/password/pw_test"),
            "{\"username\":\"ada\",\"password\":\"correct-horse\"}",
            { { QByteArrayLiteral("X-Link-Token"), token.toUtf8() } });
        QCOMPARE(renewed.status, 200);
        QCOMPARE(renewed.json.value(QStringLiteral("connection_id")).toString(), connectionId);
        QCOMPARE(ConnectionRepository(m_bed->workspace()).find(connectionId)->revision, 2);
    }

    void emailProviders_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("verified");
        QTest::newRow("with a login endpoint") << QStringLiteral("mail_test") << true;
        QTest::newRow("without one") << QStringLiteral("mail_open") << false;
    }

    void emailProviders()
    {
        QFETCH(QString, source);
        QFETCH(bool, verified);
        const QString token = m_bed->linkToken(true, QStringLiteral("user-2"));
        const auto answer = post(QStringLiteral("/v1/link/provider/email/") + source,
            { { QStringLiteral("link_token"), token },
                { QStringLiteral("email"), QStringLiteral("ada@example.com") } });
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("verified")).toBool(), verified);
        QCOMPARE(m_bed->logins.size(), verified ? 1 : 0);
        const auto stored
            = ConnectionRepository(m_bed->workspace())
                  .find(answer.json.value(QStringLiteral("connection_id")).toString(), m_bed->a().id);
        QVERIFY(stored);
        QByteArray opened;
        QVERIFY(m_bed->sealer().open(stored->sealedTokens, &opened));
        QCOMPARE(QJsonDocument::fromJson(opened)[QLatin1String("email")].toString(),
            QStringLiteral("ada@example.com"));
        QVERIFY(!m_bed->rawDatabase().contains("ada@example.com"));
    }

    void applicationsSeeOnlyTheirOwn()
    {
        // A connects a user; B, with a user of the same id, sees none of it.
        const QString tokenA = m_bed->linkToken(true, QStringLiteral("shared-user"));
        QCOMPARE(post(QStringLiteral("/v1/link/provider/password/pw_test"),
                     { { QStringLiteral("link_token"), tokenA },
                         { QStringLiteral("username"), QStringLiteral("ada") },
                         { QStringLiteral("password"), QStringLiteral("correct-horse") } })
                     .status,
            200);
        const auto mine = m_bed->call(
            "GET", QStringLiteral("/v1/connections?user_id=shared-user"), {}, { m_bed->basicA() });
        QCOMPARE(mine.status, 200);
        const QJsonArray connections = mine.json.value(QStringLiteral("connections")).toArray();
        QCOMPARE(connections.size(), 1);
        QVERIFY(!connections.at(0).toObject().contains(QStringLiteral("sealed_tokens")));
        QVERIFY(!mine.body.contains("at-123"));
        const auto theirs = m_bed->call(
            "GET", QStringLiteral("/v1/connections?user_id=shared-user"), {}, { m_bed->basicB() });
        QCOMPARE(theirs.status, 200);
        QCOMPARE(theirs.json.value(QStringLiteral("connections")).toArray().size(), 0);
        QCOMPARE(m_bed->call("GET", QStringLiteral("/v1/connections")).status, 401);

        // B's link token cannot reach A's sources, and B's own client ID goes to the provider.
        const QString tokenB = m_bed->linkToken(false, QStringLiteral("shared-user"));
        QVERIFY(!tokenB.isEmpty());
        const auto refused = post(QStringLiteral("/v1/link/provider/password/pw_test"),
            { { QStringLiteral("link_token"), tokenB }, { QStringLiteral("username"), QStringLiteral("ada") },
                { QStringLiteral("password"), QStringLiteral("correct-horse") } });
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_PROVIDER"));
        const auto oauthB = post(
            QStringLiteral("/v1/link/provider/oauth/oura"), { { QStringLiteral("link_token"), tokenB } });
        QCOMPARE(oauthB.status, 200);
        QCOMPARE(QUrlQuery(QUrl(oauthB.json.value(QStringLiteral("oauth_url")).toString()))
                     .queryItemValue(QStringLiteral("client_id")),
            QStringLiteral("b-oura-client"));
        QCOMPARE(ConnectionRepository(m_bed->workspace()).forApplication(m_bed->b().id).size(), 0);
    }

    void rotatedSecrets()
    {
        const QString path = QStringLiteral("/v1/link/token");
        const QByteArray body = "{\"user_id\":\"u\"}";
        QCOMPARE(m_bed->call("POST", path, body, { m_bed->basicA() }).status, 200);
        const QString rotated = QStringLiteral("rotated-secret");
        QVERIFY(m_bed->writeSecret(
            SecretStore::applicationOwner(m_bed->a().clientId), QStringLiteral("client_secret"), rotated));
        // Right after a read, a secret that does not match is refused without
        // asking the keyring again: guessing cannot flood it.
        const auto withNew = ConnectTestBed::basic(m_bed->a().clientId, rotated);
        QCOMPARE(m_bed->call("POST", path, body, { withNew }).status, 401);
        // Seconds later the keyring is asked again, and the new secret works.
        m_bed->clock().advance(5s);
        QCOMPARE(m_bed->call("POST", path, body, { withNew }).status, 200);
        // Reading the new secret dropped the old one.
        QCOMPARE(m_bed->call("POST", path, body, { m_bed->basicA() }).status, 401);
        QCOMPARE(m_bed->call("POST", path, body, { withNew }).status, 200);
    }

    void cachedSecretsAreReadAgainAfterTheirLifetime()
    {
        const QString path = QStringLiteral("/v1/link/token");
        const QByteArray body = "{\"user_id\":\"u\"}";
        QCOMPARE(m_bed->call("POST", path, body, { m_bed->basicA() }).status, 200);
        // Rotated elsewhere (the console): the cached secret still matches until it expires.
        QVERIFY(m_bed->writeSecret(SecretStore::applicationOwner(m_bed->a().clientId),
            QStringLiteral("client_secret"), QStringLiteral("elsewhere")));
        QCOMPARE(m_bed->call("POST", path, body, { m_bed->basicA() }).status, 200);
        m_bed->clock().advance(61s);
        QCOMPARE(m_bed->call("POST", path, body, { m_bed->basicA() }).status, 401);
    }

    void answersAreAnnounced()
    {
        QSignalSpy answered(&m_bed->service(), &ConnectService::requestAnswered);
        m_bed->call("GET", QStringLiteral("/v1/health"));
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.constFirst().at(0).toString(), QStringLiteral("GET"));
        QCOMPARE(answered.constFirst().at(1).toString(), QStringLiteral("/v1/health"));
        QCOMPARE(answered.constFirst().at(2).toInt(), 200);
    }

    void refusesToListenWithoutASealingKey()
    {
        ConnectService service(m_bed->workspace(), &m_bed->secrets(), TokenSealer(), m_bed->clock());
        QString error;
        QVERIFY(!service.listen(&error));
        QVERIFY(error.contains(QStringLiteral("sealing key")));
    }

    void reportsAPortInUse()
    {
        ConnectSettings settings;
        settings.port = m_bed->service().port();
        ConnectService second(
            m_bed->workspace(), &m_bed->secrets(), m_bed->sealer(), m_bed->clock(), settings);
        QString error;
        QVERIFY(!second.listen(&error));
        QVERIFY2(error.contains(QString::number(settings.port)), qPrintable(error));
    }
};

QTEST_MAIN(TestConnectService)
#include "tst_connectservice.moc"
