#include "AuditLog.h"
#include "AuthorizationRequest.h"
#include "ConnectTestBed.h"
#include "ConnectionRepository.h"
#include "ConnectionSecrets.h"
#include "ConnectionsController.h"
#include "EventRepository.h"
#include "OAuthLoginDriver.h"
#include "OidcFixture.h"
#include "OidcServer.h"
#include "SourceRepository.h"
#include "SupportBundle.h"
#include "TokenClient.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString kClientId = QStringLiteral("console-client");
const QString kClientSecret = QStringLiteral("console-secret");
const QString kOperator = QStringLiteral("Ada Support");

} // namespace

/// The Connections page's actions without a window, against a real
/// oidc-provider: real tokens sealed in a connection of application A of the
/// connect test bed (whose webhook receiver sees the deauth webhook).
class TestConnectionsController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectTestBed> m_bed;
    std::unique_ptr<OidcServer> m_oidc;
    IntegrationSource m_source;
    QByteArray m_key;
    QNetworkAccessManager m_network;

    /// Signs @p userId in at the provider and exchanges the code: real tokens.
    TokenResponse authorize(const QString &userId)
    {
        const OAuthCredentials credentials { kClientId, kClientSecret };
        const AuthorizationRequest request
            = AuthorizationRequest::create(m_source, credentials, OidcFixture::redirectUri());
        OAuthLoginDriver driver;
        driver.setLogin(userId);
        QSignalSpy finished(&driver, &OAuthLoginDriver::finished);
        driver.start(request.url(), QUrl(OidcFixture::redirectUri()));
        if (!finished.wait(30000))
            return {};
        const auto login = finished.constFirst().constFirst().value<OAuthLoginDriver::Result>();
        const CallbackResult callback
            = AuthorizationRequest::parseCallback(login.redirectUrl, request.state());
        TokenClient client(&m_network);
        QSignalSpy exchanged(&client, &TokenClient::codeExchanged);
        client.exchangeCode(
            m_source, credentials, callback.code, OidcFixture::redirectUri(), request.codeVerifier());
        if (!exchanged.wait(30000))
            return {};
        return exchanged.constFirst().at(1).value<TokenResponse>();
    }

    /// A stored connection of application A holding @p tokens (sealed).
    UserConnection store(const QString &userId, const QJsonObject &tokens)
    {
        UserConnection connection;
        connection.applicationId = m_bed->a().id;
        connection.sourceKey = m_source.key;
        connection.userId = userId;
        connection.referenceId = QStringLiteral("ref-") + userId;
        connection.requestedScopes = QStringLiteral("openid offline_access");
        connection.grantedScopes = tokens.value(QStringLiteral("scope")).toString();
        connection.sealedTokens
            = TokenSealer(m_key).seal(QJsonDocument(tokens).toJson(QJsonDocument::Compact));
        connection.tokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(60);
        const StoreResult saved = ConnectionRepository(m_bed->workspace()).save(&connection);
        if (!saved)
            qWarning() << saved.message;
        return connection;
    }

    UserConnection connectUser(const QString &userId)
    {
        const TokenResponse tokens = authorize(userId);
        if (!tokens.ok || tokens.refreshToken.isEmpty())
            qWarning() << "no tokens:" << tokens.error << tokens.errorDescription << tokens.networkError;
        return store(userId, tokens.json);
    }

    /// A controller with the sealing key loaded.
    std::unique_ptr<ConnectionsController> controller()
    {
        auto made
            = std::make_unique<ConnectionsController>(m_bed->workspace(), m_bed->secrets(), m_bed->clock());
        QSignalSpy loaded(made.get(), &ConnectionsController::sealingKeyChanged);
        if (!made->hasSealingKey() && !loaded.wait(20000))
            qWarning() << "the sealing key did not load";
        made->setOperatorName(kOperator);
        return made;
    }

    /// Runs @p start and waits for its outcome: (ok, message).
    static QPair<bool, QString> outcomeOf(
        ConnectionsController &controller, const std::function<bool()> &start)
    {
        QSignalSpy finished(&controller, &ConnectionsController::actionFinished);
        start();
        if (!finished.wait(30000))
            return { false, QStringLiteral("timed out") };
        return { finished.constFirst().at(2).toBool(), finished.constFirst().at(3).toString() };
    }

    QList<ConnectEvent> eventsOf(const QString &id, const QString &kind)
    {
        QList<ConnectEvent> found;
        const QList<ConnectEvent> all = EventRepository(m_bed->workspace()).forConnection(id);
        for (const ConnectEvent &event : all) {
            if (event.kind == kind)
                found << event;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_key = TokenSealer::generateKey();
        // The controller takes the sealing key from the environment first, as a headless run does.
        qputenv("LINKDECK_SEALING_KEY", m_key.toBase64());
        m_bed = std::make_unique<ConnectTestBed>();
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->error()));
        m_oidc = std::make_unique<OidcServer>(QJsonArray { OidcFixture::client(kClientId, kClientSecret) });
        QVERIFY2(m_oidc->isRunning(), qPrintable(m_oidc->errorMessage()));
        m_source = OidcFixture::source(m_oidc->issuer());
        m_source.clientId = kClientId;
        m_source.hasClientSecret = true;
        QVERIFY(SourceRepository(m_bed->workspace()).insert(&m_source).isOk());
        QVERIFY(m_bed->writeSecret(
            SecretStore::sourceOwner(m_source.key), QStringLiteral("client_secret"), kClientSecret));
    }

    void cleanupTestCase()
    {
        m_oidc.reset();
        m_bed.reset();
        qunsetenv("LINKDECK_SEALING_KEY");
    }

    void refreshSealsNewTokensAndLogsTheOperator()
    {
        const UserConnection before = connectUser(QStringLiteral("refresh-user"));
        const QJsonObject oldTokens = ConnectionSecrets::open(TokenSealer(m_key), before);
        QVERIFY(!oldTokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
        auto controller = this->controller();
        const auto state = controller->tokenState(before);
        QVERIFY(state.readable);
        QVERIFY(state.refreshToken);

        QSignalSpy busy(controller.get(), &ConnectionsController::busyChanged);
        const auto [ok, message] = outcomeOf(*controller, [&]() { return controller->refresh(before.id); });
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(busy.size(), 2);
        QVERIFY(busy.at(0).at(0).toBool());
        QVERIFY(!busy.at(1).at(0).toBool());

        const auto after = ConnectionRepository(m_bed->workspace()).find(before.id);
        QVERIFY(after);
        QVERIFY(after->lastRefreshedAt.isValid());
        QVERIFY(after->sealedTokens != before.sealedTokens);
        const QJsonObject newTokens = ConnectionSecrets::open(TokenSealer(m_key), *after);
        QVERIFY(newTokens.value(QStringLiteral("access_token"))
            != oldTokens.value(QStringLiteral("access_token")));
        QVERIFY(!newTokens.value(QStringLiteral("refresh_token")).toString().isEmpty());

        const QList<ConnectEvent> refreshes = eventsOf(before.id, QStringLiteral("refresh"));
        QCOMPARE(refreshes.size(), 1);
        QCOMPARE(refreshes.constFirst().detail.value(QStringLiteral("operator")).toString(), kOperator);
        const QByteArray logged = QJsonDocument(refreshes.constFirst().detail).toJson();
        QVERIFY(logged.contains("/token"));
        for (const QJsonObject &tokens : { oldTokens, newTokens }) {
            for (const char *field : { "access_token", "refresh_token" })
                QVERIFY(!logged.contains(tokens.value(QLatin1String(field)).toString().toUtf8()));
        }
    }

    void refusedRefreshNeedsReauthorization()
    {
        QJsonObject tokens = authorize(QStringLiteral("stale-user")).json;
        tokens.insert(
            QStringLiteral("refresh_token"), QStringLiteral("not-a-refresh-token-the-provider-knows"));
        const UserConnection connection = store(QStringLiteral("stale-user"), tokens);
        auto controller = this->controller();
        const auto [ok, message]
            = outcomeOf(*controller, [&]() { return controller->refresh(connection.id); });
        QVERIFY(!ok);
        QVERIFY(!message.isEmpty());
        const auto after = ConnectionRepository(m_bed->workspace()).find(connection.id);
        QCOMPARE(after->status, UserConnection::Status::NeedsReauth);
        QCOMPARE(after->lastError, message);
        const QList<ConnectEvent> failed = eventsOf(connection.id, QStringLiteral("refresh.failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().detail.value(QStringLiteral("diagnosis")).toString(),
            QStringLiteral("invalid_grant"));
        QVERIFY(!failed.constFirst().detail.value(QStringLiteral("http")).toArray().isEmpty());
    }

    void testCallUsesTheAccessToken()
    {
        const UserConnection connection = connectUser(QStringLiteral("api-user"));
        auto controller = this->controller();
        const auto [ok, message]
            = outcomeOf(*controller, [&]() { return controller->testApiCall(connection.id); });
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("200")), qPrintable(message));
        const QList<ConnectEvent> calls = eventsOf(connection.id, QStringLiteral("api.test"));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.constFirst().detail.value(QStringLiteral("http_status")).toInt(), 200);
        QCOMPARE(calls.constFirst().detail.value(QStringLiteral("operator")).toString(), kOperator);
        const QJsonObject request = calls.constFirst()
                                        .detail.value(QStringLiteral("http"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("request"))
                                        .toObject();
        QVERIFY(request.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/me")));
        const QString accessToken = ConnectionSecrets::open(TokenSealer(m_key), connection)
                                        .value(QStringLiteral("access_token"))
                                        .toString();
        QVERIFY(!QJsonDocument(request).toJson().contains(accessToken.toUtf8()));

        // A token the API does not know is refused, and said so.
        const UserConnection forged = store(QStringLiteral("forged-user"),
            { { QStringLiteral("access_token"), QStringLiteral("forged-access-token") } });
        const auto [forgedOk, forgedMessage]
            = outcomeOf(*controller, [&]() { return controller->testApiCall(forged.id); });
        QVERIFY(!forgedOk);
        QVERIFY2(forgedMessage.contains(QStringLiteral("401")), qPrintable(forgedMessage));
    }

    void revokeAtTheProviderAndSendDeauth()
    {
        const UserConnection connection = connectUser(QStringLiteral("revoke-user"));
        const QString refreshToken = ConnectionSecrets::open(TokenSealer(m_key), connection)
                                         .value(QStringLiteral("refresh_token"))
                                         .toString();
        auto controller = this->controller();
        m_bed->webhooks.clear();
        const auto [ok, message]
            = outcomeOf(*controller, [&]() { return controller->revoke(connection.id); });
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("provider")), qPrintable(message));

        const auto after = ConnectionRepository(m_bed->workspace()).find(connection.id);
        QCOMPARE(after->status, UserConnection::Status::Revoked);
        QVERIFY(after->sealedTokens.isEmpty());
        QVERIFY(!controller->tokenState(*after).sealed);
        const QList<ConnectEvent> deauth = eventsOf(connection.id, QStringLiteral("deauth"));
        QCOMPARE(deauth.size(), 1);
        QVERIFY(deauth.constFirst().detail.value(QStringLiteral("provider_revoked")).toBool());
        QCOMPARE(deauth.constFirst().detail.value(QStringLiteral("operator")).toString(), kOperator);
        QVERIFY(!deauth.constFirst().detail.value(QStringLiteral("http")).toArray().isEmpty());
        // The audit log says who revoked it.
        const QList<AuditEntry> audit
            = AuditLog(m_bed->workspace()).entries(AuditLog::connectionKind(), connection.id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.constFirst().action, QStringLiteral("revoke"));
        QCOMPARE(audit.constFirst().operatorName, kOperator);

        QTRY_VERIFY_WITH_TIMEOUT(!m_bed->webhooks.isEmpty(), 20000);
        const QJsonObject hook = QJsonDocument::fromJson(m_bed->webhooks.constLast().body).object();
        QCOMPARE(hook.value(QStringLiteral("type")).toString(), QStringLiteral("deauth"));
        QCOMPARE(hook.value(QStringLiteral("connection_id")).toString(), connection.id);

        // The provider no longer honours the refresh token.
        TokenClient client(&m_network);
        QSignalSpy refreshed(&client, &TokenClient::refreshed);
        client.refresh(m_source, { kClientId, kClientSecret }, refreshToken);
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!refreshed.constFirst().at(1).value<TokenResponse>().ok);

        // A revoked connection cannot be revoked twice at once, nor refreshed.
        const auto [again, why]
            = outcomeOf(*controller, [&]() { return controller->refresh(connection.id); });
        QVERIFY(!again);
        QVERIFY(!why.isEmpty());
    }

    void oneActionAtATime()
    {
        const UserConnection connection = store(QStringLiteral("busy-user"),
            { { QStringLiteral("access_token"), QStringLiteral("some-access-token") } });
        auto controller = this->controller();
        QSignalSpy finished(controller.get(), &ConnectionsController::actionFinished);
        QVERIFY(controller->testApiCall(connection.id));
        QVERIFY(controller->isBusy());
        QVERIFY(!controller->refresh(connection.id));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.at(0).at(1).value<ConnectionsController::Action>(),
            ConnectionsController::Action::Refresh);
        QVERIFY(!finished.at(0).at(2).toBool());
        QVERIFY(!controller->isBusy());
        QVERIFY(!controller->testApiCall(QStringLiteral("no-such-connection")));
    }

    void copyIdsAndExportABundleWithoutTokens()
    {
        const UserConnection connection = connectUser(QStringLiteral("bundle-user"));
        auto controller = this->controller();
        controller->copyIds(connection.id);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(connection.id), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("bundle-user")));
        QVERIFY(copied.contains(QStringLiteral("ref-bundle-user")));
        QVERIFY(copied.contains(m_bed->a().name));

        QVERIFY(outcomeOf(*controller, [&]() { return controller->testApiCall(connection.id); }).first);
        QTemporaryDir dir;
        const QString path = dir.filePath(controller->suggestedBundleName(connection.id));
        QVERIFY(path.endsWith(SupportBundle::fileSuffix()));
        QString error;
        QVERIFY2(controller->exportBundle(connection.id, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(bundle.value(QStringLiteral("connection")).toObject().value(QStringLiteral("id")).toString(),
            connection.id);
        QVERIFY(!bundle.value(QStringLiteral("events")).toArray().isEmpty());
        const QJsonObject tokens = ConnectionSecrets::open(TokenSealer(m_key), connection);
        for (auto it = tokens.begin(); it != tokens.end(); ++it) {
            if (it.key().endsWith(QLatin1String("token")))
                QVERIFY2(!bytes.contains(it.value().toString().toUtf8()), qPrintable(it.key()));
        }
    }
};

QTEST_MAIN(TestConnectionsController)
#include "tst_connectionscontroller.moc"
