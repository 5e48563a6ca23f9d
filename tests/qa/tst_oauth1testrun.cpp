#include "DriverUserAgent.h"
#include "OAuth1Server.h"
#include "OAuth1TestRun.h"
#include "TempWorkspace.h"
#include "TestRunRecorder.h"
#include "TestRunRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

Q_DECLARE_METATYPE(OAuth1Signer::Method)

namespace {

const QString kKey = QStringLiteral("garmin-key");
const QString kSecret = QStringLiteral("garmin-secret-4f1c9a");
const QUrl kCallback(QStringLiteral("http://127.0.0.1:9/callback")); // never fetched

IntegrationSource sourceFor(const QString &base)
{
    IntegrationSource s;
    s.key = QStringLiteral("garmin-test");
    s.displayName = QStringLiteral("Garmin (test)");
    s.authType = IntegrationSource::AuthType::OAuth1;
    s.requestTokenUrl = base + QStringLiteral("/oauth/request_token");
    s.authUrl = base + QStringLiteral("/oauth/authorize");
    s.accessTokenUrl = base + QStringLiteral("/oauth/access_token");
    s.apiHostUrl = base;
    s.testApiPath = QStringLiteral("/api/me");
    return s;
}

QString describe(const QList<TestStep> &steps)
{
    QStringList lines;
    for (const TestStep &step : steps)
        lines << TestStep::name(step.kind) + QLatin1Char(' ') + TestStep::name(step.status)
                + QStringLiteral(": ") + step.detail + QLatin1Char(' ') + step.diagnosis;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

/// Whole OAuth 1.0a test runs against a real provider (python3-oauthlib,
/// tests/peers): both signature methods, each way a misconfigured source
/// or server fails them, and the run stored redacted.
class TestOAuth1TestRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OAuth1Server> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<OAuth1Server>(QMap<QString, QString> { { kKey, kSecret } });
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorMessage()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void everyStepPasses_data()
    {
        QTest::addColumn<OAuth1Signer::Method>("method");
        QTest::newRow("HMAC-SHA1") << OAuth1Signer::Method::HmacSha1;
        QTest::newRow("HMAC-SHA256") << OAuth1Signer::Method::HmacSha256;
    }

    void everyStepPasses()
    {
        QFETCH(OAuth1Signer::Method, method);
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth1TestRun run(sourceFor(m_server->base()), { kKey, kSecret }, kCallback, &agent, &manager);
        run.setSignatureMethod(method);
        QSignalSpy finished(&run, &OAuth1TestRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(run.passed(), qPrintable(describe(run.steps())));
        QCOMPARE(run.steps().size(), 4);
        QCOMPARE(run.steps().constFirst().kind, TestStep::Kind::RequestToken);
        QVERIFY(run.steps().constFirst().detail.contains(OAuth1Signer::methodName(method)));
        // Request token, access token, and the API call that the provider signed off.
        QCOMPARE(run.exchanges().size(), 3);
        const QJsonObject me = QJsonDocument::fromJson(run.exchanges().constLast().responseBody).object();
        QCOMPARE(me.value(QLatin1String("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(me.value(QLatin1String("signature_method")).toString(), OAuth1Signer::methodName(method));
        QVERIFY(!run.accessToken().isEmpty());
    }

    void failureStopsAndExplains_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<OAuth1Signer::Method>("method");
        QTest::addColumn<bool>("deny");
        QTest::addColumn<QString>("apiPath");
        QTest::addColumn<TestStep::Kind>("failedStep");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong consumer secret")
            << QStringLiteral("not-the-secret") << OAuth1Signer::Method::HmacSha1 << false
            << QStringLiteral("/api/me") << TestStep::Kind::RequestToken
            << QStringLiteral("consumer key and secret");
        QTest::newRow("denied") << kSecret << OAuth1Signer::Method::HmacSha256 << true
                                << QStringLiteral("/api/me") << TestStep::Kind::Authorize
                                << QStringLiteral("declined");
        QTest::newRow("wrong API path")
            << kSecret << OAuth1Signer::Method::HmacSha1 << false << QStringLiteral("/api/nothing")
            << TestStep::Kind::ApiCall << QStringLiteral("no such endpoint");
    }

    void failureStopsAndExplains()
    {
        QFETCH(QString, secret);
        QFETCH(OAuth1Signer::Method, method);
        QFETCH(bool, deny);
        QFETCH(QString, apiPath);
        QFETCH(TestStep::Kind, failedStep);
        QFETCH(QString, mentions);
        QNetworkAccessManager manager;
        DriverUserAgent agent(deny ? OAuthLoginDriver::Consent::Deny : OAuthLoginDriver::Consent::Approve);
        IntegrationSource source = sourceFor(m_server->base());
        source.testApiPath = apiPath;
        OAuth1TestRun run(source, { kKey, secret }, kCallback, &agent, &manager);
        run.setSignatureMethod(method);
        QSignalSpy finished(&run, &OAuth1TestRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!run.passed());
        bool after = false;
        for (const TestStep &step : run.steps()) {
            if (step.kind == failedStep) {
                QCOMPARE(step.status, TestStep::Status::Failed);
                QVERIFY2(step.diagnosis.contains(mentions, Qt::CaseInsensitive),
                    qPrintable(describe(run.steps())));
                after = true;
            } else {
                QCOMPARE(step.status, after ? TestStep::Status::Skipped : TestStep::Status::Passed);
            }
        }
        QVERIFY(after);
        QVERIFY(!run.steps().at(0).diagnosis.contains(secret));
    }

    void signatureMethodNotAccepted()
    {
        OAuth1Server strict({ { kKey, kSecret } }, { QStringLiteral("HMAC-SHA1") });
        QVERIFY2(strict.isRunning(), qPrintable(strict.errorMessage()));
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth1TestRun run(sourceFor(strict.base()), { kKey, kSecret }, kCallback, &agent, &manager);
        run.setSignatureMethod(OAuth1Signer::Method::HmacSha256);
        QSignalSpy finished(&run, &OAuth1TestRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        const TestStep first = run.steps().constFirst();
        QCOMPARE(first.status, TestStep::Status::Failed);
        QVERIFY2(first.diagnosis.contains(QLatin1String("does not accept HMAC-SHA256")),
            qPrintable(first.diagnosis));
    }

    void serverDown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close(); // nothing listens there now
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth1TestRun run(sourceFor(base), { kKey, kSecret }, kCallback, &agent, &manager);
        QSignalSpy finished(&run, &OAuth1TestRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        const TestStep first = run.steps().constFirst();
        QCOMPARE(first.status, TestStep::Status::Failed);
        QVERIFY2(first.diagnosis.contains(QLatin1String("connection refused")), qPrintable(first.diagnosis));
    }

    void storedRedacted()
    {
        TempWorkspace temp;
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth1TestRun run(sourceFor(m_server->base()), { kKey, kSecret }, kCallback, &agent, &manager);
        TestRunRecorder recorder(&run, &temp.workspace());
        recorder.watch(&agent);
        QSignalSpy recorded(&recorder, &TestRunRecorder::recorded);
        QSignalSpy redirects(&agent, &UserAgent::redirected);
        run.start();
        QVERIFY(recorded.wait(30000));
        QVERIFY(run.passed());
        const auto stored = TestRunRepository(temp.workspace()).find(recorder.record().id);
        QVERIFY(stored);
        QCOMPARE(stored->result, TestRunRecord::Result::Passed);
        QCOMPARE(stored->steps.size(), 4);
        QCOMPARE(stored->steps.at(0).toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("request_token"));
        QCOMPARE(stored->navigations.last().toObject().value(QLatin1String("carries")).toString(),
            QStringLiteral("code"));
        const QByteArray kept = QJsonDocument(stored->har).toJson()
            + QJsonDocument(stored->navigations).toJson() + QJsonDocument(stored->steps).toJson();
        QVERIFY(!run.secrets().isEmpty());
        for (const QString &secret : run.secrets()) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!kept.contains(secret.toUtf8()), qPrintable(secret.left(4)));
            QVERIFY2(!kept.contains(QUrl::toPercentEncoding(secret)), qPrintable(secret.left(4)));
        }
        QCOMPARE(
            TestRunRepository(temp.workspace()).latestPerSource().value(QStringLiteral("garmin-test")).id,
            stored->id);
    }
};

QTEST_MAIN(TestOAuth1TestRun)
#include "tst_oauth1testrun.moc"
