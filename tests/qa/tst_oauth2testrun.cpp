#include "DriverUserAgent.h"
#include "OAuth2TestRun.h"
#include "OidcFixture.h"
#include "OidcServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

/// A whole test run against a real OpenID Connect server, as QA runs it.
class TestOAuth2TestRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OidcServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<OidcServer>(
            QJsonArray { OidcFixture::client(QStringLiteral("qa-client"), QStringLiteral("qa-secret")) });
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
        // Token endpoint three times (exchange, refresh, revoke) and the API once.
        QCOMPARE(run.exchanges().size(), 4);
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
};

QTEST_MAIN(TestOAuth2TestRun)
#include "tst_oauth2testrun.moc"
