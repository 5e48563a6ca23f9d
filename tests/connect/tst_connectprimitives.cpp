#include "ApplicationAuthenticator.h"
#include "AuthorizationStarter.h"
#include "CredentialVerifier.h"
#include "LinkApi.h"
#include "OpaqueToken.h"
#include "ServeCommand.h"
#include "WebhookPolicy.h"
#include "WebhookSignature.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace std::chrono_literals;

/// The small, pure pieces of the connect service.
class TestConnectPrimitives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opaqueTokensAreRandomAndHashed()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString token = OpaqueToken::generate(QStringLiteral("lt_"));
            QVERIFY(token.startsWith(QLatin1String("lt_")));
            QCOMPARE(token.size(), 3 + 43);
            QVERIFY(!seen.contains(token));
            seen.insert(token);
        }
        QCOMPARE(OpaqueToken::hash(QStringLiteral("abc")),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void orderedTokensSortByCreation()
    {
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(1790000000000, Qt::UTC);
        QStringList tokens;
        for (int i = 0; i < 50; ++i)
            tokens << OpaqueToken::generateOrdered(QStringLiteral("ws_"), first.addMSecs(i * 7));
        for (int i = 0; i < tokens.size(); ++i) {
            QVERIFY(tokens.at(i).startsWith(QLatin1String("ws_")
                + QString::number(first.addMSecs(i * 7).toMSecsSinceEpoch(), 16)
                      .rightJustified(12, QLatin1Char('0'))));
            QCOMPARE(tokens.at(i).size(), 3 + 12 + 43);
            if (i > 0)
                QVERIFY(tokens.at(i - 1) < tokens.at(i));
        }
        // The same millisecond still gives tokens as random as generate()'s.
        QVERIFY(OpaqueToken::generateOrdered(QStringLiteral("ws_"), first)
            != OpaqueToken::generateOrdered(QStringLiteral("ws_"), first));
    }

    void webhookSignatureRoundTrip()
    {
        const QByteArray secret = "whsec";
        const QByteArray body = "{\"type\":\"auth\"}";
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC);
        const QByteArray header = WebhookSignature::sign(secret, body, now.toSecsSinceEpoch());
        QVERIFY(header.startsWith("t=1900000000,v1="));
        QCOMPARE(header.size(), qsizetype(16 + 64));
        QVERIFY(WebhookSignature::verify(header, secret, body, now));
        QVERIFY(WebhookSignature::verify(header, secret, body, now.addSecs(299)));
        QVERIFY(!WebhookSignature::verify(header, secret, body, now.addSecs(301)));
        QVERIFY(!WebhookSignature::verify(header, "other", body, now));
        QVERIFY(!WebhookSignature::verify(header, secret, body + " ", now));
        QVERIFY(!WebhookSignature::verify("v1=abc", secret, body, now));
        QVERIFY(!WebhookSignature::verify(QByteArray(), secret, body, now));
    }

    void basicCredentials_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("plain") << QByteArray("Basic " + QByteArray("ld_1:s3cr:et").toBase64()) << true
                               << QStringLiteral("ld_1") << QByteArray("s3cr:et");
        QTest::newRow("lower-case scheme") << QByteArray("basic " + QByteArray("a:b").toBase64()) << true
                                           << QStringLiteral("a") << QByteArray("b");
        QTest::newRow("bearer") << QByteArray("Bearer abc") << false << QString() << QByteArray();
        QTest::newRow("no colon") << QByteArray("Basic " + QByteArray("abc").toBase64()) << false << QString()
                                  << QByteArray();
        QTest::newRow("empty secret")
            << QByteArray("Basic " + QByteArray("abc:").toBase64()) << false << QString() << QByteArray();
        QTest::newRow("empty id") << QByteArray("Basic " + QByteArray(":x").toBase64()) << false << QString()
                                  << QByteArray();
        QTest::newRow("not base64") << QByteArray("Basic !!!") << false << QString() << QByteArray();
        QTest::newRow("nothing") << QByteArray() << false << QString() << QByteArray();
    }

    void basicCredentials()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, ok);
        QString parsedId;
        QByteArray parsedSecret;
        QCOMPARE(ApplicationAuthenticator::parseBasic(header, &parsedId, &parsedSecret), ok);
        if (ok) {
            QFETCH(QString, clientId);
            QFETCH(QByteArray, secret);
            QCOMPARE(parsedId, clientId);
            QCOMPARE(parsedSecret, secret);
        }
    }

    void constantTimeEquals()
    {
        QVERIFY(ApplicationAuthenticator::constantTimeEquals("abc", "abc"));
        QVERIFY(!ApplicationAuthenticator::constantTimeEquals("abc", "abd"));
        QVERIFY(!ApplicationAuthenticator::constantTimeEquals("abc", "abcd"));
        QVERIFY(ApplicationAuthenticator::constantTimeEquals(QByteArray(), QByteArray()));
    }

    void webhookBackoff()
    {
        WebhookPolicy policy;
        policy.baseDelay = 100ms;
        policy.maxDelay = 1000ms;
        QCOMPARE(policy.delayBefore(2), 100ms);
        QCOMPARE(policy.delayBefore(3), 200ms);
        QCOMPARE(policy.delayBefore(4), 400ms);
        QCOMPARE(policy.delayBefore(5), 800ms);
        QCOMPARE(policy.delayBefore(6), 1000ms);
        QCOMPARE(policy.delayBefore(40), 1000ms);
    }

    void listenAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:8080") << true << QStringLiteral("127.0.0.1")
                              << 8080;
        QTest::newRow("ephemeral") << QStringLiteral("127.0.0.1:0") << true << QStringLiteral("127.0.0.1")
                                   << 0;
        QTest::newRow("localhost") << QStringLiteral("localhost:9") << true << QStringLiteral("127.0.0.1")
                                   << 9;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:443") << true << QStringLiteral("::1") << 443;
        QTest::newRow("any") << QStringLiteral("0.0.0.0:1") << true << QStringLiteral("0.0.0.0") << 1;
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << false << QString() << 0;
        QTest::newRow("bad port") << QStringLiteral("127.0.0.1:70000") << false << QString() << 0;
        QTest::newRow("name") << QStringLiteral("example.com:80") << false << QString() << 0;
        QTest::newRow("bare ipv6") << QStringLiteral("::1:80") << false << QString() << 0;
    }

    void listenAddresses()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QHostAddress parsedAddress;
        quint16 parsedPort = 1;
        QString error;
        QCOMPARE(ServeCommand::parseListen(text, &parsedAddress, &parsedPort, &error), ok);
        if (ok) {
            QFETCH(QString, address);
            QFETCH(int, port);
            QCOMPARE(parsedAddress.toString(), address);
            QCOMPARE(int(parsedPort), port);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void userIds_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("uuid") << QStringLiteral("3f2c1a9e-7b4d-4c1e-9f0a-2b6d8e1c5a7f") << true;
        QTest::newRow("email-like") << QStringLiteral("ada@example.com") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("ada lovelace") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("too long") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("longest") << QString(128, QLatin1Char('a')) << true;
    }

    void userIds()
    {
        QFETCH(QString, userId);
        QFETCH(bool, valid);
        QCOMPARE(LinkApi::isValidUserId(userId), valid);
    }

    void credentialUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("safe");
        QTest::newRow("https") << QStringLiteral("https://auth.example.com/login") << true;
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080/login") << true;
        QTest::newRow("localhost http") << QStringLiteral("http://localhost/login") << true;
        QTest::newRow("remote http") << QStringLiteral("http://auth.example.com/login") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/login") << false;
    }

    void credentialUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, safe);
        QCOMPARE(CredentialVerifier::isSafeForCredentials(QUrl(url)), safe);
    }

    void callbackPath()
    {
        QCOMPARE(
            AuthorizationStarter::callbackPath(QStringLiteral("fitbit")), QStringLiteral("/callback/fitbit"));
    }
};

QTEST_GUILESS_MAIN(TestConnectPrimitives)
#include "tst_connectprimitives.moc"
