#include "NangoImporter.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(LINKDECK_CATALOG_TEST_DATA "/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const IntegrationSource *find(const CatalogParseResult &result, const char *key)
{
    for (const IntegrationSource &s : result.sources) {
        if (s.key == QLatin1String(key))
            return &s;
    }
    return nullptr;
}

QByteArray nested(int depth)
{
    QByteArray yaml;
    for (int i = 0; i < depth; ++i)
        yaml += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
    yaml += QByteArray(depth * 2, ' ') + "leaf: 1\n";
    return yaml;
}

} // namespace

class TestNangoImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleProviders();
    void skippedReasons_data();
    void skippedReasons();
    void refused_data();
    void refused();
    void limitsAreExact();
    void slugify_data();
    void slugify();
};

void TestNangoImporter::sampleProviders()
{
    const CatalogParseResult result = NangoImporter::fromYaml(readData("nango-providers.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList keys;
    for (const IntegrationSource &s : result.sources)
        keys << s.key;
    QCOMPARE(keys,
        (QStringList {
            QStringLiteral("fitbit"), QStringLiteral("strava-web"), QStringLiteral("garmin_connect") }));

    const IntegrationSource *fitbit = find(result, "fitbit");
    QVERIFY(fitbit);
    QCOMPARE(fitbit->displayName, QStringLiteral("Fitbit"));
    QCOMPARE(fitbit->authType, IntegrationSource::AuthType::OAuth2);
    QCOMPARE(fitbit->authHostUrl, QStringLiteral("https://www.fitbit.com"));
    QCOMPARE(fitbit->authUrl, QStringLiteral("https://www.fitbit.com/oauth2/authorize"));
    QCOMPARE(fitbit->accessTokenUrl, QStringLiteral("https://api.fitbit.com/oauth2/token"));
    QCOMPARE(fitbit->apiHostUrl, QStringLiteral("https://api.fitbit.com"));
    QCOMPARE(fitbit->testApiPath, QStringLiteral("/1/user/-/profile.json"));
    QCOMPARE(fitbit->docsUrl, QStringLiteral("https://docs.nango.dev/integrations/all/fitbit"));
    QCOMPARE(fitbit->scopes,
        (QStringList { QStringLiteral("activity"), QStringLiteral("heartrate"), QStringLiteral("sleep") }));
    QCOMPARE(fitbit->scopeSeparator, QStringLiteral(" "));
    QCOMPARE(fitbit->clientAuth, IntegrationSource::ClientAuth::Basic);
    QCOMPARE(fitbit->pkce, IntegrationSource::PkceMode::S256);
    // response_type and grant_type are the flow's own; prompt is the provider's.
    QCOMPARE(fitbit->extraAuthParams,
        (QMap<QString, QString> { { QStringLiteral("prompt"), QStringLiteral("consent") } }));
    QVERIFY(fitbit->extraTokenParams.isEmpty());
    QVERIFY(fitbit->clientId.isEmpty());

    const IntegrationSource *strava = find(result, "strava-web");
    QVERIFY(strava);
    QCOMPARE(strava->displayName, QStringLiteral("Strava (Web)"));
    QCOMPARE(strava->scopeSeparator, QStringLiteral(","));
    QCOMPARE(strava->scopes, (QStringList { QStringLiteral("read"), QStringLiteral("activity:read_all") }));
    QCOMPARE(strava->pkce, IntegrationSource::PkceMode::Off);
    QCOMPARE(strava->clientAuth, IntegrationSource::ClientAuth::Body);
    QCOMPARE(strava->refreshUrl, QStringLiteral("https://www.strava.com/api/v3/oauth/token"));
    QVERIFY(strava->testApiPath.isEmpty());

    const IntegrationSource *garmin = find(result, "garmin_connect");
    QVERIFY(garmin);
    QCOMPARE(garmin->authType, IntegrationSource::AuthType::OAuth1);
    QCOMPARE(garmin->requestTokenUrl,
        QStringLiteral("https://connectapi.garmin.com/oauth-service/oauth/request_token"));
    QCOMPARE(garmin->authUrl, QStringLiteral("https://connect.garmin.com/oauthConfirm"));
    QCOMPARE(garmin->accessTokenUrl,
        QStringLiteral("https://connectapi.garmin.com/oauth-service/oauth/access_token"));
    QCOMPARE(garmin->apiHostUrl, QStringLiteral("https://apis.garmin.com"));

    QCOMPARE(result.skipped.size(), 7);
}

void TestNangoImporter::skippedReasons_data()
{
    QTest::addColumn<QString>("entry");
    QTest::newRow("api key") << QStringLiteral("oura-personal: auth mode API_KEY is not OAuth");
    QTest::newRow("alias") << QStringLiteral("oura-basic: alias of oura");
    QTest::newRow("templated") << QStringLiteral(
        "withings-eu: URL needs connection settings (${connectionConfig.region})");
    QTest::newRow("client credentials") << QStringLiteral(
        "service-account: auth mode OAUTH2_CC (client credentials) has no user authorization");
    QTest::newRow("missing url") << QStringLiteral("no-token-url: no token_url");
    QTest::newRow("rsa") << QStringLiteral("legacy-rsa: signature method RSA-SHA1 is not supported");
    QTest::newRow("not a map") << QStringLiteral("just-a-string: not a map");
}

void TestNangoImporter::skippedReasons()
{
    QFETCH(QString, entry);
    const CatalogParseResult result = NangoImporter::fromYaml(readData("nango-providers.yaml"));
    QVERIFY2(result.skipped.contains(entry), qPrintable(result.skipped.join(QLatin1Char('\n'))));
}

void TestNangoImporter::refused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("mentions");
    const auto s = [](const char *text) { return QString::fromUtf8(text); };

    QTest::newRow("billion laughs") << QByteArray("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                                                  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                                                  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                                                  "d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n")
                                    << QStringList { s("anchors and aliases"), s("line 1") };
    QTest::newRow("merge key") << QByteArray("base: &base {auth_mode: OAUTH2}\n"
                                             "fitbit:\n  <<: *base\n  display_name: Fitbit\n")
                               << QStringList { s("anchors and aliases"), s("line 1") };
    QTest::newRow("alias only") << QByteArray("fitbit:\n  auth_mode: OAUTH2\n  copy: *nothing\n")
                                << QStringList { s("line 3") };
    QTest::newRow("deep nesting") << nested(40) << QStringList { s("deeper than 32"), s("line 33") };
    QTest::newRow("deep flow nesting")
        << QByteArray(100000, '[') << QStringList { s("deeper than 32"), s("line 1") };
    QTest::newRow("invalid yaml") << QByteArray(
        "fitbit:\n  auth_mode: OAUTH2\n  scopes: [a, b\nstrava:\n  x: y\n")
                                  << QStringList { s("not valid YAML"), s("line ") };
    QTest::newRow("bad indentation") << QByteArray("fitbit:\n    auth_mode: OAUTH2\n  display_name: Fitbit\n")
                                     << QStringList { s("not valid YAML"), s("line 3") };
    QTest::newRow("tab indentation") << QByteArray("fitbit:\n\tauth_mode: OAUTH2\n")
                                     << QStringList { s("not valid YAML"), s("line 2") };
    QTest::newRow("duplicate key") << QByteArray(
        "fitbit:\n  auth_mode: OAUTH2\nfitbit:\n  auth_mode: OAUTH1\n")
                                   << QStringList { s("\"fitbit\""), s("twice"), s("line 3") };
    QTest::newRow("complex key") << QByteArray("? [a, b]\n: c\n") << QStringList { s("key"), s("line 1") };
    QTest::newRow("top-level list") << QByteArray("- fitbit\n- oura\n")
                                    << QStringList { s("not a map of providers") };
    QTest::newRow("top-level scalar") << QByteArray("hello\n") << QStringList { s("not a map of providers") };
    QTest::newRow("empty") << QByteArray() << QStringList { s("empty") };
    QTest::newRow("comment only") << QByteArray("# nothing\n") << QStringList { s("empty") };
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n")
                                   << QStringList { s("more than one"), s("line 2") };
    QTest::newRow("NUL byte") << QByteArray("fitbit:\n  auth_mode: OA\0UTH2\n", 29)
                              << QStringList { s("line 2") };
    QTest::newRow("invalid utf-8") << QByteArray("fitbit:\n  display_name: \xff\xfe\n")
                                   << QStringList { s("line 2") };

    QByteArray many = "big: [";
    for (int i = 0; i < NangoImporter::MaxNodes; ++i)
        many += "1,";
    many += "1]\n";
    QTest::newRow("too many nodes") << many << QStringList { s("more than 100000 nodes"), s("line 1") };
    QTest::newRow("over 16 MiB") << QByteArray(NangoImporter::MaxFileBytes + 1, '#')
                                 << QStringList { s("16 MiB") };
}

void TestNangoImporter::refused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, mentions);
    const CatalogParseResult result = NangoImporter::fromYaml(yaml);
    QVERIFY(!result.ok());
    QVERIFY(result.sources.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(result.error.contains(mention),
            qPrintable(result.error + QStringLiteral(" -- lacks: ") + mention));
}

void TestNangoImporter::limitsAreExact()
{
    // 32 levels deep (the top-level map counts) is still accepted.
    const CatalogParseResult deep = NangoImporter::fromYaml(nested(31));
    QVERIFY2(deep.ok(), qPrintable(deep.error));
    QCOMPARE(deep.skipped, QStringList { QStringLiteral("k0: no auth_mode") });
}

void TestNangoImporter::slugify_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << QStringLiteral("fitbit") << QStringLiteral("fitbit");
    QTest::newRow("upper") << QStringLiteral("Garmin_Connect") << QStringLiteral("garmin_connect");
    QTest::newRow("dots") << QStringLiteral("atlas.so v2") << QStringLiteral("atlas-so-v2");
    QTest::newRow("leading") << QStringLiteral("--_x") << QStringLiteral("x");
    QTest::newRow("unicode") << QStringLiteral("\u00f6ura") << QStringLiteral("ura");
    QTest::newRow("nothing left") << QStringLiteral("!!!") << QString();
    QTest::newRow("long") << QString(100, QLatin1Char('a')) << QString(64, QLatin1Char('a'));
}

void TestNangoImporter::slugify()
{
    QFETCH(QString, key);
    QFETCH(QString, slug);
    QCOMPARE(NangoImporter::slugify(key), slug);
}

QTEST_GUILESS_MAIN(TestNangoImporter)
#include "tst_nangoimporter.moc"
