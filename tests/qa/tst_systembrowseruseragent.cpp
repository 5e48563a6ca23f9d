#include "OAuth2TestRun.h"
#include "OAuthLoginDriver.h"
#include "OidcFixture.h"
#include "OidcServer.h"
#include "SystemBrowserUserAgent.h"
#include "TestRunRecorder.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

/// Stands in for the person's browser: QDesktopServices hands it the
/// authorization URL; it signs in and consents on the provider's pages
/// (OAuthLoginDriver), then follows the redirect to the loopback listener
/// as a browser would.
class FakeSystemBrowser : public QObject
{
    Q_OBJECT

public:
    explicit FakeSystemBrowser(const QUrl &redirectUri)
        : m_redirectUri(redirectUri)
    {
        connect(&m_driver, &OAuthLoginDriver::finished, this, [this](const OAuthLoginDriver::Result &result) {
            if (!result.reachedRedirect)
                return;
            QNetworkReply *reply = m_manager.get(QNetworkRequest(result.redirectUrl));
            connect(reply, &QNetworkReply::finished, this, [this, reply]() {
                reply->deleteLater();
                m_answer = reply->readAll();
                m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                Q_EMIT answered();
            });
        });
    }

    QByteArray answer() const { return m_answer; }
    int status() const { return m_status; }
    QList<QUrl> opened() const { return m_opened; }

public Q_SLOTS:
    void open(const QUrl &url)
    {
        m_opened << url;
        m_driver.start(url, m_redirectUri);
    }

Q_SIGNALS:
    void answered();

private:
    QUrl m_redirectUri;
    OAuthLoginDriver m_driver;
    QNetworkAccessManager m_manager;
    QList<QUrl> m_opened;
    QByteArray m_answer;
    int m_status = 0;
};

/// The system browser variant of the authorization page (RFC 8252): the
/// redirect comes back to a loopback listener on a random port, here from
/// a public client of a real OpenID Connect server that accepts any
/// loopback port.
class TestSystemBrowserUserAgent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OidcServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonObject client { { QStringLiteral("client_id"), QStringLiteral("native-client") },
            { QStringLiteral("application_type"), QStringLiteral("native") },
            { QStringLiteral("redirect_uris"), QJsonArray { QStringLiteral("http://127.0.0.1/callback") } },
            { QStringLiteral("grant_types"),
                QJsonArray { QStringLiteral("authorization_code"), QStringLiteral("refresh_token") } },
            { QStringLiteral("response_types"), QJsonArray { QStringLiteral("code") } },
            { QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none") } };
        m_server = std::make_unique<OidcServer>(QJsonArray { client });
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorMessage()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void redirectComesBackToTheListener()
    {
        SystemBrowserUserAgent agent;
        QVERIFY2(agent.listen(), qPrintable(agent.errorString()));
        const QUrl redirectUri = agent.redirectUri();
        QCOMPARE(redirectUri.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirectUri.port() > 0);

        FakeSystemBrowser browser(redirectUri);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");

        QNetworkAccessManager manager;
        IntegrationSource source = OidcFixture::source(m_server->issuer());
        OAuth2TestRun run(
            source, { QStringLiteral("native-client"), QString() }, redirectUri, &agent, &manager);
        TestRunRecorder recorder(&run, nullptr);
        recorder.watch(&agent);
        QSignalSpy finished(&run, &TestRun::finished);
        QSignalSpy answered(&browser, &FakeSystemBrowser::answered);
        run.start();
        QVERIFY(finished.wait(30000));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QString steps;
        for (const TestStep &step : run.steps())
            steps += TestStep::name(step.kind) + QLatin1Char('=') + TestStep::name(step.status)
                + QLatin1Char(' ') + step.detail + QLatin1Char(' ') + step.diagnosis + QLatin1Char('\n');
        QVERIFY2(run.passed(), qPrintable(steps));
        // Opened twice: the authorization, then the PKCE check's, which the
        // provider's session let through without a login.
        QCOMPARE(browser.opened().size(), 2);

        // The browser was told it can close the tab.
        QVERIFY(!answered.isEmpty() || answered.wait(5000));
        QCOMPARE(browser.status(), 200);
        QVERIFY(browser.answer().contains("Back to Linkdeck"));
        // The hops, twice: the authorization URL, then the redirect with the code.
        const QJsonArray hops = recorder.navigations();
        QCOMPARE(hops.size(), 4);
        QCOMPARE(hops.at(1).toObject().value(QStringLiteral("carries")).toString(), QStringLiteral("code"));
        QCOMPARE(hops.at(3).toObject().value(QStringLiteral("carries")).toString(), QStringLiteral("code"));
        QCOMPARE(run.steps().at(int(TestStep::Kind::PkceCheck)).status, TestStep::Status::Passed);
    }

    void aLateRedirectIsRefused()
    {
        SystemBrowserUserAgent agent;
        QVERIFY(agent.listen());
        QSignalSpy redirected(&agent, &UserAgent::redirected);
        QNetworkAccessManager manager;
        QUrl url = agent.redirectUri();
        url.setQuery(QStringLiteral("code=abc&state=xyz"));
        QNetworkReply *reply = manager.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 410);
        QVERIFY(redirected.isEmpty());
        delete reply;
    }
};

QTEST_MAIN(TestSystemBrowserUserAgent)
#include "tst_systembrowseruseragent.moc"
