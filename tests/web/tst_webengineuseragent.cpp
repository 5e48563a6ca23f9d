#include "LoginScript.h"
#include "OAuth2TestRun.h"
#include "OidcFixture.h"
#include "OidcServer.h"
#include "TestRunRecorder.h"
#include "WebEngineUserAgent.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <memory>

namespace {

// The first page starts WebEngine's processes: give it time.
constexpr int kRunMs = 45000;

LoginScript script(const QByteArray &json)
{
    QString error;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QA_LOGIN"), QStringLiteral("alice"));
    environment.insert(QStringLiteral("QA_PASSWORD"), QStringLiteral("wonderland-42"));
    const std::optional<LoginScript> parsed = LoginScript::parse(json, &error);
    const std::optional<LoginScript> resolved = parsed ? parsed->resolved(environment, &error) : std::nullopt;
    if (!resolved)
        qFatal("%s", qPrintable(error));
    return *resolved;
}

LoginScript approvingScript()
{
    QFile file(
        qEnvironmentVariable("LINKDECK_SOURCE_DIR") + QStringLiteral("/tests/web/oidc-login-script.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no login script");
    return script(file.readAll());
}

// Signs in, then presses the consent page's "[ Cancel ]" link.
LoginScript denyingScript()
{
    // moc reads this file: plain string literals only.
    const QByteArray json
        = "{\"steps\": ["
          "{\"name\": \"login\", \"url\": \"*/interaction/*\","
          " \"waitFor\": \"input[name=prompt][value=login]\","
          " \"actions\": [{\"fill\": \"input[name=login]\", \"value\": \"alice\"},"
          " {\"fill\": \"input[name=password]\", \"value\": \"x\"}, {\"submit\": \"form\"}]},"
          "{\"name\": \"deny\", \"url\": \"*/interaction/*\","
          " \"waitFor\": \"input[name=prompt][value=consent]\","
          " \"actions\": [{\"click\": \"a[href$=abort]\"}]}]}";
    return script(json);
}

} // namespace

/// The embedded browser's user agent against a real OpenID Connect server,
/// offscreen, filled by a login script: the redirect back is caught before
/// it leaves (nothing listening at the redirect URI is ever reached), the
/// hop that carried the code or the error is marked, in the query or the
/// fragment, and a script that cannot find its field says which.
class TestWebEngineUserAgent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OidcServer> m_server;
    QTcpServer m_redirectTarget; ///< where the redirect URI points; must never be reached
    QString m_redirectUri;

    struct Outcome
    {
        bool passed = false;
        QList<TestStep> steps;
        QJsonArray hops;
    };

    Outcome run(const IntegrationSource &source, const LoginScript &login)
    {
        QNetworkAccessManager manager;
        WebEngineUserAgent agent;
        agent.setLoginScript(login);
        OAuth2TestRun run(source, { QStringLiteral("qa-client"), QStringLiteral("qa-secret") },
            QUrl(m_redirectUri), &agent, &manager);
        TestRunRecorder recorder(&run, nullptr);
        recorder.watch(&agent);
        QSignalSpy finished(&run, &TestRun::finished);
        run.start();
        if (!finished.wait(kRunMs))
            return {};
        return { run.passed(), run.steps(), recorder.navigations() };
    }

    static QString describe(const QList<TestStep> &steps)
    {
        QString text;
        for (const TestStep &step : steps)
            text += TestStep::name(step.kind) + QLatin1Char('=') + TestStep::name(step.status)
                + QLatin1Char(' ') + step.detail + QLatin1Char(' ') + step.diagnosis + QLatin1Char('\n');
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_redirectTarget.listen(QHostAddress::LocalHost));
        m_redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(m_redirectTarget.serverPort());
        QJsonObject client = OidcFixture::client(QStringLiteral("qa-client"), QStringLiteral("qa-secret"));
        client.insert(QStringLiteral("redirect_uris"), QJsonArray { m_redirectUri });
        m_server = std::make_unique<OidcServer>(QJsonArray { client });
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorMessage()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void redirectIsCaughtBeforeItLeaves_data()
    {
        QTest::addColumn<QString>("responseMode");
        QTest::newRow("query") << QString();
        QTest::newRow("fragment") << QStringLiteral("fragment");
    }

