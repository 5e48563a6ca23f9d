#include "AuditLog.h"
#include "ConnectTestBed.h"
#include "ConnectionRepository.h"
#include "ConnectionSecrets.h"
#include "DriverUserAgent.h"
#include "EventRepository.h"
#include "OAuth1Server.h"
#include "OAuth1TestRun.h"
#include "OAuth2TestRun.h"
#include "OidcFixture.h"
#include "OidcServer.h"
#include "SourceRepository.h"
#include "TestLauncher.h"
#include "TestRunConnection.h"
#include "TestRunConnectionFollower.h"
#include "TestRunRecorder.h"
#include "TokenClient.h"
#include "UserConnection.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kOAuth1Key = QStringLiteral("qa-consumer");
const QString kOAuth1Secret = QStringLiteral("qa-consumer-secret");

/// What a launched run left behind: its record and what was said of its connection.
struct Outcome
{
    TestRunRecord record;
    QString message;
    bool stored = false;
    bool reported = false;
    QString accessToken; ///< as the run was last issued it, to compare with the sealed one
    TokenResponse tokens; ///< an OAuth 2.0 run's, as last issued: for a refresh or revoke by hand
    bool released = false; ///< the launcher holds no TestRunConnection any more
};

} // namespace

/// The connection an OAuth test run obtains, stored like one made through
/// the connect service: runs launched as the Tests page and `linkdeck test`
/// launch them, against the real OpenID Connect server and the real OAuth
/// 1.0a provider, with the sealing key from the keyring.
class TestTestRunConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectTestBed> m_bed;
    std::unique_ptr<OidcServer> m_oidc;
    std::unique_ptr<OAuth1Server> m_oauth1;
    QString m_oauth1Source;

    /// Launches a run of @p sourceKey as @p applicationId and runs it to its end.
    Outcome launch(const QString &sourceKey, qint64 applicationId, bool revokeAtEnd, const QUrl &redirectUri)
    {
        Outcome outcome;
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        TestLauncher launcher(m_bed->workspace(), m_bed->secrets(), &manager);
        QSignalSpy ready(&launcher, &TestLauncher::ready);
        QSignalSpy failed(&launcher, &TestLauncher::failed);
        connect(
            &launcher, &TestLauncher::connectionReported, this, [&outcome](const QString &text, bool stored) {
                outcome.message = text;
                outcome.stored = stored;
                outcome.reported = true;
            });
        TestLauncher::Request request;
        request.sourceKey = sourceKey;
        request.applicationId = applicationId;
        request.redirectUri = redirectUri;
        launcher.prepare(request, &agent);
        if (!ready.wait(10000)) {
            qWarning() << "not ready:" << failed;
            return outcome;
        }
        auto *run = ready.first().at(0).value<TestRun *>();
        auto *recorder = ready.first().at(1).value<TestRunRecorder *>();
        if (auto *oauth2 = qobject_cast<OAuth2TestRun *>(run))
            oauth2->setRevokeAtEnd(revokeAtEnd);
        QSignalSpy recorded(recorder, &TestRunRecorder::recorded);
        run->start();
        if (!recorded.wait(30000))
            return outcome;
        outcome.record = recorded.first().first().value<TestRunRecord>();
        if (auto *oauth2 = qobject_cast<OAuth2TestRun *>(run)) {
            outcome.tokens = oauth2->tokens();
            outcome.accessToken = outcome.tokens.accessToken;
        } else if (auto *oauth1 = qobject_cast<OAuth1TestRun *>(run))
            outcome.accessToken = oauth1->accessToken();
        // Once the "auth" webhook went out (or there was none), nothing is left behind.
        outcome.released = QTest::qWaitFor(
            [&launcher]() { return launcher.findChildren<TestRunConnection *>().isEmpty(); }, 10000);
        return outcome;
    }

    /// The connections whose user id starts with @p prefix, as the Connections page searches them.
    QList<UserConnection> search(const QString &prefix)
    {
        ConnectionQuery query;
        query.search = prefix;
        StoreResult result;
        const QList<UserConnection> found
            = ConnectionRepository(m_bed->workspace()).page(query, 10, nullptr, &result);
        if (!result)
            qWarning() << result.message;
        return found;
    }

    /// The sealed JSON of @p connection, opened with the key from the keyring.
    QJsonObject opened(const UserConnection &connection)
    {
        QSignalSpy loaded(this, &TestTestRunConnection::keyLoaded);
        TokenSealer::loadKey(&m_bed->secrets(), this,
            [this](const TokenSealer::KeyResult &key) { Q_EMIT keyLoaded(key.key); });
        if (!loaded.wait(10000))
            return {};
        QString error;
        const QJsonObject secrets
            = ConnectionSecrets::open(TokenSealer(loaded.first().first().toByteArray()), connection, &error);
        if (!error.isEmpty())
            qWarning() << error;
        return secrets;
    }

    /// Refreshes (or revokes) @p tokens by hand as the Tests page does, at
    /// @p source with the run's client, and has @p follower follow the
    /// answer; the answer, and what the follower said in @p said.
    TokenResponse byHand(TestRunConnectionFollower &follower, const TestRunRecord &record,
        const IntegrationSource &source, const TokenResponse &tokens, bool revoke, QString *said)
    {
        QNetworkAccessManager manager;
        TokenClient client(&manager);
        QList<HttpExchange> exchanges;
        connect(&client, &TokenClient::httpExchangeRecorded, this,
            [&exchanges](int, const HttpExchange &exchange) { exchanges << exchange; });
        QSignalSpy answered(&client, revoke ? &TokenClient::revoked : &TokenClient::refreshed);
        const OAuthCredentials credentials { QStringLiteral("qa-client"), QStringLiteral("qa-secret") };
        if (revoke)
            client.revoke(source, credentials, tokens.refreshToken, QStringLiteral("refresh_token"));
        else
            client.refresh(source, credentials, tokens.refreshToken);
        if (!answered.wait(10000))
            return {};
        const TokenResponse response = answered.constFirst().at(1).value<TokenResponse>();
        bool done = false;
        follower.follow(record, response, exchanges, [&done, said](const QString &message, bool ok) {
            done = true;
            *said = message;
            if (!ok)
                qWarning() << message;
        });
        if (!QTest::qWaitFor([&done]() { return done; }, 10000))
            said->clear();
        return response;
    }

    /// The stored connection of run @p record, read now.
    UserConnection storedOf(const TestRunRecord &record)
    {
        return ConnectionRepository(m_bed->workspace())
            .findFor(
                m_bed->a().id, record.sourceKey, TestRunConnection::userIdFor(record.sourceKey, record.id))
            .value_or(UserConnection());
    }

    /// The kinds of @p connectionId's events, oldest first.
    QStringList eventKinds(const QString &connectionId)
    {
        QStringList kinds;
        for (const ConnectEvent &event : EventRepository(m_bed->workspace()).forConnection(connectionId))
            kinds << event.kind;
        return kinds;
    }

