#include "DriverUserAgent.h"
#include "OAuth2TestRun.h"
#include "OAuthDiagnosis.h"
#include "OidcFixture.h"
#include "OidcServer.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString kClient = QStringLiteral("qa-client");
const QString kSecret = QStringLiteral("qa-secret");

/// A browser that lets the provider's redirect back be tampered with on
/// the way: its state is replaced, as by a forged or crossed callback.
class StateSwappingUserAgent : public UserAgent
{
public:
    StateSwappingUserAgent()
    {
        connect(&m_inner, &UserAgent::redirected, this, [this](const QUrl &url) {
            QUrlQuery query(url);
            query.removeQueryItem(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("state-of-another-attempt"));
            QUrl swapped = url;
            swapped.setQuery(query);
            Q_EMIT redirected(swapped);
        });
    }
    void authorize(const QUrl &authorizationUrl, const QUrl &redirectUri) override
    {
        m_inner.authorize(authorizationUrl, redirectUri);
    }
    void cancel() override { m_inner.cancel(); }

private:
    DriverUserAgent m_inner;
};

QString describe(const QList<TestStep> &steps)
{
    QStringList lines;
    for (const TestStep &step : steps)
        lines << TestStep::name(step.kind) + QLatin1Char(' ') + TestStep::name(step.status)
                + QStringLiteral(": ") + step.detail + QLatin1Char(' ') + step.diagnosis;
    return lines.join(QLatin1Char('\n'));
}

/// The run's steps once it finished; empty if it did not.
QList<TestStep> runToEnd(OAuth2TestRun &run)
{
    QSignalSpy finished(&run, &OAuth2TestRun::finished);
    run.start();
    return finished.wait(30000) ? run.steps() : QList<TestStep>();
}

} // namespace

/// The step that failed (the earlier ones passed, the later ones were
/// skipped) and whose diagnosis mentions each of @p mentions.
#define VERIFY_FAILED_AT(steps, failedKind, mentions)                                                        \
    do {                                                                                                     \
        QVERIFY(!(steps).isEmpty());                                                                         \
        bool after_ = false;                                                                                 \
        for (const TestStep &step_ : (steps)) {                                                              \
            if (step_.kind == (failedKind)) {                                                                \
                QVERIFY2(step_.status == TestStep::Status::Failed, qPrintable(describe(steps)));             \
                for (const QString &mention_ : QStringList(mentions))                                        \
                    QVERIFY2(step_.diagnosis.contains(mention_, Qt::CaseInsensitive),                        \
                        qPrintable(mention_ + QStringLiteral(" not in:\n") + describe(steps)));              \
                after_ = true;                                                                               \
            } else {                                                                                         \
                QVERIFY2(step_.status == (after_ ? TestStep::Status::Skipped : TestStep::Status::Passed),    \
                    qPrintable(describe(steps)));                                                            \
            }                                                                                                \
        }                                                                                                    \
        QVERIFY(after_);                                                                                     \
    } while (false)

