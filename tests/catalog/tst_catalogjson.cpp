#include "CatalogJson.h"
#include "SourceLogo.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString dataDir()
{
    return QStringLiteral(LINKDECK_CATALOG_TEST_DATA);
}

QByteArray pngBytes(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QByteArray kSvg = QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 "
                                          "10\"><rect width=\"10\" height=\"8\" fill=\"#0a0\"/></svg>");

IntegrationSource source(const QString &key, IntegrationSource::AuthType type)
{
    IntegrationSource s;
    s.key = key;
    s.displayName = key.toUpper() + QStringLiteral(" \u00e9\u4e2d");
    s.authType = type;
    return s;
}

/// One source of every auth type, with most fields set somewhere.
QList<IntegrationSource> sampleSources()
{
    using A = IntegrationSource::AuthType;
    IntegrationSource oauth2 = source(QStringLiteral("fitbit"), A::OAuth2);
    oauth2.authHostUrl = QStringLiteral("https://www.fitbit.com");
    oauth2.apiHostUrl = QStringLiteral("https://api.fitbit.com");
    oauth2.authUrl = QStringLiteral("https://www.fitbit.com/oauth2/authorize");
    oauth2.accessTokenUrl = QStringLiteral("https://api.fitbit.com/oauth2/token");
    oauth2.fullAuthUrlOverride
        = QStringLiteral("https://www.fitbit.com/oauth2/authorize?client_id={clientId}");
    oauth2.clientId = QStringLiteral("23ABCD");
    oauth2.hasClientSecret = true; // must not be written
    oauth2.id = 42;
    oauth2.revision = 7;
    oauth2.scopes = QStringList { QStringLiteral("activity"), QStringLiteral("heartrate") };
    oauth2.scopeSeparator = QStringLiteral(",");
    oauth2.pkce = IntegrationSource::PkceMode::Plain;
    oauth2.clientAuth = IntegrationSource::ClientAuth::Body;
    oauth2.extraAuthParams = { { QStringLiteral("prompt"), QStringLiteral("consent") } };
    oauth2.extraTokenParams
        = { { QStringLiteral("audience"), QStringLiteral("api") }, { QStringLiteral("empty"), QString() } };
    oauth2.refreshUrl = QStringLiteral("https://api.fitbit.com/oauth2/token");
    oauth2.revokeUrl = QStringLiteral("https://api.fitbit.com/oauth2/revoke");
    oauth2.testApiPath = QStringLiteral("/1/user/-/profile.json");
    oauth2.description = QStringLiteral("Steps, sleep\nand \"heart rate\".");
    oauth2.docsUrl = QStringLiteral("https://dev.fitbit.com");
    QString error;
    if (!SourceLogo::prepare(pngBytes(300, 200, Qt::red), &oauth2.logo, &oauth2.logoMimeType, &error))
        qFatal("PNG logo refused: %s", qPrintable(error));

    IntegrationSource oauth1 = source(QStringLiteral("garmin"), A::OAuth1);
    oauth1.requestTokenUrl
        = QStringLiteral("https://connectapi.garmin.com/oauth-service/oauth/request_token");
    oauth1.authUrl = QStringLiteral("https://connect.garmin.com/oauthConfirm");
    oauth1.accessTokenUrl = QStringLiteral("https://connectapi.garmin.com/oauth-service/oauth/access_token");
    oauth1.pkce = IntegrationSource::PkceMode::Off;
    oauth1.enabled = false;
    if (!SourceLogo::prepare(kSvg, &oauth1.logo, &oauth1.logoMimeType, &error))
        qFatal("SVG logo refused: %s", qPrintable(error));

    IntegrationSource password = source(QStringLiteral("dexcom_share"), A::Password);
    password.apiHostUrl = QStringLiteral("https://share2.dexcom.com");
    password.scopeSeparator = QString();

    IntegrationSource email = source(QStringLiteral("freestyle-libre"), A::Email);
    IntegrationSource sdk = source(QStringLiteral("0apple-health"), A::Sdk);
    return { oauth2, oauth1, password, email, sdk };
}

QByteArray catalogWith(const QJsonArray &sources)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("linkdeck-catalog"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("sources"), sources);
    return QJsonDocument(root).toJson();
}

QJsonObject minimal(const QString &key = QStringLiteral("fitbit"))
{
    return QJsonObject { { QStringLiteral("key"), key },
        { QStringLiteral("displayName"), QStringLiteral("Fitbit") },
        { QStringLiteral("authType"), QStringLiteral("oauth2") } };
}

