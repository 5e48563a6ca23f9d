#include "DiscoveryImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(LINKDECK_CATALOG_TEST_DATA "/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray minimalWith(const QJsonObject &extra)
{
    QJsonObject doc = QJsonDocument::fromJson(readData("rfc8414-minimal.json")).object();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isNull())
            doc.remove(it.key());
        else
            doc.insert(it.key(), it.value());
    }
    return QJsonDocument(doc).toJson();
}

QJsonArray strings(std::initializer_list<const char *> items)
{
    QJsonArray array;
    for (const char *item : items)
        array.append(QString::fromLatin1(item));
    return array;
}

} // namespace

Q_DECLARE_METATYPE(IntegrationSource::PkceMode)
Q_DECLARE_METATYPE(IntegrationSource::ClientAuth)

class TestDiscoveryImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openIdConnectWithEverything();
    void rfc8414Minimal();
    void keyAndNameGiven();
    void pkceAndClientAuth_data();
    void pkceAndClientAuth();
    void refused_data();
    void refused();
};

void TestDiscoveryImporter::openIdConnectWithEverything()
{
    const CatalogParseResult result = DiscoveryImporter::fromDocument(readData("oidc-full.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.sources.size(), 1);
    const IntegrationSource s = result.sources.first();
    QCOMPARE(s.key, QStringLiteral("accounts-example-com"));
    QCOMPARE(s.displayName, QStringLiteral("accounts.example.com"));
    QCOMPARE(s.authType, IntegrationSource::AuthType::OAuth2);
    QCOMPARE(s.authHostUrl, QStringLiteral("https://accounts.example.com"));
    QCOMPARE(s.authUrl, QStringLiteral("https://accounts.example.com/o/oauth2/v2/auth"));
    QCOMPARE(s.accessTokenUrl, QStringLiteral("https://oauth2.example.com/token"));
    QCOMPARE(s.refreshUrl, QStringLiteral("https://oauth2.example.com/token"));
    QCOMPARE(s.revokeUrl, QStringLiteral("https://oauth2.example.com/revoke"));
    QCOMPARE(s.apiHostUrl, QStringLiteral("https://openidconnect.example.com"));
    QCOMPARE(s.testApiPath, QStringLiteral("/v1/userinfo"));
    QCOMPARE(s.docsUrl, QStringLiteral("https://developers.example.com/identity"));
    // Only the standard scopes, in a fixed order, not heart_rate or sleep.
    QCOMPARE(s.scopes,
        (QStringList { QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
            QStringLiteral("offline_access") }));
    QCOMPARE(s.pkce, IntegrationSource::PkceMode::S256);
    QCOMPARE(s.clientAuth, IntegrationSource::ClientAuth::Basic);
    QVERIFY(s.clientId.isEmpty());
    QVERIFY(s.enabled);
}

void TestDiscoveryImporter::rfc8414Minimal()
{
    const CatalogParseResult result = DiscoveryImporter::fromDocument(readData("rfc8414-minimal.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const IntegrationSource s = result.sources.first();
    QCOMPARE(s.key, QStringLiteral("auth-wearable-test"));
    QCOMPARE(s.displayName, QStringLiteral("auth.wearable.test"));
    QCOMPARE(s.authHostUrl, QStringLiteral("https://auth.wearable.test:8443"));
    QCOMPARE(s.authUrl, QStringLiteral("https://auth.wearable.test:8443/authorize"));
    QCOMPARE(s.accessTokenUrl, QStringLiteral("https://auth.wearable.test:8443/token"));
    QVERIFY(s.revokeUrl.isEmpty());
    QVERIFY(s.apiHostUrl.isEmpty());
    QVERIFY(s.testApiPath.isEmpty());
    QVERIFY(s.scopes.isEmpty());
    QCOMPARE(s.pkce, IntegrationSource::PkceMode::Off);
    QCOMPARE(s.clientAuth, IntegrationSource::ClientAuth::Basic);
}

void TestDiscoveryImporter::keyAndNameGiven()
{
    const CatalogParseResult result = DiscoveryImporter::fromDocument(
        readData("oidc-full.json"), QStringLiteral("example"), QStringLiteral("Example ID"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.sources.first().key, QStringLiteral("example"));
    QCOMPARE(result.sources.first().displayName, QStringLiteral("Example ID"));

    const CatalogParseResult bad
        = DiscoveryImporter::fromDocument(readData("oidc-full.json"), QStringLiteral("Bad Key"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error.contains(QStringLiteral("Bad Key")), qPrintable(bad.error));
}

void TestDiscoveryImporter::pkceAndClientAuth_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<IntegrationSource::PkceMode>("pkce");
    QTest::addColumn<IntegrationSource::ClientAuth>("clientAuth");
    using P = IntegrationSource::PkceMode;
    using C = IntegrationSource::ClientAuth;
    const QString challenges = QStringLiteral("code_challenge_methods_supported");
    const QString methods = QStringLiteral("token_endpoint_auth_methods_supported");

    QTest::newRow("S256 only") << minimalWith({ { challenges, strings({ "S256" }) } }) << P::S256 << C::Basic;
    QTest::newRow("plain only") << minimalWith({ { challenges, strings({ "plain" }) } }) << P::Plain
                                << C::Basic;
    QTest::newRow("unknown method") << minimalWith({ { challenges, strings({ "S512" }) } }) << P::Off
                                    << C::Basic;
    QTest::newRow("empty list") << minimalWith({ { challenges, QJsonArray() } }) << P::Off << C::Basic;
    QTest::newRow("post only") << minimalWith({ { methods, strings({ "client_secret_post" }) } }) << P::Off
                               << C::Body;
    QTest::newRow("post and jwt") << minimalWith(
        { { methods, strings({ "private_key_jwt", "client_secret_post" }) } })
                                  << P::Off << C::Body;
    QTest::newRow("basic and post") << minimalWith(
        { { methods, strings({ "client_secret_post", "client_secret_basic" }) } })
                                    << P::Off << C::Basic;
    QTest::newRow("jwt only") << minimalWith({ { methods, strings({ "private_key_jwt" }) } }) << P::Off
                              << C::Basic;
}

void TestDiscoveryImporter::pkceAndClientAuth()
{
    QFETCH(QByteArray, document);
    QFETCH(IntegrationSource::PkceMode, pkce);
    QFETCH(IntegrationSource::ClientAuth, clientAuth);
    const CatalogParseResult result = DiscoveryImporter::fromDocument(document);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.sources.first().pkce, pkce);
    QCOMPARE(result.sources.first().clientAuth, clientAuth);
}

void TestDiscoveryImporter::refused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("mention");

    QTest::newRow("not json") << QByteArray("<html>Not found</html>") << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not a JSON object");
    QTest::newRow("no issuer") << minimalWith({ { QStringLiteral("issuer"), QJsonValue::Null } })
                               << QStringLiteral("\"issuer\"");
    QTest::newRow("no authorization_endpoint")
        << minimalWith({ { QStringLiteral("authorization_endpoint"), QJsonValue::Null } })
        << QStringLiteral("\"authorization_endpoint\"");
    QTest::newRow("no token_endpoint")
        << minimalWith({ { QStringLiteral("token_endpoint"), QJsonValue::Null } })
        << QStringLiteral("\"token_endpoint\"");
    QTest::newRow("token_endpoint number")
        << minimalWith({ { QStringLiteral("token_endpoint"), 5 } }) << QStringLiteral("\"token_endpoint\"");
    QTest::newRow("relative endpoint")
        << minimalWith({ { QStringLiteral("authorization_endpoint"), QStringLiteral("/authorize") } })
        << QStringLiteral("\"authorization_endpoint\"");
    QTest::newRow("javascript userinfo")
        << minimalWith({ { QStringLiteral("userinfo_endpoint"), QStringLiteral("javascript:alert(1)") } })
        << QStringLiteral("\"userinfo_endpoint\"");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("not valid JSON");
}

void TestDiscoveryImporter::refused()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, mention);
    const CatalogParseResult result = DiscoveryImporter::fromDocument(document);
    QVERIFY(!result.ok());
    QVERIFY(result.sources.isEmpty());
    QVERIFY2(result.error.contains(mention), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestDiscoveryImporter)
#include "tst_discoveryimporter.moc"