/// A whole test run against a real OpenID Connect server, as QA runs it.
class TestOAuth2TestRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OidcServer> m_server;

    IntegrationSource source() const { return OidcFixture::source(m_server->issuer()); }

    /// A token endpoint on loopback that answers every request with @p body.
    static quint16 serveTokens(QHttpServer &server, const QByteArray &contentType, const QByteArray &body)
    {
        server.route(QStringLiteral("/token"),
            [contentType, body]() { return QHttpServerResponse(contentType, body); });
        return server.listen(QHostAddress::LocalHost, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QJsonObject limited = OidcFixture::client(QStringLiteral("qa-limited"), kSecret);
        limited.insert(QStringLiteral("scope"), QStringLiteral("openid offline_access"));
        m_server
            = std::make_unique<OidcServer>(QJsonArray { OidcFixture::client(kClient, kSecret), limited });
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorMessage()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void everyStepPasses()
    {
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(OidcFixture::source(m_server->issuer()),
            { QStringLiteral("qa-client"), QStringLiteral("qa-secret") }, QUrl(OidcFixture::redirectUri()),
            &agent, &manager);
        QSignalSpy finished(&run, &OAuth2TestRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        const QList<TestStep> steps = run.steps();
        for (const TestStep &step : steps)
            QVERIFY2(step.status == TestStep::Status::Passed,
                qPrintable(TestStep::name(step.kind) + QStringLiteral(": ") + step.detail + QLatin1Char(' ')
                    + step.diagnosis));
        QVERIFY(run.passed());
        QVERIFY(steps.at(3).detail.contains(QStringLiteral("rotated")));
        // The PKCE check authorized once more and exchanged that code with a wrong verifier.
        const TestStep check = steps.at(int(TestStep::Kind::PkceCheck));
        QVERIFY2(check.detail.contains(QStringLiteral("invalid_grant")), qPrintable(check.detail));
        QVERIFY2(check.detail.contains(QStringLiteral("checks the code_verifier")), qPrintable(check.detail));
        // Token endpoint four times (exchange, refresh, revoke, the check's exchange) and the API once.
        const QList<HttpExchange> exchanges = run.exchanges();
        QCOMPARE(exchanges.size(), 5);
        const HttpExchange probe = exchanges.constLast();
        QCOMPARE(probe.url.path(), QStringLiteral("/token"));
        QCOMPARE(probe.status, 400);
        QVERIFY(probe.responseBody.contains("invalid_grant"));
        // Sent with a verifier, and not the one of the first exchange.
        const QUrlQuery first(QString::fromUtf8(exchanges.constFirst().requestBody));
        const QUrlQuery second(QString::fromUtf8(probe.requestBody));
        QVERIFY(second.hasQueryItem(QStringLiteral("code_verifier")));
        QVERIFY(second.queryItemValue(QStringLiteral("code_verifier"))
            != first.queryItemValue(QStringLiteral("code_verifier")));
        QVERIFY(run.secrets().contains(second.queryItemValue(QStringLiteral("code_verifier"))));
    }

    void pkceIgnoredIsDiagnosed_data()
    {
        QTest::addColumn<IntegrationSource::PkceMode>("pkce");
        QTest::addColumn<bool>("revokeUrl");
        QTest::newRow("S256") << IntegrationSource::PkceMode::S256 << true;
        QTest::newRow("plain") << IntegrationSource::PkceMode::Plain << true;
        QTest::newRow("no revoke URL") << IntegrationSource::PkceMode::S256 << false;
    }

    void pkceIgnoredIsDiagnosed()
    {
        QFETCH(IntegrationSource::PkceMode, pkce);
        QFETCH(bool, revokeUrl);
        // A real server that never looks at code_challenge or code_verifier.
        OidcServer ignoring(QJsonArray { OidcFixture::client(kClient, kSecret) }, OidcServer::Pkce::Ignored);
        QVERIFY2(ignoring.isRunning(), qPrintable(ignoring.errorMessage()));
        IntegrationSource s = OidcFixture::source(ignoring.issuer());
        s.pkce = pkce;
        if (!revokeUrl)
            s.revokeUrl.clear();
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(s, { kClient, kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        const QList<TestStep> steps = runToEnd(run);
        if (!revokeUrl) {
            // Every step but the revoke passed: the macro below wants them passed.
            QCOMPARE(steps.at(int(TestStep::Kind::Revoke)).status, TestStep::Status::Skipped);
            QList<TestStep> others = steps;
            others.removeAt(int(TestStep::Kind::Revoke));
            VERIFY_FAILED_AT(
                others, TestStep::Kind::PkceCheck, (QStringList { QStringLiteral("ignores PKCE") }));
        } else {
            VERIFY_FAILED_AT(
                steps, TestStep::Kind::PkceCheck, (QStringList { QStringLiteral("ignores PKCE") }));
        }
        QVERIFY(!run.passed());
        const TestStep check = steps.at(int(TestStep::Kind::PkceCheck));
        // The diagnosis in plain words, with the fix, as OAuthDiagnosis words it.
        QCOMPARE(check.diagnosis, OAuthDiagnosis::pkceIgnored().text());
        QVERIFY(check.diagnosis.contains(QStringLiteral("wrong or missing code_verifier")));
        QVERIFY(check.diagnosis.contains(QStringLiteral("ask the provider to enforce it")));
        QVERIFY2(check.detail.contains(QStringLiteral("issued a token")), qPrintable(check.detail));
        const HttpExchange last = run.exchanges().constLast();
        if (revokeUrl) {
            // The token issued for the wrong verifier was revoked.
            QVERIFY2(check.detail.contains(QStringLiteral("was revoked")), qPrintable(check.detail));
            QCOMPARE(last.url.path(), QStringLiteral("/token/revocation"));
            QCOMPARE(last.status, 200);
            QCOMPARE(run.exchanges().size(), 6);
        } else {
            QVERIFY2(check.detail.contains(QStringLiteral("stays valid")), qPrintable(check.detail));
            QCOMPARE(last.url.path(), QStringLiteral("/token"));
            QCOMPARE(last.status, 200);
            QCOMPARE(run.exchanges().size(), 4);
        }
        // Every token the check was issued is a secret to redact.
        const QJsonObject issued
            = QJsonDocument::fromJson(run.exchanges().at(revokeUrl ? 4 : 3).responseBody).object();
        QVERIFY(run.secrets().contains(issued.value(QStringLiteral("access_token")).toString()));
    }

    void pkceCheckSkippedWithoutPkce()
    {
        OidcServer ignoring(QJsonArray { OidcFixture::client(kClient, kSecret) }, OidcServer::Pkce::Ignored);
        QVERIFY2(ignoring.isRunning(), qPrintable(ignoring.errorMessage()));
        IntegrationSource s = OidcFixture::source(ignoring.issuer());
        s.pkce = IntegrationSource::PkceMode::Off;
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(s, { kClient, kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        const QList<TestStep> steps = runToEnd(run);
        QVERIFY2(run.passed(), qPrintable(describe(steps)));
        const TestStep check = steps.at(int(TestStep::Kind::PkceCheck));
        QCOMPARE(check.status, TestStep::Status::Skipped);
        QVERIFY2(check.detail.contains(QStringLiteral("does not use PKCE")), qPrintable(check.detail));
        QCOMPARE(run.exchanges().size(), 4); // no second authorization, no second exchange
    }

    void failureStopsAndExplains_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("deny");
        QTest::addColumn<int>("failedStep");
        QTest::addColumn<QString>("diagnosisMentions");
        QTest::newRow("wrong secret")
            << QStringLiteral("nope") << false << int(TestStep::Kind::Token) << QStringLiteral("secret");
        QTest::newRow("consent denied") << QStringLiteral("qa-secret") << true
                                        << int(TestStep::Kind::Authorize) << QStringLiteral("denied");
    }

    void failureStopsAndExplains()
    {
        QFETCH(QString, secret);
        QFETCH(bool, deny);
        QFETCH(int, failedStep);
        QFETCH(QString, diagnosisMentions);
        QNetworkAccessManager manager;
        DriverUserAgent agent(deny ? OAuthLoginDriver::Consent::Deny : OAuthLoginDriver::Consent::Approve);
        OAuth2TestRun run(OidcFixture::source(m_server->issuer()), { QStringLiteral("qa-client"), secret },
            QUrl(OidcFixture::redirectUri()), &agent, &manager);
        QSignalSpy finished(&run, &OAuth2TestRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!run.passed());
        const TestStep failed = run.steps().at(failedStep);
        QCOMPARE(failed.status, TestStep::Status::Failed);
        QVERIFY2(
            failed.diagnosis.contains(diagnosisMentions, Qt::CaseInsensitive), qPrintable(failed.diagnosis));
        for (int i = failedStep + 1; i < run.steps().size(); ++i)
            QCOMPARE(run.steps().at(i).status, TestStep::Status::Skipped);
    }

    void apiRefusesAWrongPath()
    {
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        IntegrationSource source = OidcFixture::source(m_server->issuer());
        source.testApiPath = QStringLiteral("/no-such-api");
        OAuth2TestRun run(source, { QStringLiteral("qa-client"), QStringLiteral("qa-secret") },
            QUrl(OidcFixture::redirectUri()), &agent, &manager);
        QSignalSpy finished(&run, &OAuth2TestRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        const TestStep api = run.steps().at(int(TestStep::Kind::ApiCall));
        QCOMPARE(api.status, TestStep::Status::Failed);
        QVERIFY2(api.detail.contains(QStringLiteral("404")), qPrintable(api.detail));
    }

    void stepsWithoutEndpointsAreSkipped()
    {
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        IntegrationSource source = OidcFixture::source(m_server->issuer());
        source.revokeUrl.clear();
        source.testApiPath.clear();
        OAuth2TestRun run(source, { QStringLiteral("qa-client"), QStringLiteral("qa-secret") },
            QUrl(OidcFixture::redirectUri()), &agent, &manager);
        QSignalSpy finished(&run, &OAuth2TestRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(run.passed());
        QCOMPARE(run.steps().at(int(TestStep::Kind::ApiCall)).status, TestStep::Status::Skipped);
        QCOMPARE(run.steps().at(int(TestStep::Kind::Revoke)).status, TestStep::Status::Skipped);
    }

    // Each diagnosis of issue 4 at the level of a whole run, by misconfiguring
    // the source or the server. (tests/auth checks the engines' side of each.)

    void wrongSecretNamesTheServersMethods()
    {
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(source(), { kClient, QStringLiteral("wrong") }, QUrl(OidcFixture::redirectUri()),
            &agent, &manager);
        const QList<TestStep> steps = runToEnd(run);
        VERIFY_FAILED_AT(steps, TestStep::Kind::Token,
            (QStringList { QStringLiteral("invalid_client"), QStringLiteral("client_secret_basic"),
                QStringLiteral("The server supports: "), QStringLiteral("client_secret_post") }));
        // The discovery document was asked for, and is in the timeline.
        QVERIFY(run.exchanges().constLast().url.path().endsWith(
            QLatin1String("/.well-known/openid-configuration")));
    }

    void unregisteredRedirectUriSideBySide()
    {
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        const QString wrong = QStringLiteral("http://127.0.0.1:9/callbak");
        OAuth2TestRun run(source(), { kClient, kSecret }, QUrl(wrong), &agent, &manager);
        run.setRegisteredRedirectUri(OidcFixture::redirectUri());
        const QList<TestStep> steps = runToEnd(run);
        // "http://127.0.0.1:9/callba" is common; they part at character 26.
        VERIFY_FAILED_AT(steps, TestStep::Kind::Authorize,
            (QStringList { QStringLiteral("Sent:       ") + wrong,
                QStringLiteral("Registered: ") + OidcFixture::redirectUri(),
                QStringLiteral("character 26") }));
        QVERIFY(run.exchanges().isEmpty()); // nothing was sent to the token endpoint
    }

    void pkceOffButRequired()
    {
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        IntegrationSource s = source();
        s.pkce = IntegrationSource::PkceMode::Off;
        OAuth2TestRun run(s, { kClient, kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        const QList<TestStep> steps = runToEnd(run);
        VERIFY_FAILED_AT(steps, TestStep::Kind::Authorize, (QStringList { QStringLiteral("PKCE is off") }));
    }

    void scopeNotAllowed()
    {
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        IntegrationSource s = source();
        s.scopes << QStringLiteral("email");
        OAuth2TestRun run(
            s, { QStringLiteral("qa-limited"), kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        const QList<TestStep> steps = runToEnd(run);
        VERIFY_FAILED_AT(steps, TestStep::Kind::Authorize,
            (QStringList { QStringLiteral("invalid_scope"), QStringLiteral("openid offline_access email") }));
    }

    void stateMismatch()
    {
        QNetworkAccessManager manager;
        StateSwappingUserAgent agent;
        OAuth2TestRun run(source(), { kClient, kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        const QList<TestStep> steps = runToEnd(run);
        VERIFY_FAILED_AT(steps, TestStep::Kind::Authorize,
            (QStringList { QStringLiteral("state does not match"), QStringLiteral("not exchanged") }));
        QVERIFY(run.exchanges().isEmpty()); // the code was never exchanged
    }

    void tokenEndpointDown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        IntegrationSource s = source();
        s.accessTokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(probe.serverPort());
        probe.close(); // nothing listens there now
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(s, { kClient, kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        const QList<TestStep> steps = runToEnd(run);
        VERIFY_FAILED_AT(
            steps, TestStep::Kind::Token, (QStringList { QStringLiteral("connection refused") }));
    }

    void tokenEndpointNeverAnswers()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held; // accepted, never answered
        connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held << socket;
        });
        IntegrationSource s = source();
        s.accessTokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(silent.serverPort());
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(s, { kClient, kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        run.setTimeout(500);
        const QList<TestStep> steps = runToEnd(run);
        VERIFY_FAILED_AT(
            steps, TestStep::Kind::Token, (QStringList { QStringLiteral("did not answer in time") }));
        QVERIFY(steps.at(int(TestStep::Kind::Token)).durationMs >= 500);
        QCOMPARE(held.size(), 1);
    }

    void tokenEndpointAnswers_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("HTML instead of JSON")
            << QByteArrayLiteral("text/html")
            << QByteArrayLiteral(
                   "<!doctype html><title>Sign in - Corporate Proxy</title><p>Please sign in.</p>")
            << QStringList { QStringLiteral("not JSON"), QStringLiteral("\"Sign in - Corporate Proxy\"") };
        QTest::newRow("no access_token")
            << QByteArrayLiteral("application/json")
            << QByteArrayLiteral("{\"token_type\":\"Bearer\",\"expires_in\":60}")
            << QStringList { QStringLiteral("no access_token"), QStringLiteral("expires_in, token_type") };
    }

    void tokenEndpointAnswers()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, mentions);
        QHttpServer fake;
        const quint16 port = serveTokens(fake, contentType, body);
        QVERIFY(port != 0);
        IntegrationSource s = source();
        s.accessTokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(port);
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(s, { kClient, kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        const QList<TestStep> steps = runToEnd(run);
        VERIFY_FAILED_AT(steps, TestStep::Kind::Token, mentions);
    }

    void tlsErrorIsNeverIgnored()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        const QString data
            = qEnvironmentVariable("LINKDECK_SOURCE_DIR") + QStringLiteral("/tests/auth/data/");
        QFile certFile(data + QStringLiteral("tls-selfsigned-cert.pem"));
        QFile keyFile(data + QStringLiteral("tls-selfsigned-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        IntegrationSource s = source();
        s.accessTokenUrl = QStringLiteral("https://127.0.0.1:%1/token").arg(server.serverPort());
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(s, { kClient, kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        const QList<TestStep> steps = runToEnd(run);
        VERIFY_FAILED_AT(steps, TestStep::Kind::Token,
            (QStringList { QStringLiteral("TLS connection failed"), QStringLiteral("self-signed"),
                QStringLiteral("never ignores") }));
    }

    void cancelWhileTheApiIsAsked()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        IntegrationSource s = source();
        s.apiHostUrl = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(s, { kClient, kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        // Cancelled once the API call is on the wire, unanswered.
        connect(&silent, &QTcpServer::newConnection, this, [&silent, &held, &run] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held << socket;
            run.cancel();
        });
        const QList<TestStep> steps = runToEnd(run);
        QVERIFY(run.wasCancelled());
        const TestStep api = steps.at(int(TestStep::Kind::ApiCall));
        QCOMPARE(api.status, TestStep::Status::Failed);
        QCOMPARE(api.detail, QStringLiteral("Cancelled."));
        QVERIFY2(api.diagnosis.isEmpty(), qPrintable(api.diagnosis)); // not taken for a timeout
        QCOMPARE(steps.at(int(TestStep::Kind::Refresh)).status, TestStep::Status::Skipped);
        QCOMPARE(run.exchanges().constLast().url.port(), int(silent.serverPort()));
    }

    void refreshAtAnotherProviderFails()
    {
        // The refresh URL points at another provider, which knows the client
        // but not its refresh token: invalid_grant, and the refresh step fails.
        OidcServer other(QJsonArray { OidcFixture::client(kClient, kSecret) });
        QVERIFY2(other.isRunning(), qPrintable(other.errorMessage()));
        IntegrationSource s = source();
        s.refreshUrl = other.issuer() + QStringLiteral("/token");
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(s, { kClient, kSecret }, QUrl(OidcFixture::redirectUri()), &agent, &manager);
        const QList<TestStep> steps = runToEnd(run);
        VERIFY_FAILED_AT(steps, TestStep::Kind::Refresh, (QStringList { QStringLiteral("invalid_grant") }));
        QVERIFY2(steps.at(int(TestStep::Kind::Refresh)).detail.contains(QLatin1String("refused")),
            qPrintable(describe(steps)));
    }
};

QTEST_MAIN(TestOAuth2TestRun)
#include "tst_oauth2testrun.moc"