QByteArray withField(const QString &field, const QJsonValue &value)
{
    QJsonObject o = minimal();
    o.insert(field, value);
    return catalogWith(QJsonArray { o });
}

QByteArray withLogo(const QString &logo)
{
    return withField(QStringLiteral("logo"), logo);
}

} // namespace

class TestCatalogJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void writeIsSortedAndSecretFree();
    void writeIsStable();
    void readDefaultsAndUnknownKeys();
    void refused_data();
    void refused();
    void hostileInputDoesNotCrash_data();
    void hostileInputDoesNotCrash();
    void logoPathRefused_data();
    void logoPathRefused();
    void logoSymlinkOutsideRefused();
    void logoPathWithoutBaseDirRefused();
};

void TestCatalogJson::roundTrip_data()
{
    QTest::addColumn<int>("index");
    const QList<IntegrationSource> sources = sampleSources();
    for (int i = 0; i < sources.size(); ++i)
        QTest::newRow(qPrintable(IntegrationSource::toString(sources.at(i).authType))) << i;
}

void TestCatalogJson::roundTrip()
{
    QFETCH(int, index);
    const QList<IntegrationSource> sources = sampleSources();
    const IntegrationSource original = sources.at(index);

    const CatalogParseResult alone = CatalogJson::read(CatalogJson::write({ original }), QString());
    QVERIFY2(alone.ok(), qPrintable(alone.error));
    QCOMPARE(alone.sources.size(), 1);
    QVERIFY(alone.sources.first().sameDefinition(original));
    QCOMPARE(alone.sources.first().id, 0);
    QCOMPARE(alone.sources.first().hasClientSecret, false);

    const CatalogParseResult all = CatalogJson::read(CatalogJson::write(sources), QString());
    QVERIFY2(all.ok(), qPrintable(all.error));
    QCOMPARE(all.sources.size(), sources.size());
    QVERIFY(all.skipped.isEmpty());
    const auto match = std::find_if(all.sources.cbegin(), all.sources.cend(),
        [&original](const IntegrationSource &s) { return s.key == original.key; });
    QVERIFY(match != all.sources.cend());
    QVERIFY(match->sameDefinition(original));
}

