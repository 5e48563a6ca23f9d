#include "LoginScript.h"
#include "OidcFixture.h"
#include "OidcServer.h"
#include "Redactor.h"
#include "SecretStore.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "TestsController.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

constexpr int kRunMs = 45000;

} // namespace

/// The Tests page's flow without a window: a run in the offscreen
/// embedded browser, its steps, masked tokens and exchanges, a re-run, and
/// a run cancelled while the authorization page waits for a person.
class TestTestsController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OidcServer> m_server;
    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;

    TestsController::Request request() const
    {
        TestsController::Request request;
        request.sourceKey = QStringLiteral("oidc-test");
        request.redirectUri = QUrl(OidcFixture::redirectUri());
        return request;
    }

    static LoginScript loginScript()
    {
        QFile file(qEnvironmentVariable("LINKDECK_SOURCE_DIR")
            + QStringLiteral("/tests/web/oidc-login-script.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no login script");
        QString error;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("QA_LOGIN"), QStringLiteral("alice"));
        environment.insert(QStringLiteral("QA_PASSWORD"), QStringLiteral("wonderland-42"));
        const auto script = LoginScript::parse(file.readAll(), &error);
        const auto resolved = script ? script->resolved(environment, &error) : std::nullopt;
        if (!resolved)
            qFatal("%s", qPrintable(error));
        return *resolved;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The client secret comes from the environment, as in CI.
        qputenv("LINKDECK_SECRET_SOURCE_OIDC_TEST_CLIENT_SECRET", "qa-secret");
        m_server = std::make_unique<OidcServer>(
            QJsonArray { OidcFixture::client(QStringLiteral("qa-client"), QStringLiteral("qa-secret")) });
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorMessage()));
        m_workspace = std::make_unique<TempWorkspace>();
        QVERIFY(m_workspace->isOpen());
        IntegrationSource source = OidcFixture::source(m_server->issuer());
        source.clientId = QStringLiteral("qa-client");
        source.hasClientSecret = true;
        QVERIFY(SourceRepository(m_workspace->workspace()).insert(&source));
        m_secrets = std::make_unique<SecretStore>(m_workspace->workspace().id());
    }

    void cleanupTestCase()
    {
        m_secrets.reset();
        m_workspace.reset();
        m_server.reset();
    }

    void runsAndRerunsWithoutAWindow()
    {
        TestsController controller(m_workspace->workspace(), *m_secrets, nullptr);
        controller.setLoginScript(loginScript());
        QSignalSpy finished(&controller, &TestsController::runFinished);
        QSignalSpy agents(&controller, &TestsController::userAgentCreated);
        TestsController::Request keep = request();
        keep.revokeAtEnd = false;
        controller.start(keep);
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(kRunMs));
        QVERIFY(!controller.isRunning());
        QCOMPARE(
            finished.constFirst().constFirst().value<TestRunRecord>().result, TestRunRecord::Result::Passed);
        const TestsController::Tokens tokens = controller.tokens();
        QVERIFY(Redactor::isFingerprint(tokens.accessToken));
        QVERIFY(Redactor::isFingerprint(tokens.refreshToken));
        QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(!tokens.revoked);
        QVERIFY(controller.canRefresh());
        // Token, API call, refresh and the PKCE check's token: the revoke was left out.
        QCOMPARE(controller.exchanges().size(), 4);
        for (const HttpExchange &exchange : controller.exchanges())
            QVERIFY(!exchange.responseBody.contains("qa-secret"));

        // Again, in a new browser (a new profile: signed out again).
        controller.rerun();
        QVERIFY(finished.wait(kRunMs));
        QCOMPARE(agents.size(), 2);
        QCOMPARE(
            finished.constLast().constFirst().value<TestRunRecord>().result, TestRunRecord::Result::Passed);
    }

    void cancelsARunWaitingForAPerson()
    {
        TestsController controller(m_workspace->workspace(), *m_secrets, nullptr);
        QSignalSpy steps(&controller, &TestsController::stepsChanged);
        QSignalSpy finished(&controller, &TestsController::runFinished);
        controller.start(request());
        // The authorization page is up and nobody signs in.
        QTRY_VERIFY_WITH_TIMEOUT(!controller.steps().isEmpty()
                && controller.steps().constFirst().status == TestStep::Status::Running,
            kRunMs);
        controller.cancel();
        QVERIFY(!finished.isEmpty() || finished.wait(kRunMs));
        QCOMPARE(finished.constFirst().constFirst().value<TestRunRecord>().result,
            TestRunRecord::Result::Cancelled);
        QVERIFY(!controller.isRunning());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    TestTestsController test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_testscontroller.moc"