    void redirectIsCaughtBeforeItLeaves()
    {
        QFETCH(QString, responseMode);
        IntegrationSource source = OidcFixture::source(m_server->issuer());
        if (!responseMode.isEmpty())
            source.extraAuthParams.insert(QStringLiteral("response_mode"), responseMode);
        const Outcome outcome = run(source, approvingScript());
        QVERIFY2(outcome.passed, qPrintable(describe(outcome.steps)));
        const QString authorized = outcome.steps.at(int(TestStep::Kind::Authorize)).detail;
        QCOMPARE(authorized.contains(QStringLiteral("fragment")), !responseMode.isEmpty());

        // Twice (the run's authorization, then its PKCE check's, whose
        // consent page the script filled again): the provider's pages, then
        // the redirect back, the only hop that carried the code.
        QVERIFY2(outcome.hops.size() >= 6, qPrintable(QString::number(outcome.hops.size())));
        QCOMPARE(outcome.hops.last().toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("redirect"));
        int redirects = 0;
        for (const QJsonValue &value : std::as_const(outcome.hops)) {
            const QJsonObject hop = value.toObject();
            if (hop.value(QStringLiteral("kind")).toString() == QLatin1String("redirect")) {
                ++redirects;
                QCOMPARE(hop.value(QStringLiteral("carries")).toString(), QStringLiteral("code"));
                QVERIFY(hop.value(QStringLiteral("url")).toString().startsWith(m_redirectUri));
                continue;
            }
            QCOMPARE(hop.value(QStringLiteral("kind")).toString(), QStringLiteral("navigation"));
            QVERIFY(hop.value(QStringLiteral("carries")).toString().isEmpty());
            QVERIFY(hop.value(QStringLiteral("url")).toString().startsWith(m_server->issuer()));
        }
        QCOMPARE(redirects, 2);
        QCOMPARE(outcome.steps.at(int(TestStep::Kind::PkceCheck)).status, TestStep::Status::Passed);
        // The browser never went there.
        QVERIFY(!m_redirectTarget.hasPendingConnections());
    }

    void deniedConsentCarriesAnError()
    {
        const Outcome outcome = run(OidcFixture::source(m_server->issuer()), denyingScript());
        QVERIFY(!outcome.steps.isEmpty());
        QVERIFY(!outcome.passed);
        const TestStep authorize = outcome.steps.at(int(TestStep::Kind::Authorize));
        QCOMPARE(authorize.status, TestStep::Status::Failed);
        QVERIFY2(authorize.diagnosis.contains(QStringLiteral("denied"), Qt::CaseInsensitive),
            qPrintable(authorize.diagnosis));
        const QJsonObject last = outcome.hops.last().toObject();
        QCOMPARE(last.value(QStringLiteral("carries")).toString(), QStringLiteral("error"));
        QVERIFY(!m_redirectTarget.hasPendingConnections());
    }

    void aMissingFieldFailsTheAuthorization()
    {
        const LoginScript login
            = script("{\"steps\": [{\"name\": \"login\", \"url\": \"*/interaction/*\","
                     " \"actions\": [{\"fill\": \"#no-such-field\", \"value\": \"alice\"}]}]}");
        const Outcome outcome = run(OidcFixture::source(m_server->issuer()), login);
        QVERIFY(!outcome.steps.isEmpty());
        const TestStep authorize = outcome.steps.at(int(TestStep::Kind::Authorize));
        QCOMPARE(authorize.status, TestStep::Status::Failed);
        QVERIFY2(authorize.detail.contains(QStringLiteral("#no-such-field")), qPrintable(authorize.detail));
    }

    void anErrorPageIsHandedOver()
    {
        // An unregistered redirect URI: the provider shows an error page
        // instead of sending the browser back.
        QNetworkAccessManager manager;
        WebEngineUserAgent agent;
        OAuth2TestRun run(OidcFixture::source(m_server->issuer()),
            { QStringLiteral("qa-client"), QStringLiteral("qa-secret") },
            QUrl(QStringLiteral("http://127.0.0.1:1/elsewhere")), &agent, &manager);
        QSignalSpy errorPage(&agent, &UserAgent::errorPage);
        QSignalSpy finished(&run, &TestRun::finished);
        run.start();
        QVERIFY(finished.wait(kRunMs));
        QCOMPARE(errorPage.size(), 1);
        QCOMPARE(errorPage.constFirst().at(1).toInt(), 400);
        const TestStep authorize = run.steps().at(int(TestStep::Kind::Authorize));
        QCOMPARE(authorize.status, TestStep::Status::Failed);
        QVERIFY2(authorize.diagnosis.contains(QStringLiteral("redirect"), Qt::CaseInsensitive),
            qPrintable(authorize.diagnosis));
    }

    void eachAgentHasItsOwnProfile()
    {
        WebEngineUserAgent first;
        WebEngineUserAgent second;
        QVERIFY(first.page()->profile()->isOffTheRecord());
        QVERIFY(first.page()->profile() != second.page()->profile());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestWebEngineUserAgent test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_webengineuseragent.moc"
