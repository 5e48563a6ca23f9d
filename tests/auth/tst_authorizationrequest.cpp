#include "AuthorizationRequest.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

namespace {

IntegrationSource oauthSource()
{
    IntegrationSource source;
    source.key = QStringLiteral("fitbit");
    source.displayName = QStringLiteral("Fitbit");
    source.authType = IntegrationSource::AuthType::OAuth2;
    source.authUrl = QStringLiteral("https://www.fitbit.example/oauth2/authorize");
    source.accessTokenUrl = QStringLiteral("https://api.fitbit.example/oauth2/token");
    source.scopes = { QStringLiteral("activity"), QStringLiteral("heartrate") };
    return source;
}

const QString kRedirect = QStringLiteral("http://127.0.0.1:8765/callback/fitbit");
const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

// A query's values decoded the way a server reads them: '+' is a space.
QString queryValue(const QUrl &url, const QString &name)
{
    QString encoded = QUrlQuery(url).queryItemValue(name, QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

} // namespace

/// Authorization URLs (PKCE modes, scopes and separators, overrides) and
/// callback parsing (query, fragment, errors, state).
class TestAuthorizationRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsUrl_data()
    {
        QTest::addColumn<IntegrationSource::PkceMode>("pkce");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("extraScopes");
        QTest::addColumn<QString>("expectedScope");
        QTest::addColumn<QString>("expectedChallenge");
        QTest::addColumn<QString>("expectedMethod");

        const QString s256 = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        QTest::newRow("S256, space") << IntegrationSource::PkceMode::S256 << QStringLiteral(" ")
                                     << QStringList() << QStringLiteral("activity heartrate") << s256
                                     << QStringLiteral("S256");
        QTest::newRow("plain, comma")
            << IntegrationSource::PkceMode::Plain << QStringLiteral(",") << QStringList()
            << QStringLiteral("activity,heartrate") << kVerifier << QStringLiteral("plain");
        QTest::newRow("off, plus") << IntegrationSource::PkceMode::Off << QStringLiteral("+") << QStringList()
                                   << QStringLiteral("activity+heartrate") << QString() << QString();
        QTest::newRow("extra scopes, duplicates dropped")
            << IntegrationSource::PkceMode::S256 << QStringLiteral(" ")
            << QStringList { QStringLiteral("sleep"), QStringLiteral("activity"), QStringLiteral(" ") }
            << QStringLiteral("activity heartrate sleep") << s256 << QStringLiteral("S256");
    }

    void buildsUrl()
    {
        QFETCH(IntegrationSource::PkceMode, pkce);
        QFETCH(QString, separator);
        QFETCH(QStringList, extraScopes);
        QFETCH(QString, expectedScope);
        QFETCH(QString, expectedChallenge);
        QFETCH(QString, expectedMethod);

        IntegrationSource source = oauthSource();
        source.pkce = pkce;
        source.scopeSeparator = separator;
        source.extraAuthParams.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
        const OAuthCredentials credentials { QStringLiteral("client 1&2"), QStringLiteral("secret") };
        const AuthorizationRequest request = AuthorizationRequest::create(source, credentials, kRedirect,
            extraScopes, QStringLiteral("the-state"), Pkce::fromVerifier(pkce, kVerifier));
        QVERIFY2(request.isValid(), qPrintable(request.errorString()));

        const QUrl url = request.url();
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("www.fitbit.example"));
        QCOMPARE(url.path(), QStringLiteral("/oauth2/authorize"));
        QCOMPARE(queryValue(url, QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(queryValue(url, QStringLiteral("client_id")), QStringLiteral("client 1&2"));
        QCOMPARE(queryValue(url, QStringLiteral("redirect_uri")), kRedirect);
        QCOMPARE(queryValue(url, QStringLiteral("scope")), expectedScope);
        QCOMPARE(queryValue(url, QStringLiteral("state")), QStringLiteral("the-state"));
        QCOMPARE(queryValue(url, QStringLiteral("prompt")), QStringLiteral("consent"));
        QCOMPARE(queryValue(url, QStringLiteral("code_challenge")), expectedChallenge);
        QCOMPARE(queryValue(url, QStringLiteral("code_challenge_method")), expectedMethod);
        QCOMPARE(QUrlQuery(url).hasQueryItem(QStringLiteral("code_challenge")), !expectedChallenge.isEmpty());
        // The secret never goes into the authorization URL.
        QVERIFY(!url.toString().contains(QLatin1String("secret")));

        QCOMPARE(request.scope(), expectedScope);
        QCOMPARE(request.state(), QStringLiteral("the-state"));
        QCOMPARE(request.codeVerifier(), pkce == IntegrationSource::PkceMode::Off ? QString() : kVerifier);
        QCOMPARE(request.codeChallenge(), expectedChallenge);
        QCOMPARE(request.redirectUri(), kRedirect);
        QCOMPARE(request.clientId(), QStringLiteral("client 1&2"));
    }

    void freshStateAndVerifier()
    {
        const IntegrationSource source = oauthSource();
        const OAuthCredentials credentials { QStringLiteral("id"), {} };
        QSet<QString> states;
        QSet<QString> verifiers;
        for (int i = 0; i < 50; ++i) {
            const AuthorizationRequest request = AuthorizationRequest::create(source, credentials, kRedirect);
            QVERIFY(request.isValid());
            QCOMPARE(request.state().size(), 43); // 32 random bytes
            QVERIFY(Pkce::isValidVerifier(request.codeVerifier()));
            QCOMPARE(queryValue(request.url(), QStringLiteral("state")), request.state());
            QCOMPARE(queryValue(request.url(), QStringLiteral("code_challenge")),
                Pkce::challenge(request.codeVerifier(), IntegrationSource::PkceMode::S256));
            states.insert(request.state());
            verifiers.insert(request.codeVerifier());
        }
        QCOMPARE(states.size(), 50);
        QCOMPARE(verifiers.size(), 50);
    }

    void noScopes()
    {
        IntegrationSource source = oauthSource();
        source.scopes.clear();
        const AuthorizationRequest request = AuthorizationRequest::create(
            source, { QStringLiteral("id"), {} }, kRedirect, {}, QStringLiteral("s"), Pkce());
        QVERIFY2(request.isValid(), qPrintable(request.errorString()));
        QVERIFY(!QUrlQuery(request.url()).hasQueryItem(QStringLiteral("scope")));

        // Scopes asked for at run time still reach the generated URL.
        const AuthorizationRequest extra = AuthorizationRequest::create(source, { QStringLiteral("id"), {} },
            kRedirect, { QStringLiteral("weight") }, QStringLiteral("s"), Pkce());
        QCOMPARE(queryValue(extra.url(), QStringLiteral("scope")), QStringLiteral("weight"));
    }

    void fullAuthUrlOverride()
    {
        IntegrationSource source = oauthSource();
        source.fullAuthUrlOverride = QStringLiteral(
            "https://login.example/authorize?client_id={client_id}&redirect_uri={redirect_uri}"
            "&scope={scope}&state={state}&code_challenge={code_challenge}&code_challenge_method=S256&foo="
            "bar");
        const AuthorizationRequest request
            = AuthorizationRequest::create(source, { QStringLiteral("id"), {} }, kRedirect, {},
                QStringLiteral("st"), Pkce::fromVerifier(IntegrationSource::PkceMode::S256, kVerifier));
        QVERIFY2(request.isValid(), qPrintable(request.errorString()));
        QCOMPARE(request.url().host(), QStringLiteral("login.example"));
        QCOMPARE(queryValue(request.url(), QStringLiteral("foo")), QStringLiteral("bar"));
        QCOMPARE(queryValue(request.url(), QStringLiteral("scope")), QStringLiteral("activity heartrate"));
        QCOMPARE(queryValue(request.url(), QStringLiteral("code_challenge")),
            QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void invalid_data()
    {
        QTest::addColumn<IntegrationSource>("source");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<QString>("message");

        IntegrationSource noAuthUrl = oauthSource();
        noAuthUrl.authUrl.clear();
        IntegrationSource password = oauthSource();
        password.authType = IntegrationSource::AuthType::Password;
        IntegrationSource challengeWithoutPkce = oauthSource();
        challengeWithoutPkce.pkce = IntegrationSource::PkceMode::Off;
        challengeWithoutPkce.fullAuthUrlOverride
            = QStringLiteral("https://x.example/a?state={state}&code_challenge={code_challenge}");
        IntegrationSource oauth1Placeholder = oauthSource();
        oauth1Placeholder.fullAuthUrlOverride
            = QStringLiteral("https://x.example/a?state={state}&t={oauth_token}");

        QTest::newRow("no client ID")
            << oauthSource() << QString() << kRedirect << QStringLiteral("client ID");
        QTest::newRow("no redirect URI")
            << oauthSource() << QStringLiteral("id") << QString() << QStringLiteral("redirect URI");
        QTest::newRow("no authorization URL")
            << noAuthUrl << QStringLiteral("id") << kRedirect << QStringLiteral("authorization URL");
        QTest::newRow("not OAuth 2.0")
            << password << QStringLiteral("id") << kRedirect << QStringLiteral("not an OAuth 2.0");
        QTest::newRow("challenge without PKCE")
            << challengeWithoutPkce << QStringLiteral("id") << kRedirect << QStringLiteral("PKCE is off");
        QTest::newRow("unresolved placeholder")
            << oauth1Placeholder << QStringLiteral("id") << kRedirect << QStringLiteral("{oauth_token}");
    }

    void invalid()
    {
        QFETCH(IntegrationSource, source);
        QFETCH(QString, clientId);
        QFETCH(QString, redirect);
        QFETCH(QString, message);
        const AuthorizationRequest request = AuthorizationRequest::create(source, { clientId, {} }, redirect);
        QVERIFY(!request.isValid());
        QVERIFY2(request.errorString().contains(message), qPrintable(request.errorString()));
    }

    void parseCallback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expectedState");
        QTest::addColumn<CallbackResult::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("fromFragment");

        using K = CallbackResult::Kind;
        const QString cb = QStringLiteral("http://127.0.0.1:9/cb");
        QTest::newRow("code in query")
            << cb + QStringLiteral("?code=abc%2Fdef&state=s1&iss=http%3A%2F%2Fi") << QStringLiteral("s1")
            << K::Code << QStringLiteral("abc/def") << QString() << QString() << false;
        QTest::newRow("code in fragment")
            << cb + QStringLiteral("#state=s1&code=xyz") << QStringLiteral("s1") << K::Code
            << QStringLiteral("xyz") << QString() << QString() << true;
        QTest::newRow("query wins over fragment")
            << cb + QStringLiteral("?code=q&state=s1#code=f&state=s1") << QStringLiteral("s1") << K::Code
            << QStringLiteral("q") << QString() << QString() << false;
        QTest::newRow("error in query, '+' is a space")
            << cb
                + QStringLiteral(
                    "?error=access_denied&error_description=End-User+aborted%20interaction&state=s1")
            << QStringLiteral("s1") << K::Error << QString() << QStringLiteral("access_denied")
            << QStringLiteral("End-User aborted interaction") << false;
        QTest::newRow("error in fragment")
            << cb + QStringLiteral("#error=invalid_scope&state=s1") << QStringLiteral("s1") << K::Error
            << QString() << QStringLiteral("invalid_scope") << QString() << true;
        QTest::newRow("error without state")
            << cb + QStringLiteral("?error=server_error") << QStringLiteral("s1") << K::Error << QString()
            << QStringLiteral("server_error") << QString() << false;
        QTest::newRow("error with another state")
            << cb + QStringLiteral("?error=access_denied&state=other") << QStringLiteral("s1")
            << K::StateMismatch << QString() << QStringLiteral("access_denied") << QString() << false;
        QTest::newRow("state mismatch")
            << cb + QStringLiteral("?code=abc&state=s2") << QStringLiteral("s1") << K::StateMismatch
            << QStringLiteral("abc") << QString() << QString() << false;
        QTest::newRow("state missing")
            << cb + QStringLiteral("?code=abc") << QStringLiteral("s1") << K::StateMismatch
            << QStringLiteral("abc") << QString() << QString() << false;
        QTest::newRow("state prefix only")
            << cb + QStringLiteral("?code=abc&state=s") << QStringLiteral("s1") << K::StateMismatch
            << QStringLiteral("abc") << QString() << QString() << false;
        QTest::newRow("no expected state")
            << cb + QStringLiteral("?code=abc&state=") << QString() << K::StateMismatch
            << QStringLiteral("abc") << QString() << QString() << false;
        QTest::newRow("duplicate state, first wins")
            << cb + QStringLiteral("?code=abc&state=s1&state=evil") << QStringLiteral("s1") << K::Code
            << QStringLiteral("abc") << QString() << QString() << false;
        QTest::newRow("nothing") << cb + QStringLiteral("?foo=bar#baz") << QStringLiteral("s1") << K::Empty
                                 << QString() << QString() << QString() << false;
    }

    void parseCallback()
    {
        QFETCH(QString, url);
        QFETCH(QString, expectedState);
        QFETCH(CallbackResult::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, error);
        QFETCH(QString, description);
        QFETCH(bool, fromFragment);
        const CallbackResult result = AuthorizationRequest::parseCallback(QUrl(url), expectedState);
        QCOMPARE(result.kind, kind);
        QCOMPARE(result.code, code);
        QCOMPARE(result.error, error);
        QCOMPARE(result.errorDescription, description);
        QCOMPARE(result.fromFragment, fromFragment);
        QCOMPARE(result.isSuccess(), kind == CallbackResult::Kind::Code);
    }

    void callbackIssuer()
    {
        const CallbackResult result = AuthorizationRequest::parseCallback(
            QUrl(QStringLiteral("http://127.0.0.1:9/cb?code=c&state=s&iss=http%3A%2F%2F127.0.0.1%3A4000")),
            QStringLiteral("s"));
        QCOMPARE(result.issuer, QStringLiteral("http://127.0.0.1:4000"));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationRequest)
#include "tst_authorizationrequest.moc"
