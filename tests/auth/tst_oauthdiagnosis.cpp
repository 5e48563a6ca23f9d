#include "OAuthDiagnosis.h"

#include <QTest>

namespace {

TokenResponse failed(TokenResponse::ErrorKind kind, int status = 0)
{
    TokenResponse r;
    r.operation = TokenResponse::Operation::CodeExchange;
    r.errorKind = kind;
    r.httpStatus = status;
    r.url = QUrl(QStringLiteral("https://auth.example/oauth/token"));
    r.clientAuthentication = OAuthCredentials::Method::HttpBasic;
    r.redirectUri = QStringLiteral("https://app.example/callback");
    return r;
}

TokenResponse oauthError(const QString &error, const QString &description = {}, int status = 400)
{
    TokenResponse r = failed(TokenResponse::ErrorKind::OAuthError, status);
    r.error = error;
    r.errorDescription = description;
    return r;
}

} // namespace

/// Each failure explained, with its fix, from token responses, callbacks
/// and provider error pages.
class TestOAuthDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromTokenResponse_data()
    {
        QTest::addColumn<TokenResponse>("response");
        QTest::addColumn<OAuthDiagnosis::Kind>("kind");
        QTest::addColumn<QStringList>("mentions");

        using K = OAuthDiagnosis::Kind;
        using E = TokenResponse::ErrorKind;

        TokenResponse basic = oauthError(
            QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"), 401);
        QTest::newRow("invalid_client, basic")
            << basic << K::InvalidClient
            << QStringList { QStringLiteral("client_secret_basic"), QStringLiteral("\"body\""),
                   QStringLiteral("client authentication failed") };
        TokenResponse body = basic;
        body.clientAuthentication = OAuthCredentials::Method::RequestBody;
        QTest::newRow("invalid_client, body")
            << body << K::InvalidClient
            << QStringList { QStringLiteral("client_secret_post"), QStringLiteral("\"basic\"") };
        TokenResponse none = basic;
        none.clientAuthentication = OAuthCredentials::Method::None;
        QTest::newRow("invalid_client, public")
            << none << K::InvalidClient
            << QStringList { QStringLiteral("public client"), QStringLiteral("client secret") };

        QTest::newRow("invalid_grant, code")
            << oauthError(QStringLiteral("invalid_grant"), QStringLiteral("grant request is invalid"))
            << K::InvalidGrant
            << QStringList { QStringLiteral("authorization code"), QStringLiteral("expired"),
                   QStringLiteral("grant request is invalid") };
        TokenResponse refresh = oauthError(QStringLiteral("invalid_grant"));
        refresh.operation = TokenResponse::Operation::Refresh;
        QTest::newRow("invalid_grant, refresh")
            << refresh << K::InvalidGrant
            << QStringList { QStringLiteral("refresh token"), QStringLiteral("revoked"),
                   QStringLiteral("Connect again") };
        QTest::newRow("invalid_scope") << oauthError(QStringLiteral("invalid_scope")) << K::InvalidScope
                                       << QStringList { QStringLiteral("scope") };
        QTest::newRow("redirect_uri_mismatch")
            << oauthError(QStringLiteral("redirect_uri_mismatch"), QStringLiteral("Bad redirect URI"))
            << K::RedirectUriMismatch << QStringList { QStringLiteral("https://app.example/callback") };
        QTest::newRow("invalid_grant naming the redirect_uri")
            << oauthError(QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri does not match"))
            << K::RedirectUriMismatch << QStringList { QStringLiteral("Register") };
        QTest::newRow("unauthorized_client")
            << oauthError(QStringLiteral("unauthorized_client")) << K::UnauthorizedClient
            << QStringList { QStringLiteral("authorization code grant") };
        QTest::newRow("unsupported_grant_type")
            << oauthError(QStringLiteral("unsupported_grant_type")) << K::UnsupportedGrantType
            << QStringList { QStringLiteral("grant_type") };
        QTest::newRow("code_verifier required")
            << oauthError(QStringLiteral("invalid_request"), QStringLiteral("code_verifier required"))
            << K::PkceRequired << QStringList { QStringLiteral("PKCE"), QStringLiteral("S256") };
        QTest::newRow("PKCE verifier mismatch")
            << oauthError(QStringLiteral("invalid_grant"),
                   QStringLiteral("PKCE verification failed: code_verifier does not match"))
            << K::PkceMismatch << QStringList { QStringLiteral("verifier") };
        QTest::newRow("invalid code verifier")
            << oauthError(QStringLiteral("invalid_grant"), QStringLiteral("Invalid code verifier."))
            << K::PkceMismatch << QStringList { QStringLiteral("verifier") };
        QTest::newRow("missing code verifier")
            << oauthError(QStringLiteral("invalid_request"), QStringLiteral("Missing code verifier."))
            << K::PkceRequired << QStringList { QStringLiteral("S256") };
        QTest::newRow("invalid request, verifier required") << oauthError(
            QStringLiteral("invalid_request"), QStringLiteral("Invalid request: code_verifier is required"))
                                                            << K::PkceRequired
                                                            << QStringList { QStringLiteral("S256") };
        QTest::newRow("PKCE method unsupported") << oauthError(
            QStringLiteral("invalid_request"), QStringLiteral("not supported value of code_challenge_method"))
                                                 << K::PkceMethodUnsupported
                                                 << QStringList { QStringLiteral("S256") };
        QTest::newRow("access_denied") << oauthError(QStringLiteral("access_denied")) << K::AccessDenied
                                       << QStringList { QStringLiteral("consent") };
        QTest::newRow("server_error") << oauthError(QStringLiteral("server_error"), {}, 500) << K::ServerError
                                      << QStringList { QStringLiteral("Retry later") };
        QTest::newRow("invalid_request")
            << oauthError(QStringLiteral("invalid_request"), QStringLiteral("missing grant_type"))
            << K::InvalidRequest << QStringList { QStringLiteral("missing grant_type") };
        QTest::newRow("unknown OAuth error") << oauthError(QStringLiteral("slow_down")) << K::OtherOAuthError
                                             << QStringList { QStringLiteral("slow_down") };

        TokenResponse timeout = failed(E::Timeout);
        timeout.networkError = QStringLiteral("No complete answer within 30 seconds.");
        QTest::newRow("timeout") << timeout << K::Timeout
                                 << QStringList { QStringLiteral("https://auth.example/oauth/token"),
                                        QStringLiteral("timeout") };
        TokenResponse tls = failed(E::TlsError);
        tls.networkError = QStringLiteral("The certificate is self-signed, and untrusted");
        QTest::newRow("TLS") << tls << K::TlsError
                             << QStringList { QStringLiteral("self-signed"),
                                    QStringLiteral("never ignores") };
        QTest::newRow("connection refused")
            << failed(E::ConnectionRefused) << K::ConnectionRefused
            << QStringList { QStringLiteral("down"), QStringLiteral("auth.example") };
        QTest::newRow("host not found") << failed(E::HostNotFound) << K::HostNotFound
                                        << QStringList { QStringLiteral("does not resolve") };
        TokenResponse html = failed(E::NotJson, 200);
        html.contentType = QStringLiteral("text/html; charset=utf-8");
        html.rawBody
            = QByteArrayLiteral("<html><head><title>Sign in &amp; more</title></head><body>x</body></html>");
        QTest::newRow("HTML, not JSON")
            << html << K::NotJson
            << QStringList { QStringLiteral("text/html"), QStringLiteral("Sign in & more"),
                   QStringLiteral("access token URL") };
        TokenResponse form = failed(E::NotJson, 200);
        form.contentType = QStringLiteral("application/x-www-form-urlencoded");
        form.rawBody = QByteArrayLiteral("access_token=SECRETTOKEN&token_type=bearer");
        QTest::newRow("form-encoded, not JSON")
            << form << K::NotJson << QStringList { QStringLiteral("form-encoded") };
        TokenResponse missing = failed(E::MissingAccessToken, 200);
        missing.json = QJsonObject { { QStringLiteral("token"), QStringLiteral("SECRETTOKEN") },
            { QStringLiteral("expires"), 3600 } };
        QTest::newRow("missing access_token")
            << missing << K::MissingAccessToken
            << QStringList { QStringLiteral("expires, token"), QStringLiteral("no access_token") };
        QTest::newRow("HTTP 502") << failed(E::HttpError, 502) << K::ServerError
                                  << QStringList { QStringLiteral("502") };
        QTest::newRow("HTTP 404") << failed(E::HttpError, 404) << K::HttpError
                                  << QStringList { QStringLiteral("endpoint URL") };
        TokenResponse redirected = failed(E::Redirected, 301);
        redirected.redirectLocation = QStringLiteral("https://auth.example/oauth/token/");
        QTest::newRow("redirected") << redirected << K::Redirected
                                    << QStringList { QStringLiteral("https://auth.example/oauth/token/") };
        QTest::newRow("too large") << failed(E::TooLarge, 200) << K::TooLarge
                                   << QStringList { QStringLiteral("KiB") };
        TokenResponse config = failed(E::Configuration);
        config.networkError = QStringLiteral("The source has no revoke URL.");
        QTest::newRow("configuration")
            << config << K::Configuration << QStringList { QStringLiteral("revoke URL") };
    }

    void fromTokenResponse()
    {
        QFETCH(TokenResponse, response);
        QFETCH(OAuthDiagnosis::Kind, kind);
        QFETCH(QStringList, mentions);
        const OAuthDiagnosis diagnosis = OAuthDiagnosis::fromTokenResponse(response);
        QCOMPARE(OAuthDiagnosis::kindName(diagnosis.kind()), OAuthDiagnosis::kindName(kind));
        QVERIFY(diagnosis.isFailure());
        QVERIFY(!diagnosis.title().isEmpty());
        QVERIFY(!diagnosis.explanation().isEmpty());
        const QString text = diagnosis.text();
        for (const QString &mention : std::as_const(mentions))
            QVERIFY2(text.contains(mention, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(mention, text)));
        // A diagnosis never quotes a token.
        QVERIFY2(!text.contains(QLatin1String("SECRETTOKEN")), qPrintable(text));
    }

    void success()
    {
        TokenResponse ok;
        ok.ok = true;
        QVERIFY(!OAuthDiagnosis::fromTokenResponse(ok).isFailure());
        QVERIFY(OAuthDiagnosis::fromTokenResponse(ok).text().isEmpty());
    }

    void redirectMismatchSideBySide()
    {
        // oidc-provider hides why a grant failed; the URIs tell.
        TokenResponse response
            = oauthError(QStringLiteral("invalid_grant"), QStringLiteral("grant request is invalid"));
        response.redirectUri = QStringLiteral("https://app.example/callback/");
        OAuthDiagnosis::Context context;
        context.registeredRedirectUri = QStringLiteral("https://app.example/callback");
        const OAuthDiagnosis d = OAuthDiagnosis::fromTokenResponse(response, context);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::RedirectUriMismatch);
        QCOMPARE(d.sentRedirectUri(), QStringLiteral("https://app.example/callback/"));
        QCOMPARE(d.expectedRedirectUri(), QStringLiteral("https://app.example/callback"));
        QCOMPARE(d.differenceIndex(), qsizetype(28));
        QVERIFY2(d.explanation().contains(QLatin1String("character 29")), qPrintable(d.explanation()));
        QVERIFY(d.explanation().contains(d.sentRedirectUri()));
        QVERIFY(d.explanation().contains(d.expectedRedirectUri()));
    }

    void firstDifference_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("index");
        QTest::newRow("equal") << QStringLiteral("abc") << QStringLiteral("abc") << -1;
        QTest::newRow("scheme") << QStringLiteral("http://x") << QStringLiteral("https://x") << 4;
        QTest::newRow("prefix") << QStringLiteral("https://x/cb") << QStringLiteral("https://x/cb/") << 12;
        QTest::newRow("empty") << QString() << QStringLiteral("a") << 0;
        QTest::newRow("port") << QStringLiteral("http://127.0.0.1:8080/cb")
                              << QStringLiteral("http://127.0.0.1:8081/cb") << 20;
    }

    void firstDifference()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, index);
        QCOMPARE(OAuthDiagnosis::firstDifference(a, b), qsizetype(index));
        QCOMPARE(OAuthDiagnosis::firstDifference(b, a), qsizetype(index));
    }

    void invalidClientNamesServerMethods()
    {
        OAuthDiagnosis::Context context;
        context.serverAuthMethods
            = { QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt") };
        const OAuthDiagnosis d
            = OAuthDiagnosis::fromTokenResponse(oauthError(QStringLiteral("invalid_client")), context);
        QVERIFY2(d.explanation().contains(QLatin1String("client_secret_post, private_key_jwt")),
            qPrintable(d.explanation()));
    }

    void pkceRequiredWhenOff()
    {
        OAuthDiagnosis::Context context;
        context.pkce = IntegrationSource::PkceMode::Off;
        CallbackResult callback;
        callback.kind = CallbackResult::Kind::Error;
        callback.error = QStringLiteral("invalid_request");
        callback.errorDescription
            = QStringLiteral("Authorization Server policy requires PKCE to be used for this request");
        const OAuthDiagnosis d = OAuthDiagnosis::fromCallback(callback, context);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::PkceRequired);
        QCOMPARE(d.stage(), OAuthDiagnosis::Stage::Authorization);
        QVERIFY2(d.explanation().contains(QLatin1String("PKCE is off")), qPrintable(d.explanation()));
        QVERIFY(d.fix().contains(QLatin1String("S256")));
    }

    void fromCallback_data()
    {
        QTest::addColumn<CallbackResult>("callback");
        QTest::addColumn<OAuthDiagnosis::Kind>("kind");
        using K = OAuthDiagnosis::Kind;
        using C = CallbackResult::Kind;
        const auto make = [](C kind, const QString &error = {}, const QString &state = QStringLiteral("s")) {
            CallbackResult c;
            c.kind = kind;
            c.error = error;
            c.state = state;
            return c;
        };
        QTest::newRow("code") << make(C::Code) << K::None;
        QTest::newRow("access_denied") << make(C::Error, QStringLiteral("access_denied")) << K::AccessDenied;
        QTest::newRow("invalid_scope") << make(C::Error, QStringLiteral("invalid_scope")) << K::InvalidScope;
        QTest::newRow("unauthorized_client")
            << make(C::Error, QStringLiteral("unauthorized_client")) << K::UnauthorizedClient;
        QTest::newRow("state mismatch") << make(C::StateMismatch) << K::StateMismatch;
        QTest::newRow("state missing") << make(C::StateMismatch, {}, {}) << K::StateMismatch;
        QTest::newRow("empty") << make(C::Empty) << K::NoCode;
        QTest::newRow("unknown client")
            << make(C::Error, QStringLiteral("invalid_client")) << K::InvalidClient;
    }

    void fromCallback()
    {
        QFETCH(CallbackResult, callback);
        QFETCH(OAuthDiagnosis::Kind, kind);
        const OAuthDiagnosis d = OAuthDiagnosis::fromCallback(callback);
        QCOMPARE(OAuthDiagnosis::kindName(d.kind()), OAuthDiagnosis::kindName(kind));
        QCOMPARE(d.isFailure(), kind != OAuthDiagnosis::Kind::None);
        if (d.isFailure()) {
            QCOMPARE(d.stage(), OAuthDiagnosis::Stage::Authorization);
            QVERIFY(!d.fix().isEmpty());
        }
    }

    void fromAuthorizationPage_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<OAuthDiagnosis::Kind>("kind");
        QTest::addColumn<QString>("description");
        using K = OAuthDiagnosis::Kind;
        QTest::newRow("oidc-provider")
            << QByteArrayLiteral(
                   "<html><head><title>oops! something went wrong</title><style>pre{x:y}</style></head>"
                   "<body><pre><strong>error</strong>: invalid_redirect_uri</pre>"
                   "<pre><strong>error_description</strong>: redirect_uri did not match any of the "
                   "client&#39;s registered redirect_uris</pre></body></html>")
            << K::RedirectUriMismatch
            << QStringLiteral("redirect_uri did not match any of the client's registered redirect_uris");
        QTest::newRow("code only") << QByteArrayLiteral("<p>Error 400: redirect_uri_mismatch</p>")
                                   << K::RedirectUriMismatch << QString();
        QTest::newRow("unknown client")
            << QByteArrayLiteral("<pre>error: invalid_client</pre>") << K::InvalidClient << QString();
        QTest::newRow("prose, not a code")
            << QByteArrayLiteral("<h1>Error: Something went wrong</h1>") << K::ErrorPage << QString();
        QTest::newRow("no OAuth error")
            << QByteArrayLiteral("<html><title>Maintenance</title>Back soon</html>") << K::ErrorPage
            << QString();
    }

    void fromAuthorizationPage()
    {
        QFETCH(QByteArray, html);
        QFETCH(OAuthDiagnosis::Kind, kind);
        QFETCH(QString, description);
        OAuthDiagnosis::Context context;
        context.sentRedirectUri = QStringLiteral("http://127.0.0.1:9/wrong");
        context.registeredRedirectUri = QStringLiteral("http://127.0.0.1:9/callback");
        const OAuthDiagnosis d = OAuthDiagnosis::fromAuthorizationPage(400, html, context);
        QCOMPARE(OAuthDiagnosis::kindName(d.kind()), OAuthDiagnosis::kindName(kind));
        QCOMPARE(d.httpStatus(), 400);
        QCOMPARE(d.serverErrorDescription(), description);
        if (kind == OAuthDiagnosis::Kind::RedirectUriMismatch)
            QCOMPARE(d.differenceIndex(), qsizetype(19));
        if (html.contains("<title>Maintenance"))
            QVERIFY(d.explanation().contains(QLatin1String("Maintenance")));
    }

    void pkceIgnored()
    {
        const OAuthDiagnosis d = OAuthDiagnosis::pkceIgnored();
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::PkceIgnored);
        QVERIFY(d.explanation().contains(QLatin1String("code_verifier")));
        QVERIFY(!d.fix().isEmpty());
    }

    void kindNamesAreDistinct()
    {
        QStringList names;
        for (int k = int(OAuthDiagnosis::Kind::None);
             k <= int(OAuthDiagnosis::Kind::SignatureMethodUnsupported); ++k) {
            const QString name = OAuthDiagnosis::kindName(OAuthDiagnosis::Kind(k));
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(k)));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names << name;
        }
    }
};

QTEST_GUILESS_MAIN(TestOAuthDiagnosis)
#include "tst_oauthdiagnosis.moc"
