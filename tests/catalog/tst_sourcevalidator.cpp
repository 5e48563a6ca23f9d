#include "IntegrationSource.h"
#include "SourceValidator.h"

#include <QTest>

namespace {

IntegrationSource validOAuth2()
{
    IntegrationSource s;
    s.key = QStringLiteral("example");
    s.displayName = QStringLiteral("Example");
    s.authUrl = QStringLiteral("https://example.com/oauth2/authorize");
    s.accessTokenUrl = QStringLiteral("https://example.com/oauth2/token");
    return s;
}

bool hasIssue(const ValidationIssues &issues, const QString &field, ValidationIssue::Severity severity)
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const ValidationIssue &i) {
        return i.field == field && i.severity == severity && !i.message.isEmpty();
    });
}

} // namespace

class TestSourceValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validSourceHasNoIssues() { QVERIFY(SourceValidator::validate(validOAuth2()).isEmpty()); }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("expected"); // 0 none, 1 warning, 2 error
        QTest::newRow("https") << QStringLiteral("https://api.example.com/v1") << 0;
        QTest::newRow("http loopback ip") << QStringLiteral("http://127.0.0.1:8080/token") << 0;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost/token") << 0;
        QTest::newRow("http ipv6 loopback") << QStringLiteral("http://[::1]:9/token") << 0;
        QTest::newRow("http loopback, other forms") << QStringLiteral("http://127.1/token") << 0;
        QTest::newRow("http loopback, long ipv6") << QStringLiteral("http://[0:0:0:0:0:0:0:1]/token") << 0;
        QTest::newRow("http loopback, mapped") << QStringLiteral("http://[::FFFF:7f00:1]/token") << 0;
        QTest::newRow("http subdomain of localhost") << QStringLiteral("http://auth.localhost/token") << 0;
        QTest::newRow("http remote") << QStringLiteral("http://example.com/token") << 1;
        QTest::newRow("http name like a loopback address")
            << QStringLiteral("http://127.0.0.1.example.com/token") << 1;
        QTest::newRow("http private address") << QStringLiteral("http://10.0.0.1/token") << 1;
        QTest::newRow("http ipv6 other") << QStringLiteral("http://[::2]/token") << 1;
        QTest::newRow("relative") << QStringLiteral("/oauth/token") << 2;
        QTest::newRow("no scheme") << QStringLiteral("example.com/token") << 2;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/token") << 2;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << 2;
        QTest::newRow("no host") << QStringLiteral("https:///token") << 2;
        QTest::newRow("space") << QStringLiteral("https://example.com/a b") << 2;
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(int, expected);
        IntegrationSource s = validOAuth2();
        s.accessTokenUrl = url;
        const ValidationIssues issues = SourceValidator::validate(s);
        QCOMPARE(hasIssue(issues, QStringLiteral("accessTokenUrl"), ValidationIssue::Severity::Warning),
            expected == 1);
        QCOMPARE(hasIssue(issues, QStringLiteral("accessTokenUrl"), ValidationIssue::Severity::Error),
            expected == 2);
        QCOMPARE(SourceValidator::isAcceptable(issues), expected < 2);
    }

    void requiredPerAuthType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("required");
        QTest::newRow("oauth2") << QStringLiteral(
            "oauth2") << QStringList { QStringLiteral("authUrl"), QStringLiteral("accessTokenUrl") };
        QTest::newRow("oauth1") << QStringLiteral("oauth1")
                                << QStringList { QStringLiteral("requestTokenUrl"), QStringLiteral("authUrl"),
                                       QStringLiteral("accessTokenUrl") };
        QTest::newRow("password") << QStringLiteral("password") << QStringList {};
        QTest::newRow("email") << QStringLiteral("email") << QStringList {};
        QTest::newRow("sdk") << QStringLiteral("sdk") << QStringList {};
    }

    void requiredPerAuthType()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, required);
        IntegrationSource s;
        s.key = QStringLiteral("k");
        s.displayName = QStringLiteral("K");
        QVERIFY(IntegrationSource::fromString(type, &s.authType));
        const ValidationIssues issues = SourceValidator::validate(s);
        for (const QString &field : required)
            QVERIFY2(hasIssue(issues, field, ValidationIssue::Severity::Error), qPrintable(field));
        QCOMPARE(SourceValidator::isAcceptable(issues), required.isEmpty());
    }

    void loginUrlWarnsForCredentialSources()
    {
        IntegrationSource s;
        s.key = QStringLiteral("zwift");
        s.displayName = QStringLiteral("Zwift");
        s.authType = IntegrationSource::AuthType::Password;
        QVERIFY(hasIssue(
            SourceValidator::validate(s), QStringLiteral("authUrl"), ValidationIssue::Severity::Warning));
    }

    void keys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("fitbit") << true;
        QTest::newRow("underscore dash digits") << QStringLiteral("google_fit-2") << true;
        QTest::newRow("upper") << QStringLiteral("Fitbit") << false;
        QTest::newRow("space") << QStringLiteral("fit bit") << false;
        QTest::newRow("leading dash") << QStringLiteral("-fit") << false;
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void keys()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QCOMPARE(SourceValidator::isValidKey(key), valid);
        IntegrationSource s = validOAuth2();
        s.key = key;
        QCOMPARE(
            hasIssue(SourceValidator::validate(s), QStringLiteral("key"), ValidationIssue::Severity::Error),
            !valid);
    }

    void fullAuthUrlOverride()
    {
        IntegrationSource s = validOAuth2();
        s.fullAuthUrlOverride = QStringLiteral("https://example.com/auth?client_id={client_id}&x={bogus}");
        ValidationIssues issues = SourceValidator::validate(s);
        QVERIFY(hasIssue(issues, QStringLiteral("fullAuthUrl"), ValidationIssue::Severity::Error));
        QVERIFY(hasIssue(
            issues, QStringLiteral("fullAuthUrl"), ValidationIssue::Severity::Warning)); // no {state}
        s.fullAuthUrlOverride
            = QStringLiteral("https://example.com/auth?client_id={client_id}&state={state}");
        QVERIFY(SourceValidator::validate(s).isEmpty());
    }

    void scopesAndPkce()
    {
        IntegrationSource s = validOAuth2();
        s.scopes = { QStringLiteral("a b") };
        QVERIFY(hasIssue(
            SourceValidator::validate(s), QStringLiteral("scopes"), ValidationIssue::Severity::Error));
        s.scopes = { QStringLiteral("a"), QStringLiteral("b") };
        s.scopeSeparator.clear();
        QVERIFY(hasIssue(SourceValidator::validate(s), QStringLiteral("scopeSeparator"),
            ValidationIssue::Severity::Error));
        s.scopeSeparator = QStringLiteral(",");
        s.pkce = IntegrationSource::PkceMode::Plain;
        QVERIFY(hasIssue(
            SourceValidator::validate(s), QStringLiteral("pkce"), ValidationIssue::Severity::Warning));
    }

    void testApiPath()
    {
        IntegrationSource s = validOAuth2();
        s.testApiPath = QStringLiteral("v1/me");
        QVERIFY(hasIssue(
            SourceValidator::validate(s), QStringLiteral("testApiPath"), ValidationIssue::Severity::Error));
        s.testApiPath = QStringLiteral("/v1/me");
        QVERIFY(hasIssue(
            SourceValidator::validate(s), QStringLiteral("apiHostUrl"), ValidationIssue::Severity::Warning));
        s.apiHostUrl = QStringLiteral("https://api.example.com");
        QVERIFY(SourceValidator::validate(s).isEmpty());
    }

    void oversizeLogo()
    {
        IntegrationSource s = validOAuth2();
        s.logo = QByteArray(1024 * 1024 + 1, 'x');
        QVERIFY(
            hasIssue(SourceValidator::validate(s), QStringLiteral("logo"), ValidationIssue::Severity::Error));
    }
};

QTEST_MAIN(TestSourceValidator)
#include "tst_sourcevalidator.moc"
