#include "OAuth1Signer.h"

#include <QTest>

class TestOAuth1Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 5849 §1.2, the photos example.
    void rfcExample()
    {
        const QUrl url(QStringLiteral("http://photos.example.net/photos?file=vacation.jpg&size=original"));
        const OAuth1Signer::Parameters oauth {
            { QStringLiteral("oauth_consumer_key"), QStringLiteral("dpf43f3p2l4k3l03") },
            { QStringLiteral("oauth_token"), QStringLiteral("nnch734d00sl2jdk") },
            { QStringLiteral("oauth_signature_method"), QStringLiteral("HMAC-SHA1") },
            { QStringLiteral("oauth_timestamp"), QStringLiteral("1191242096") },
            { QStringLiteral("oauth_nonce"), QStringLiteral("kllo9940pd9333jh") },
            { QStringLiteral("oauth_version"), QStringLiteral("1.0") },
        };
        const QByteArray base = OAuth1Signer::baseString("GET", url, oauth);
        QCOMPARE(base,
            QByteArray("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_"
                       "key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh%26oauth_signature_method%3D"
                       "HMAC-SHA1%26oauth_timestamp%3D1191242096%26oauth_token%3Dnnch734d00sl2jdk%26oauth_"
                       "version%3D1.0%26size%3Doriginal"));
        QCOMPARE(OAuth1Signer::sign(OAuth1Signer::Method::HmacSha1, base, QStringLiteral("kd94hf93k423kf44"),
                     QStringLiteral("pfkkdhi9sl3r4s00")),
            QByteArray("tR3+Ty81lMeYAr/Fid0kMTYa/WM="));
    }

    void baseStringNormalizes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("default https port, upper-case host") << QStringLiteral(
            "HTTPS://Example.COM:443/a b?x=1") << QByteArray("POST&https%3A%2F%2Fexample.com%2Fa%2520b&");
        QTest::newRow("explicit other port") << QStringLiteral("http://example.com:8080/r")
                                             << QByteArray("POST&http%3A%2F%2Fexample.com%3A8080%2Fr&");
    }

    void baseStringNormalizes()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, prefix);
        const QByteArray base = OAuth1Signer::baseString("post", QUrl(url), {});
        QVERIFY2(base.startsWith(prefix), base.constData());
    }

    void headerCarriesEverySignedField()
    {
        OAuth1Signer signer(
            QStringLiteral("key"), QStringLiteral("secret"), OAuth1Signer::Method::HmacSha256);
        signer.setToken(QStringLiteral("tok"), QStringLiteral("toksecret"));
        signer.setFixedNonceAndTimestamp(QStringLiteral("n0nce"), 1700000000);
        const QByteArray header
            = signer.authorizationHeader("POST", QUrl(QStringLiteral("https://api.example.com/x")),
                { { QStringLiteral("oauth_verifier"), QStringLiteral("v e r") } });
        QVERIFY(header.startsWith("OAuth "));
        for (const char *field : { "oauth_consumer_key=\"key\"", "oauth_token=\"tok\"",
                 "oauth_nonce=\"n0nce\"", "oauth_signature_method=\"HMAC-SHA256\"",
                 "oauth_timestamp=\"1700000000\"", "oauth_verifier=\"v%20e%20r\"", "oauth_signature=\"" })
            QVERIFY2(header.contains(field), field);
        // Reproducible with a fixed nonce and time; different with another secret.
        QCOMPARE(signer.authorizationHeader("POST", QUrl(QStringLiteral("https://api.example.com/x")),
                     { { QStringLiteral("oauth_verifier"), QStringLiteral("v e r") } }),
            header);
        OAuth1Signer other(QStringLiteral("key"), QStringLiteral("other"), OAuth1Signer::Method::HmacSha256);
        other.setToken(QStringLiteral("tok"), QStringLiteral("toksecret"));
        other.setFixedNonceAndTimestamp(QStringLiteral("n0nce"), 1700000000);
        QVERIFY(other.authorizationHeader("POST", QUrl(QStringLiteral("https://api.example.com/x")),
                    { { QStringLiteral("oauth_verifier"), QStringLiteral("v e r") } })
            != header);
    }
};

QTEST_MAIN(TestOAuth1Signer)
#include "tst_oauth1signer.moc"