void TestCatalogJson::writeIsSortedAndSecretFree()
{
    const QByteArray json = CatalogJson::write(sampleSources());
    QVERIFY(json.contains("\n    ")); // indented
    QVERIFY(!json.contains("hasClientSecret"));
    QVERIFY(!json.contains("\"id\""));
    QVERIFY(!json.contains("revision"));
    QVERIFY(json.contains("\"logo\": \"data:image/png;base64,"));
    QVERIFY(json.contains("\"logo\": \"data:image/svg+xml;base64,"));
    QVERIFY(json.contains("\"fullAuthUrl\""));

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("linkdeck-catalog"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QStringList keys;
    const QJsonArray array = root.value(QStringLiteral("sources")).toArray();
    for (const QJsonValue &v : array)
        keys << v.toObject().value(QStringLiteral("key")).toString();
    QStringList sorted = keys;
    sorted.sort();
    QCOMPARE(keys, sorted);
    QCOMPARE(keys.size(), 5);
}

void TestCatalogJson::writeIsStable()
{
    const QByteArray first = CatalogJson::write(sampleSources());
    const CatalogParseResult read = CatalogJson::read(first, QString());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(CatalogJson::write(read.sources), first);
}

void TestCatalogJson::readDefaultsAndUnknownKeys()
{
    const QString base = dataDir() + QStringLiteral("/catalog");
    QFile file(base + QStringLiteral("/catalog.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CatalogParseResult result = CatalogJson::read(file.readAll(), base);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.sources.size(), 2);

    const IntegrationSource pulse = result.sources.at(0);
    QCOMPARE(pulse.key, QStringLiteral("pulse"));
    QCOMPARE(pulse.logoMimeType, QStringLiteral("image/svg+xml"));
    QFile svg(base + QStringLiteral("/logos/pulse.svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QCOMPARE(pulse.logo, svg.readAll());

    IntegrationSource expected;
    expected.key = QStringLiteral("steps");
    expected.displayName = QStringLiteral("Steps");
    expected.authType = IntegrationSource::AuthType::Sdk;
    QVERIFY(result.sources.at(1).sameDefinition(expected));
}

void TestCatalogJson::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    const auto s = [](const char *text) { return QString::fromUtf8(text); };

    QTest::newRow("not json") << QByteArray("{\"format\": ")
                              << QStringList { s("not valid JSON"), s("offset 11") };
    QTest::newRow("truncated") << CatalogJson::write(sampleSources()).left(500)
                               << QStringList { s("not valid JSON"), s("offset") };
    QTest::newRow("array") << QByteArray("[]") << QStringList { s("not a JSON object") };
    QTest::newRow("empty") << QByteArray() << QStringList { s("not valid JSON") };
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1,"sources":[]})")
                                  << QStringList { s("\"format\""), s("linkdeck-catalog") };
    QTest::newRow("no version") << QByteArray(R"({"format":"linkdeck-catalog","sources":[]})")
                                << QStringList { s("\"version\"") };
    QTest::newRow("version string") << QByteArray(
        R"({"format":"linkdeck-catalog","version":"1","sources":[]})")
                                    << QStringList { s("\"version\"") };
    QTest::newRow("version fraction")
        << QByteArray(R"({"format":"linkdeck-catalog","version":1.5,"sources":[]})")
        << QStringList { s("\"version\"") };
    QTest::newRow("newer version") << QByteArray(R"({"format":"linkdeck-catalog","version":2,"sources":[]})")
                                   << QStringList { s("newer Linkdeck"), s("version 2") };
    QTest::newRow("no sources") << QByteArray(R"({"format":"linkdeck-catalog","version":1})")
                                << QStringList { s("\"sources\"") };
    QTest::newRow("sources object") << QByteArray(R"({"format":"linkdeck-catalog","version":1,"sources":{}})")
                                    << QStringList { s("\"sources\"") };
    QTest::newRow("source not object")
        << catalogWith(QJsonArray { minimal(), 3 }) << QStringList { s("#2"), s("not a JSON object") };

    QJsonObject noKey = minimal();
    noKey.remove(QStringLiteral("key"));
    QTest::newRow("no key") << catalogWith(QJsonArray { minimal(), noKey })
                            << QStringList { s("#2"), s("\"key\"") };
    QTest::newRow("key not string") << withField(QStringLiteral("key"), 5)
                                    << QStringList { s("#1"), s("\"key\""), s("a number") };
    QTest::newRow("key with space") << catalogWith(QJsonArray { minimal(QStringLiteral("Fitbit Web")) })
                                    << QStringList { s("Fitbit Web"), s("\"key\""), s("not a valid key") };
    QTest::newRow("key uppercase") << catalogWith(QJsonArray { minimal(QStringLiteral("Fitbit")) })
                                   << QStringList { s("Fitbit"), s("not a valid key") };
    QTest::newRow("key leading dash") << catalogWith(QJsonArray { minimal(QStringLiteral("-fitbit")) })
                                      << QStringList { s("-fitbit"), s("not a valid key") };
    QTest::newRow("key too long") << catalogWith(QJsonArray { minimal(QString(65, QLatin1Char('a'))) })
                                  << QStringList { s("not a valid key"), s("64") };
    QTest::newRow("key empty") << catalogWith(QJsonArray { minimal(QString()) })
                               << QStringList { s("\"key\"") };
    QTest::newRow("duplicate keys") << catalogWith(QJsonArray { minimal(), minimal(QStringLiteral("oura")),
        minimal() }) << QStringList { s("\"fitbit\""), s("more than once") };

    QJsonObject noName = minimal();
    noName.remove(QStringLiteral("displayName"));
    QTest::newRow("no displayName") << catalogWith(QJsonArray { noName })
                                    << QStringList { s("\"fitbit\""), s("\"displayName\"") };
    QTest::newRow("blank displayName") << withField(QStringLiteral("displayName"), QStringLiteral("  "))
                                       << QStringList { s("\"fitbit\""), s("\"displayName\"") };
    QTest::newRow("displayName number") << withField(QStringLiteral("displayName"),
        1) << QStringList { s("\"fitbit\""), s("\"displayName\""), s("a string") };
    QJsonObject noType = minimal();
    noType.remove(QStringLiteral("authType"));
    QTest::newRow("no authType") << catalogWith(QJsonArray { noType })
                                 << QStringList { s("\"fitbit\""), s("\"authType\"") };
    QTest::newRow("unknown authType") << withField(QStringLiteral("authType"),
        QStringLiteral("saml")) << QStringList { s("\"fitbit\""), s("\"authType\""), s("saml"), s("oauth2") };
    QTest::newRow("unknown pkce") << withField(QStringLiteral("pkce"), QStringLiteral("S512"))
                                  << QStringList { s("\"fitbit\""), s("\"pkce\""), s("S512") };
    QTest::newRow("unknown clientAuth") << withField(QStringLiteral("clientAuth"), QStringLiteral("jwt"))
                                        << QStringList { s("\"fitbit\""), s("\"clientAuth\""), s("jwt") };
    QTest::newRow("enabled string") << withField(QStringLiteral("enabled"), QStringLiteral("yes"))
                                    << QStringList { s("\"fitbit\""), s("\"enabled\""), s("true or false") };
    QTest::newRow("authUrl number") << withField(QStringLiteral("authUrl"), 3)
                                    << QStringList { s("\"fitbit\""), s("\"authUrl\""), s("a string") };
    QTest::newRow("fullAuthUrl list") << withField(QStringLiteral("fullAuthUrl"), QJsonArray())
                                      << QStringList { s("\"fitbit\""), s("\"fullAuthUrl\""), s("a list") };
    QTest::newRow("clientId null") << withField(QStringLiteral("clientId"), QJsonValue::Null)
                                   << QStringList { s("\"fitbit\""), s("\"clientId\""), s("null") };
    QTest::newRow("scopes string") << withField(QStringLiteral("scopes"), QStringLiteral("a b"))
                                   << QStringList { s("\"fitbit\""), s("\"scopes\""), s("list of strings") };
    QTest::newRow("scopes numbers") << withField(
        QStringLiteral("scopes"), QJsonArray { QStringLiteral("a"), 2 })
                                    << QStringList { s("\"fitbit\""), s("\"scopes\"") };
    QTest::newRow("extraAuthParams list") << withField(QStringLiteral("extraAuthParams"), QJsonArray())
                                          << QStringList { s("\"fitbit\""), s("\"extraAuthParams\"") };
    QTest::newRow("extraTokenParams nested")
        << withField(QStringLiteral("extraTokenParams"),
               QJsonObject { { QStringLiteral("a"), QJsonObject { { QStringLiteral("b"), 1 } } } })
        << QStringList { s("\"fitbit\""), s("\"extraTokenParams\""), s("an object") };
    QTest::newRow("logo number") << withField(QStringLiteral("logo"), 1)
                                 << QStringList { s("\"fitbit\""), s("\"logo\"") };
    QTest::newRow("logo bad base64") << withLogo(QStringLiteral("data:image/png;base64,&&&&"))
                                     << QStringList { s("\"fitbit\""), s("\"logo\""), s("base64") };
    QTest::newRow("logo data uri not base64") << withLogo(QStringLiteral("data:image/svg+xml,<svg/>"))
                                              << QStringList { s("\"fitbit\""), s("\"logo\""), s("base64") };
    QTest::newRow("logo random bytes")
        << withLogo(QStringLiteral("data:image/png;base64,")
               + QString::fromLatin1(QByteArray(64, '\x07').toBase64()))
        << QStringList { s("\"fitbit\""), s("\"logo\""), s("not a PNG, JPEG or SVG") };
    QTest::newRow("logo svg with script") << withLogo(QStringLiteral("data:image/svg+xml;base64,")
        + QString::fromLatin1(
            QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script></svg>")
                .toBase64())) << QStringList { s("\"fitbit\""), s("\"logo\""), s("script") };
    QTest::newRow("logo file missing") << withLogo(QStringLiteral("logos/nothing.png"))
                                       << QStringList { s("\"fitbit\""), s("logos/nothing.png") };

    QJsonArray many;
    for (int i = 0; i <= CatalogJson::MaxSources; ++i)
        many.append(minimal(QStringLiteral("s%1").arg(i)));
    QTest::newRow("too many sources") << catalogWith(many) << QStringList { s("10001"), s("10000") };
    QTest::newRow("over 64 MiB") << QByteArray(CatalogJson::MaxFileBytes + 1, ' ')
                                 << QStringList { s("64 MiB") };
}

void TestCatalogJson::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    const CatalogParseResult result = CatalogJson::read(json, dataDir() + QStringLiteral("/catalog"));
    QVERIFY(!result.ok());
    QVERIFY(result.sources.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(result.error.contains(mention),
            qPrintable(result.error + QStringLiteral(" -- lacks: ") + mention));
}

void TestCatalogJson::hostileInputDoesNotCrash_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("deep arrays") << QByteArray(200000, '[') << false;
    QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(100000) << false;
    QByteArray deepInSource = withField(QStringLiteral("description"), QString());
    deepInSource.replace("\"description\": \"\"", QByteArray(5000, '[') + QByteArray(5000, ']'));
    QTest::newRow("deep inside a source") << deepInSource << false;
    QTest::newRow("raw NUL bytes") << QByteArray("{\"format\":\"linkdeck-\0catalog\"}", 30) << false;
    QTest::newRow("NUL in key") << withField(QStringLiteral("key"), QStringLiteral("fit\u0000bit")) << false;
    QTest::newRow("NUL in description")
        << withField(QStringLiteral("description"), QStringLiteral("a\u0000b")) << true;
    QTest::newRow("huge string") << withField(
        QStringLiteral("description"), QString(8 * 1024 * 1024, QLatin1Char('x')))
                                 << true;
    QTest::newRow("huge number") << withField(QStringLiteral("enabled"), 1e308) << false;
    QTest::newRow("invalid utf-8")
        << withField(QStringLiteral("description"), QStringLiteral("@@")).replace("@@", "\xff\xfe") << false;
    QByteArray bigVersion(R"({"format":"linkdeck-catalog","version":1e300,"sources":[]})");
    QTest::newRow("huge version") << bigVersion << false;
}

void TestCatalogJson::hostileInputDoesNotCrash()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    const CatalogParseResult result = CatalogJson::read(json, QString());
    QCOMPARE(result.ok(), accepted);
    if (!accepted)
        QVERIFY(!result.error.isEmpty());
}