Q_SIGNALS:
    void keyLoaded(const QByteArray &key);

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TestRun *>();
        qRegisterMetaType<TestRunRecorder *>();
        m_bed = std::make_unique<ConnectTestBed>();
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->error()));
        m_oidc = std::make_unique<OidcServer>(
            QJsonArray { OidcFixture::client(QStringLiteral("qa-client"), QStringLiteral("qa-secret")) });
        QVERIFY2(m_oidc->isRunning(), qPrintable(m_oidc->errorMessage()));
        m_oauth1 = std::make_unique<OAuth1Server>(QMap<QString, QString> { { kOAuth1Key, kOAuth1Secret } });
        QVERIFY2(m_oauth1->isRunning(), qPrintable(m_oauth1->errorMessage()));

        // Both sources bring their own client; the runs are made as application A.
        IntegrationSource oidc = OidcFixture::source(m_oidc->issuer());
        oidc.clientId = QStringLiteral("qa-client");
        QVERIFY(SourceRepository(m_bed->workspace()).insert(&oidc));
        QVERIFY(m_bed->writeSecret(SecretStore::sourceOwner(oidc.key), QStringLiteral("client_secret"),
            QStringLiteral("qa-secret")));
        IntegrationSource garmin;
        garmin.key = QStringLiteral("garmin-qa");
        garmin.displayName = QStringLiteral("Garmin (QA)");
        garmin.authType = IntegrationSource::AuthType::OAuth1;
        garmin.requestTokenUrl = m_oauth1->base() + QStringLiteral("/oauth/request_token");
        garmin.authUrl = m_oauth1->base() + QStringLiteral("/oauth/authorize");
        garmin.accessTokenUrl = m_oauth1->base() + QStringLiteral("/oauth/access_token");
        garmin.apiHostUrl = m_oauth1->base();
        garmin.testApiPath = QStringLiteral("/api/me");
        garmin.clientId = kOAuth1Key;
        QVERIFY(SourceRepository(m_bed->workspace()).insert(&garmin));
        QVERIFY(m_bed->writeSecret(
            SecretStore::sourceOwner(garmin.key), QStringLiteral("client_secret"), kOAuth1Secret));
        m_oauth1Source = garmin.key;
    }

    void cleanupTestCase()
    {
        m_oauth1.reset();
        m_oidc.reset();
        m_bed.reset();
    }

    void aSourceWithoutAClientIdIsExplained()
    {
        // Polar from the catalogue has no client ID, and no application brings one here.
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        TestLauncher launcher(m_bed->workspace(), m_bed->secrets(), &manager);
        QSignalSpy ready(&launcher, &TestLauncher::ready);
        QSignalSpy failed(&launcher, &TestLauncher::failed);
        TestLauncher::Request request;
        request.sourceKey = QStringLiteral("polar");
        request.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:1/callback"));
        launcher.prepare(request, &agent);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("needs a client ID")),
            qPrintable(failed.first().first().toString()));
        QCOMPARE(ready.size(), 0);
    }

    void oauth2RunIsStored_data()
    {
        QTest::addColumn<bool>("revokeAtEnd");
        QTest::newRow("kept") << false;
        QTest::newRow("revoked at the end") << true;
    }

    void oauth2RunIsStored()
    {
        QFETCH(bool, revokeAtEnd);
        const QString sourceKey = QStringLiteral("oidc-test");
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Outcome outcome
            = launch(sourceKey, m_bed->a().id, revokeAtEnd, QUrl(OidcFixture::redirectUri()));
        QCOMPARE(outcome.record.result, TestRunRecord::Result::Passed);
        QVERIFY(outcome.reported);
        QVERIFY2(outcome.stored, qPrintable(outcome.message));
        QVERIFY(outcome.released);

        const QString userId = TestRunConnection::userIdFor(sourceKey, outcome.record.id);
        QVERIFY(userId.startsWith(QStringLiteral("qa-oidc-test-")));
        QVERIFY(outcome.message.contains(userId));
        // Application A heard of it as of any connection, through its "auth" webhook.
        bool announced = false;
        for (const ConnectTestBed::Received &hook : std::as_const(m_bed->webhooks))
            announced = announced || hook.body.contains(userId.toUtf8());
        QVERIFY(announced);
        const QList<UserConnection> found = search(userId);
        QCOMPARE(found.size(), 1);
        const UserConnection connection = found.first();
        QVERIFY(outcome.message.contains(connection.id));
        QCOMPARE(connection.applicationId, m_bed->a().id);
        QCOMPARE(connection.sourceKey, sourceKey);
        QCOMPARE(connection.referenceId, QString::number(outcome.record.id));
        QCOMPARE(connection.requestedScopes, QStringLiteral("openid offline_access"));
        QCOMPARE(connection.grantedScopes, QStringLiteral("openid offline_access"));
        // The run refreshed before it ended.
        QVERIFY(connection.lastRefreshedAt >= before.addSecs(-1));
        // The sealed tokens are never in the database in clear.
        QVERIFY(!outcome.accessToken.isEmpty());
        QVERIFY(!m_bed->rawDatabase().contains(outcome.accessToken.toUtf8()));
        if (revokeAtEnd) {
            QCOMPARE(connection.status, UserConnection::Status::Revoked);
            QVERIFY(connection.sealedTokens.isEmpty());
            QVERIFY(!connection.tokenExpiresAt.isValid());
            // As any revoke: in the history, and the application told.
            QVERIFY(eventKinds(connection.id).contains(QStringLiteral("deauth")));
            QTRY_VERIFY(std::any_of(m_bed->webhooks.cbegin(), m_bed->webhooks.cend(),
                [&userId](const ConnectTestBed::Received &hook) {
                    return hook.body.contains("\"deauth\"") && hook.body.contains(userId.toUtf8());
                }));
            return;
        }
        QCOMPARE(connection.status, UserConnection::Status::Active);
        QVERIFY(connection.tokenExpiresAt > before);
        QVERIFY(connection.tokenExpiresAt < before.addSecs(24 * 60 * 60));
        const QJsonObject secrets = opened(connection);
        QCOMPARE(secrets.value(QStringLiteral("access_token")).toString(), outcome.accessToken);
        QVERIFY(!secrets.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(secrets.value(QStringLiteral("flow")).toString(), QStringLiteral("oauth2"));
    }

    void oauth1RunIsStored()
    {
        const Outcome outcome = launch(
            m_oauth1Source, m_bed->a().id, true, QUrl(QStringLiteral("http://127.0.0.1:9/callback")));
        QCOMPARE(outcome.record.result, TestRunRecord::Result::Passed);
        QVERIFY2(outcome.stored, qPrintable(outcome.message));
        const QList<UserConnection> found = search(QStringLiteral("qa-garmin-qa-"));
        QCOMPARE(found.size(), 1);
        const UserConnection connection = found.first();
        QCOMPARE(connection.userId, TestRunConnection::userIdFor(m_oauth1Source, outcome.record.id));
        QCOMPARE(connection.applicationId, m_bed->a().id);
        QCOMPARE(connection.status, UserConnection::Status::Active);
        QVERIFY(!connection.tokenExpiresAt.isValid());
        QVERIFY(!m_bed->rawDatabase().contains(outcome.accessToken.toUtf8()));
        const QJsonObject secrets = opened(connection);
        QCOMPARE(secrets.value(QStringLiteral("oauth_token")).toString(), outcome.accessToken);
        QVERIFY(!secrets.value(QStringLiteral("oauth_token_secret")).toString().isEmpty());
        QCOMPARE(secrets.value(QStringLiteral("flow")).toString(), QStringLiteral("oauth1"));
    }

    void failedRefreshNeedsReauthorization()
    {
        // The refresh URL points at another provider, which knows the client
        // but not its refresh token: the refresh is refused with invalid_grant.
        OidcServer other(
            QJsonArray { OidcFixture::client(QStringLiteral("qa-client"), QStringLiteral("qa-secret")) });
        QVERIFY2(other.isRunning(), qPrintable(other.errorMessage()));
        IntegrationSource elsewhere = OidcFixture::source(m_oidc->issuer());
        elsewhere.key = QStringLiteral("oidc-refresh-elsewhere");
        elsewhere.clientId = QStringLiteral("qa-client");
        elsewhere.refreshUrl = other.issuer() + QStringLiteral("/token");
        QVERIFY(SourceRepository(m_bed->workspace()).insert(&elsewhere));
        QVERIFY(m_bed->writeSecret(SecretStore::sourceOwner(elsewhere.key), QStringLiteral("client_secret"),
            QStringLiteral("qa-secret")));

        const Outcome outcome = launch(elsewhere.key, m_bed->a().id, true, QUrl(OidcFixture::redirectUri()));
        QCOMPARE(outcome.record.result, TestRunRecord::Result::Failed);
        QVERIFY2(outcome.stored, qPrintable(outcome.message));
        const QList<UserConnection> found
            = search(TestRunConnection::userIdFor(elsewhere.key, outcome.record.id));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().status, UserConnection::Status::NeedsReauth);
        QVERIFY2(
            found.first().lastError.contains(QStringLiteral("refused")), qPrintable(found.first().lastError));
        QVERIFY(!found.first().lastRefreshedAt.isValid());
        // The tokens of the exchange stay sealed: the access token still works until it expires.
        QCOMPARE(opened(found.first()).value(QStringLiteral("access_token")).toString(), outcome.accessToken);
    }

    void refreshAndRevokeByHandAreFollowed()
    {
        const QString sourceKey = QStringLiteral("oidc-test");
        const Outcome outcome = launch(sourceKey, m_bed->a().id, false, QUrl(OidcFixture::redirectUri()));
        QCOMPARE(outcome.record.result, TestRunRecord::Result::Passed);
        QVERIFY2(outcome.stored, qPrintable(outcome.message));
        const UserConnection before = storedOf(outcome.record);
        QVERIFY(!before.id.isEmpty());
        const IntegrationSource source = *SourceRepository(m_bed->workspace()).find(sourceKey);
        TestRunConnectionFollower follower(m_bed->workspace(), &m_bed->secrets());

        // Refresh now: the new tokens are sealed in the stored connection.
        QString said;
        const TokenResponse refreshed
            = byHand(follower, outcome.record, source, outcome.tokens, false, &said);
        QVERIFY2(refreshed.ok, qPrintable(refreshed.error));
        QVERIFY2(said.contains(before.id) && said.contains(QStringLiteral("new tokens")), qPrintable(said));
        UserConnection after = storedOf(outcome.record);
        QCOMPARE(after.status, UserConnection::Status::Active);
        QVERIFY(after.lastRefreshedAt > before.lastRefreshedAt);
        QVERIFY(after.tokenExpiresAt > QDateTime::currentDateTimeUtc());
        QJsonObject sealed = opened(after);
        QCOMPARE(sealed.value(QStringLiteral("access_token")).toString(), refreshed.accessToken);
        QVERIFY(refreshed.accessToken != outcome.tokens.accessToken);
        // oidc-provider rotates refresh tokens: the new one is kept.
        QCOMPARE(sealed.value(QStringLiteral("refresh_token")).toString(), refreshed.refreshToken);
        QVERIFY(refreshed.refreshToken != outcome.tokens.refreshToken);
        QVERIFY(!m_bed->rawDatabase().contains(refreshed.accessToken.toUtf8()));
        // Its history says so, with the redacted exchange and who did it.
        const QList<ConnectEvent> events = EventRepository(m_bed->workspace()).forConnection(after.id);
        QCOMPARE(events.constLast().kind, QStringLiteral("refresh"));
        QCOMPARE(
            events.constLast().detail.value(QStringLiteral("via")).toString(), QStringLiteral("tests_page"));
        QCOMPARE(events.constLast().detail.value(QStringLiteral("operator")).toString(),
            m_bed->workspace().operatorName());
        const QJsonArray http = events.constLast().detail.value(QStringLiteral("http")).toArray();
        QCOMPARE(http.size(), 1);
        QVERIFY(!QJsonDocument(http).toJson().contains(refreshed.refreshToken.toUtf8()));

        // Revoke now: revoked here too, tokens deleted, the application told.
        const qsizetype hooks = m_bed->webhooks.size();
        const TokenResponse revoked = byHand(follower, outcome.record, source, refreshed, true, &said);
        QVERIFY(revoked.ok);
        QVERIFY2(said.contains(QStringLiteral("revoked too")), qPrintable(said));
        after = storedOf(outcome.record);
        QCOMPARE(after.status, UserConnection::Status::Revoked);
        QVERIFY(after.sealedTokens.isEmpty());
        QVERIFY(!after.tokenExpiresAt.isValid());
        QCOMPARE(eventKinds(after.id).constLast(), QStringLiteral("deauth"));
        QTRY_VERIFY_WITH_TIMEOUT(m_bed->webhooks.size() > hooks, 10000);
        QVERIFY(m_bed->webhooks.constLast().body.contains("\"deauth\""));
        QVERIFY(m_bed->webhooks.constLast().body.contains(after.id.toUtf8()));
        const QList<AuditEntry> audit
            = AuditLog(m_bed->workspace()).entries(AuditLog::connectionKind(), after.id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.constFirst().action, QStringLiteral("revoke"));
    }

    void refreshByHandKeepsAnOmittedRefreshToken()
    {
        // A refresh endpoint that answers without a refresh token (as many
        // providers do), in front of the real server for everything else.
        QHttpServer refresher;
        int issued = 0;
        refresher.route(QStringLiteral("/token"), [&issued]() {
            return QHttpServerResponse(QJsonObject {
                { QStringLiteral("access_token"), QStringLiteral("fresh-access-%1").arg(++issued) },
                { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                { QStringLiteral("expires_in"), 600 } });
        });
        const quint16 port = refresher.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        IntegrationSource kept = OidcFixture::source(m_oidc->issuer());
        kept.key = QStringLiteral("oidc-refresh-kept");
        kept.clientId = QStringLiteral("qa-client");
        kept.refreshUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(port);
        QVERIFY(SourceRepository(m_bed->workspace()).insert(&kept));
        QVERIFY(m_bed->writeSecret(SecretStore::sourceOwner(kept.key), QStringLiteral("client_secret"),
            QStringLiteral("qa-secret")));

        const Outcome outcome = launch(kept.key, m_bed->a().id, false, QUrl(OidcFixture::redirectUri()));
        QCOMPARE(outcome.record.result, TestRunRecord::Result::Passed);
        QVERIFY2(outcome.stored, qPrintable(outcome.message));
        const QString refreshToken
            = opened(storedOf(outcome.record)).value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!refreshToken.isEmpty());

        TestRunConnectionFollower follower(m_bed->workspace(), &m_bed->secrets());
        QString said;
        const TokenResponse refreshed = byHand(follower, outcome.record, kept, outcome.tokens, false, &said);
        QVERIFY(refreshed.ok);
        QCOMPARE(refreshed.accessToken, QStringLiteral("fresh-access-2")); // the run refreshed first
        const QJsonObject sealed = opened(storedOf(outcome.record));
        QCOMPARE(sealed.value(QStringLiteral("access_token")).toString(), refreshed.accessToken);
        QCOMPARE(sealed.value(QStringLiteral("refresh_token")).toString(), refreshToken);
        QVERIFY(storedOf(outcome.record).tokenExpiresAt > QDateTime::currentDateTimeUtc().addSecs(590));
    }

    void refusedRefreshByHandNeedsReauthorization()
    {
        const Outcome outcome
            = launch(QStringLiteral("oidc-test"), m_bed->a().id, false, QUrl(OidcFixture::redirectUri()));
        QVERIFY2(outcome.stored, qPrintable(outcome.message));
        const IntegrationSource source
            = *SourceRepository(m_bed->workspace()).find(QStringLiteral("oidc-test"));
        // The refresh token is revoked behind the console's back (the user disconnected at the provider).
        QNetworkAccessManager manager;
        TokenClient client(&manager);
        QSignalSpy revoked(&client, &TokenClient::revoked);
        client.revoke(source, { QStringLiteral("qa-client"), QStringLiteral("qa-secret") },
            outcome.tokens.refreshToken, QStringLiteral("refresh_token"));
        QVERIFY(revoked.wait(10000));

        TestRunConnectionFollower follower(m_bed->workspace(), &m_bed->secrets());
        QString said;
        const TokenResponse refused = byHand(follower, outcome.record, source, outcome.tokens, false, &said);
        QCOMPARE(refused.error, QStringLiteral("invalid_grant"));
        QVERIFY2(said.contains(QStringLiteral("failed refresh")), qPrintable(said));
        const UserConnection after = storedOf(outcome.record);
        QCOMPARE(after.status, UserConnection::Status::NeedsReauth);
        QCOMPARE(eventKinds(after.id).constLast(), QStringLiteral("refresh.failed"));
        // A revoke the provider refuses changes nothing here.
        TokenResponse gone = outcome.tokens;
        gone.refreshToken = QStringLiteral("not-a-token-of-this-provider");
        IntegrationSource elsewhere = source;
        elsewhere.revokeUrl = m_oidc->issuer() + QStringLiteral("/no-such-endpoint");
        byHand(follower, outcome.record, elsewhere, gone, true, &said);
        QVERIFY2(said.isEmpty(), qPrintable(said));
        QCOMPARE(storedOf(outcome.record).status, UserConnection::Status::NeedsReauth);
    }

    void notStoredWithoutAnApplication()
    {
        const Outcome outcome
            = launch(QStringLiteral("oidc-test"), 0, false, QUrl(OidcFixture::redirectUri()));
        QCOMPARE(outcome.record.result, TestRunRecord::Result::Passed);
        QVERIFY(outcome.reported);
        QVERIFY(!outcome.stored);
        QVERIFY(outcome.released);
        QVERIFY2(outcome.message.contains(QStringLiteral("own credentials")), qPrintable(outcome.message));
        QVERIFY(
            search(TestRunConnection::userIdFor(QStringLiteral("oidc-test"), outcome.record.id)).isEmpty());
    }

    void notStoredWithoutASealingKey()
    {
        // A key given in the environment wins over the keyring; a bad one is no key at all.
        qputenv("LINKDECK_SEALING_KEY", "not-a-key");
        const Outcome outcome
            = launch(QStringLiteral("oidc-test"), m_bed->a().id, false, QUrl(OidcFixture::redirectUri()));
        qunsetenv("LINKDECK_SEALING_KEY");
        QCOMPARE(outcome.record.result, TestRunRecord::Result::Passed);
        QVERIFY(outcome.reported);
        QVERIFY(!outcome.stored);
        QVERIFY2(
            outcome.message.contains(QStringLiteral("LINKDECK_SEALING_KEY")), qPrintable(outcome.message));
        QVERIFY(
            search(TestRunConnection::userIdFor(QStringLiteral("oidc-test"), outcome.record.id)).isEmpty());
    }
};

QTEST_MAIN(TestTestRunConnection)
#include "tst_testrunconnection.moc"
