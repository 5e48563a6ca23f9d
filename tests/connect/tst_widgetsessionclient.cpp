// WidgetSessionClient: minting widget sessions over real HTTP, as the
// Preview page does, against a connect service on loopback.
#include "ConnectTestBed.h"
#include "WidgetSessionClient.h"
#include "WidgetSessionRepository.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TestWidgetSessionClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectTestBed> m_bed;

    WidgetSessionClient::Result mint(const QUrl &service, const QString &clientId, const QString &secret,
        const WidgetSessionClient::Request &request = { QStringLiteral("ref-1"),
            { QStringLiteral("pw_test"), QStringLiteral("oura") }, QStringLiteral("de") })
    {
        WidgetSessionClient client;
        QSignalSpy finished(&client, &WidgetSessionClient::finished);
        client.mint(service, clientId, secret, request);
        if (!finished.wait(20000))
            return {};
        return finished.constFirst().constFirst().value<WidgetSessionClient::Result>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = std::make_unique<ConnectTestBed>();
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->error()));
    }

    void cleanupTestCase() { m_bed.reset(); }

    void mintsASession()
    {
        const WidgetSessionClient::Result result
            = mint(m_bed->service().baseUrl(), m_bed->a().clientId, m_bed->secretA());
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.url.path(), QStringLiteral("/widget/") + result.sessionId);
        QVERIFY(result.expiresAt.isValid());
        const auto session = WidgetSessionRepository(m_bed->workspace()).find(result.sessionId);
        QVERIFY(session);
        QCOMPARE(session->applicationId, m_bed->a().id);
        QCOMPARE(session->referenceId, QStringLiteral("ref-1"));
        QCOMPARE(session->language, QStringLiteral("de"));
        QCOMPARE(session->providers, (QStringList { QStringLiteral("pw_test"), QStringLiteral("oura") }));
    }

    void endpointKeepsTheServicePath()
    {
        QCOMPARE(WidgetSessionClient::endpoint(QUrl(QStringLiteral("https://x.example/linkdeck/"))),
            QUrl(QStringLiteral("https://x.example/linkdeck/v1/widget/session")));
        QCOMPARE(WidgetSessionClient::endpoint(QUrl(QStringLiteral("http://127.0.0.1:9"))),
            QUrl(QStringLiteral("http://127.0.0.1:9/v1/widget/session")));
    }

    void saysWhyThereIsNoSession()
    {
        // The service's typed error, in words.
        WidgetSessionClient::Result result
            = mint(m_bed->service().baseUrl(), m_bed->a().clientId, QStringLiteral("wrong"));
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(QLatin1String("INVALID_CLIENT")), qPrintable(result.error));
        result = mint(m_bed->service().baseUrl(), m_bed->b().clientId, m_bed->secretB(),
            { {}, { QStringLiteral("pw_test") }, QStringLiteral("en") });
        QVERIFY2(result.error.contains(QLatin1String("INVALID_PROVIDER")), qPrintable(result.error));

        // Nothing listening.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        result = mint(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_bed->a().clientId, m_bed->secretA());
        QVERIFY2(result.error.contains(QLatin1String("cannot be reached")), qPrintable(result.error));

        // The secret never travels in clear to another machine; nothing is sent.
        result
            = mint(QUrl(QStringLiteral("http://connect.example.com")), m_bed->a().clientId, m_bed->secretA());
        QVERIFY2(result.error.contains(QLatin1String("clear text")), qPrintable(result.error));
        result = mint(QUrl(QStringLiteral("ftp://127.0.0.1/")), m_bed->a().clientId, m_bed->secretA());
        QVERIFY2(result.error.contains(QLatin1String("is not an http(s) address")), qPrintable(result.error));
    }

    void aNewMintAbandonsTheOneBefore()
    {
        WidgetSessionClient client;
        QSignalSpy finished(&client, &WidgetSessionClient::finished);
        client.mint(
            QUrl(QStringLiteral("http://connect.example.com")), m_bed->a().clientId, m_bed->secretA(), {});
        client.mint(m_bed->service().baseUrl(), m_bed->a().clientId, m_bed->secretA(),
            { {}, {}, QStringLiteral("en") });
        // The refusal of the first would have come at once: only the second answers.
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.constFirst().constFirst().value<WidgetSessionClient::Result>().isOk());
    }
};

QTEST_GUILESS_MAIN(TestWidgetSessionClient)
#include "tst_widgetsessionclient.moc"
