#include "AuthUrlTemplate.h"
#include "IntegrationSource.h"

#include <QTest>
#include <QUrlQuery>

class TestAuthUrlTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesOAuth2WithPkceAndExtras()
    {
        IntegrationSource s;
        s.authUrl = QStringLiteral("https://www.fitbit.com/oauth2/authorize");
        s.scopes = { QStringLiteral("activity"), QStringLiteral("sleep") };
        s.extraAuthParams = { { QStringLiteral("prompt"), QStringLiteral("login consent") } };
        const QString templ = AuthUrlTemplate::generate(s);
        QCOMPARE(templ,
            QStringLiteral("https://www.fitbit.com/oauth2/authorize?response_type=code&client_id={client_id}"
                           "&redirect_uri={redirect_uri}&scope={scope}&state={state}"
                           "&code_challenge={code_challenge}&code_challenge_method=S256"
                           "&prompt=login%20consent"));
    }

    void generationFollowsFields_data()
    {
        QTest::addColumn<QString>("authUrl");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("pkce");
        QTest::addColumn<QString>("expected");
        QTest::newRow("existing query, pkce off, no scopes")
            << QStringLiteral("https://ex.com/auth?tenant=a") << QStringLiteral("oauth2")
            << QStringLiteral("off")
            << QStringLiteral("https://ex.com/auth?tenant=a&response_type=code&client_id={client_id}"
                              "&redirect_uri={redirect_uri}&state={state}");
        QTest::newRow("plain pkce") << QStringLiteral("https://ex.com/a") << QStringLiteral("oauth2")
                                    << QStringLiteral("plain")
                                    << QStringLiteral(
                                           "https://ex.com/a?response_type=code&client_id={client_id}"
                                           "&redirect_uri={redirect_uri}&state={state}"
                                           "&code_challenge={code_challenge}&code_challenge_method=plain");
        QTest::newRow("oauth1") << QStringLiteral("https://connect.garmin.com/oauthConfirm")
                                << QStringLiteral("oauth1") << QStringLiteral("off")
                                << QStringLiteral(
                                       "https://connect.garmin.com/oauthConfirm?oauth_token={oauth_token}");
        QTest::newRow("password has none")
            << QStringLiteral("https://ex.com/login") << QStringLiteral("password") << QStringLiteral("off")
            << QString();
        QTest::newRow("no auth url") << QString() << QStringLiteral("oauth2") << QStringLiteral("S256")
                                     << QString();
    }

    void generationFollowsFields()
    {
        QFETCH(QString, authUrl);
        QFETCH(QString, type);
        QFETCH(QString, pkce);
        QFETCH(QString, expected);
        IntegrationSource s;
        s.authUrl = authUrl;
        QVERIFY(IntegrationSource::fromString(type, &s.authType));
        QVERIFY(IntegrationSource::fromString(pkce, &s.pkce));
        QCOMPARE(AuthUrlTemplate::generate(s), expected);
    }

    void overrideWins()
    {
        IntegrationSource s;
        s.authUrl = QStringLiteral("https://ex.com/a");
        QVERIFY(AuthUrlTemplate::effective(s).startsWith(QStringLiteral("https://ex.com/a?response_type")));
        s.fullAuthUrlOverride = QStringLiteral("  https://ex.com/custom?c={client_id}  ");
        QCOMPARE(AuthUrlTemplate::effective(s), QStringLiteral("https://ex.com/custom?c={client_id}"));
    }

    void resolveEncodesAndReportsMissing()
    {
        QStringList unresolved;
        const QString url = AuthUrlTemplate::resolve(
            QStringLiteral("https://ex.com/a?client_id={client_id}&redirect_uri={redirect_uri}&scope={scope}"
                           "&state={state}&x={code_challenge}"),
            { { QStringLiteral("client_id"), QStringLiteral("abc") },
                { QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5000/cb?x=1&y=2") },
                { QStringLiteral("scope"), QStringLiteral("read write") },
                { QStringLiteral("state"), QStringLiteral("s&t=") } },
            &unresolved);
        const QUrlQuery query { QUrl(url) };
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("abc"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
            QStringLiteral("http://127.0.0.1:5000/cb?x=1&y=2"));
        QCOMPARE(
            query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("read write"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("s&t="));
        QCOMPARE(query.queryItemValue(QStringLiteral("x")), QStringLiteral("{code_challenge}"));
        QCOMPARE(unresolved, QStringList { QStringLiteral("code_challenge") });
    }

    void unknownPlaceholders()
    {
        QCOMPARE(
            AuthUrlTemplate::unknownPlaceholders(QStringLiteral("https://e/{client_id}{tenant}{tenant}")),
            QStringList { QStringLiteral("tenant") });
    }

    void previewUsesSeparator()
    {
        IntegrationSource s;
        s.scopes = { QStringLiteral("a"), QStringLiteral("b") };
        s.scopeSeparator = QStringLiteral(",");
        const auto values = AuthUrlTemplate::previewValues(s, QStringLiteral("http://127.0.0.1/cb"));
        QCOMPARE(values.value(QStringLiteral("scope")), QStringLiteral("a,b"));
        QVERIFY(!values.contains(QStringLiteral("client_id")));
    }
};

QTEST_MAIN(TestAuthUrlTemplate)
#include "tst_authurltemplate.moc"