void TestCatalogJson::logoPathRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("why");
    QTest::newRow("parent") << QStringLiteral("../oidc-full.json") << QStringLiteral("..");
    QTest::newRow("parent inside") << QStringLiteral("logos/../../oidc-full.json") << QStringLiteral("..");
    QTest::newRow("dots in a name") << QStringLiteral("logos/pulse..svg") << QStringLiteral("..");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("relative");
    QTest::newRow("resource") << QStringLiteral(":/catalog/logos/fitbit.svg") << QStringLiteral("relative");
    QTest::newRow("drive letter") << QStringLiteral("C:/Windows/logo.png") << QStringLiteral("relative");
    QTest::newRow("backslashes") << QStringLiteral("logos\\pulse.svg") << QStringLiteral("backslash");
    QTest::newRow("url") << QStringLiteral("https://example.com/logo.png") << QStringLiteral("relative");
}

void TestCatalogJson::logoPathRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, why);
    const CatalogParseResult result
        = CatalogJson::read(withLogo(path), dataDir() + QStringLiteral("/catalog"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("\"fitbit\"")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("logo")), qPrintable(result.error));
    QVERIFY2(result.error.contains(why), qPrintable(result.error));
}

void TestCatalogJson::logoSymlinkOutsideRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("catalog/logos")));
    QVERIFY(QFile::copy(
        dataDir() + QStringLiteral("/catalog/logos/pulse.svg"), dir.filePath(QStringLiteral("outside.svg"))));
    QVERIFY(QFile::link(
        dir.filePath(QStringLiteral("outside.svg")), dir.filePath(QStringLiteral("catalog/logos/link.svg"))));
    const QString base = dir.filePath(QStringLiteral("catalog"));

    const CatalogParseResult linked = CatalogJson::read(withLogo(QStringLiteral("logos/link.svg")), base);
    QVERIFY(!linked.ok());
    QVERIFY2(linked.error.contains(QStringLiteral("leaves")), qPrintable(linked.error));

    QVERIFY(QFile::copy(dataDir() + QStringLiteral("/catalog/logos/pulse.svg"),
        dir.filePath(QStringLiteral("catalog/logos/in.svg"))));
    const CatalogParseResult inside = CatalogJson::read(withLogo(QStringLiteral("./logos/in.svg")), base);
    QVERIFY2(inside.ok(), qPrintable(inside.error));
    QCOMPARE(inside.sources.first().logoMimeType, QStringLiteral("image/svg+xml"));
}

void TestCatalogJson::logoPathWithoutBaseDirRefused()
{
    const CatalogParseResult result
        = CatalogJson::read(withLogo(QStringLiteral("logos/pulse.svg")), QString());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("logos/pulse.svg")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestCatalogJson)
#include "tst_catalogjson.moc"
