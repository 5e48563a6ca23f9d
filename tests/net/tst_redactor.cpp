#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

/// Every form a leaked value could take in a recording.
QList<QByteArray> encodings(const QString &secret)
{
    QByteArray form = QUrl::toPercentEncoding(secret, " ");
    form.replace(' ', '+');
    QByteArray json = QJsonDocument(QJsonArray { secret }).toJson(QJsonDocument::Compact);
    json = json.mid(2, json.size() - 4);
    return { secret.toUtf8(), QUrl::toPercentEncoding(secret), form, json, secret.toUtf8().toBase64() };
}

/// The first encoding of @p secret found in @p haystack, or empty.
QByteArray leaked(const QByteArray &haystack, const QString &secret)
{
    for (const QByteArray &e : encodings(secret)) {
        if (e.size() >= 4 && haystack.contains(e))
            return e;
    }
    return {};
}

#define VERIFY_GONE(haystack, secrets)                                                                       \
    do {                                                                                                     \
        for (const QString &s_ : secrets) {                                                                  \
            const QByteArray found_ = leaked(haystack, s_);                                                  \
            QVERIFY2(found_.isEmpty(),                                                                       \
                qPrintable(QStringLiteral("leaked %1 in: %2")                                                \
                               .arg(QString::fromUtf8(found_), QString::fromUtf8(haystack))));               \
        }                                                                                                    \
    } while (false)

#define VERIFY_KEPT(haystack, keeps)                                                                         \
    do {                                                                                                     \
        for (const QString &k_ : keeps)                                                                      \
            QVERIFY2(haystack.contains(k_.toUtf8()),                                                         \
                qPrintable(QStringLiteral("lost %1 in: %2").arg(k_, QString::fromUtf8(haystack))));          \
    } while (false)

QByteArray everything(const HttpExchange &x)
{
    QByteArray all = x.method + ' ' + x.url.toEncoded() + '\n' + x.url.toString().toUtf8() + '\n';
    for (const auto &h : x.requestHeaders)
        all += h.first + ": " + h.second + '\n';
    all += x.requestBody + '\n';
    for (const auto &h : x.responseHeaders)
        all += h.first + ": " + h.second + '\n';
    all += x.responseBody + '\n' + x.reasonPhrase.toUtf8() + '\n' + x.error.toUtf8();
    return all;
}

const QRegularExpression kFingerprint(QStringLiteral("redacted:[0-9a-f]{6}"));

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sensitiveNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("sensitive");
        for (const char *name :
            { "client_secret", "CLIENT_SECRET", "Client-Secret", "clientSecret", "client_secret[]", "code",
                "Code", "code_verifier", "access_token", "refresh_token", "id_token", "token", "password",
                "user[password]", "oauth_token_secret", "oauth_signature", "oauth_verifier", "oauth_token",
                "assertion", "client_assertion", "X-Api-Key", "x-link-token", "accessToken" })
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        for (const char *name : { "client_id", "state", "scope", "grant_type", "token_type",
                 "token_type_hint", "expires_in", "code_challenge", "code_challenge_method", "redirect_uri",
                 "error", "error_code", "nonce", "oauth_consumer_key", "oauth_nonce", "Content-Type", "" })
            QTest::newRow(*name ? name : "empty") << QString::fromLatin1(name) << false;
    }

    void sensitiveNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, sensitive);
        QCOMPARE(Redactor::isSensitiveName(name), sensitive);
    }

    void urls_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("code in the query")
            << QByteArray("https://p.example/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz")
            << QStringList { QStringLiteral("SplxlOBeZQQYbYS6WxSbIA") }
            << QStringList { QStringLiteral("state=xyz"), QStringLiteral("code=redacted:") };
        QTest::newRow("repeated parameter")
            << QByteArray("https://p.example/cb?code=first-code-1111&code=second-code-2222&x=1")
            << QStringList { QStringLiteral("first-code-1111"), QStringLiteral("second-code-2222") }
            << QStringList { QStringLiteral("x=1") };
        QTest::newRow("encoded name") << QByteArray("https://p.example/t?client%5Fsecret=s3cr3t-value-9")
                                      << QStringList { QStringLiteral("s3cr3t-value-9") } << QStringList();
        QTest::newRow("upper case") << QByteArray("https://p.example/t?ACCESS_TOKEN=at-uppercase-123")
                                    << QStringList { QStringLiteral("at-uppercase-123") } << QStringList();
        QTest::newRow("implicit fragment")
            << QByteArray("https://x.example/cb#access_token=frag-token-123456&token_type=Bearer&state=abc")
            << QStringList { QStringLiteral("frag-token-123456") }
            << QStringList { QStringLiteral("token_type=Bearer"), QStringLiteral("state=abc") };
        QTest::newRow("user info") << QByteArray("https://user:hunter2-pass@host.example/x")
                                   << QStringList { QStringLiteral("hunter2-pass") }
                                   << QStringList { QStringLiteral("user") };
        QTest::newRow("URL in a parameter") << QByteArray(
            "https://x.example/login?next=https%3A%2F%2Fy.example%2Fcb%3Fcode%3Dnested-code-123%26state%3Ds")
                                            << QStringList { QStringLiteral("nested-code-123") }
                                            << QStringList { QStringLiteral("y.example") };
        QTest::newRow("percent-encoded value")
            << QByteArray("https://x.example/?password=p%40ss%2Fw0rd%21")
            << QStringList { QStringLiteral("p@ss/w0rd!") } << QStringList();
        QTest::newRow("plus-encoded value") << QByteArray("https://x.example/?password=correct+horse+battery")
                                            << QStringList { QStringLiteral("correct horse battery"),
                                                   QStringLiteral("correct+horse+battery") }
                                            << QStringList();
        QTest::newRow("OAuth 1.0a authorize")
            << QByteArray("https://x.example/authorize?oauth_token=req-token-abc123")
            << QStringList { QStringLiteral("req-token-abc123") } << QStringList();
        QTest::newRow("nothing to redact")
            << QByteArray("https://x.example/me?fields=a,b") << QStringList()
            << QStringList { QStringLiteral("https://x.example/me?fields=a,b") };
    }

    void urls()
    {
        QFETCH(QByteArray, url);
        QFETCH(QStringList, secrets);
        QFETCH(QStringList, kept);
        Redactor redactor;
        const QUrl redacted = redactor.redactUrl(QUrl::fromEncoded(url));
        const QByteArray text = redacted.toEncoded() + '\n' + redacted.toString().toUtf8() + '\n'
            + QUrl::fromPercentEncoding(redacted.toEncoded()).toUtf8();
        VERIFY_GONE(text, secrets);
        VERIFY_KEPT(text, kept);
        if (!secrets.isEmpty())
            QVERIFY(text.contains("redacted:"));
    }

    void repeatedValuesGetTheirOwnFingerprints()
    {
        Redactor redactor;
        const QUrl redacted = redactor.redactUrl(
            QUrl(QStringLiteral("https://p.example/cb?code=first-code-1111&code=second-code-2222")));
        const QString query = redacted.query();
        QCOMPARE(query,
            QStringLiteral("code=%1&code=%2")
                .arg(redactor.fingerprint(QStringLiteral("first-code-1111")),
                    redactor.fingerprint(QStringLiteral("second-code-2222"))));
        QVERIFY(redactor.fingerprint(QStringLiteral("first-code-1111"))
            != redactor.fingerprint(QStringLiteral("second-code-2222")));
    }

    void headers_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QStringList>("kept");
        const QByteArray basic = QByteArray("qa-client:qa-secret-xyz").toBase64();
        QTest::newRow("Basic") << QByteArray("Authorization") << QByteArray("Basic " + basic)
                               << QStringList { QStringLiteral("qa-secret-xyz"), QString::fromLatin1(basic) }
                               << QStringList { QStringLiteral("Basic redacted:") };
        QTest::newRow("bearer, lower case")
            << QByteArray("authorization") << QByteArray("bearer tok-abc-123456")
            << QStringList { QStringLiteral("tok-abc-123456") }
            << QStringList { QStringLiteral("bearer redacted:") };
        QTest::newRow("proxy") << QByteArray("Proxy-Authorization") << QByteArray("Basic " + basic)
                               << QStringList { QStringLiteral("qa-secret-xyz") } << QStringList();
        QTest::newRow("OAuth 1.0a")
            << QByteArray("Authorization")
            << QByteArray(
                   "OAuth oauth_consumer_key=\"ck\", oauth_nonce=\"n1\", oauth_signature=\"sig%2Bvalue%3D\", "
                   "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1\", "
                   "oauth_token=\"at-oauth1-token\", oauth_verifier=\"verif-123456\", oauth_version=\"1.0\"")
            << QStringList { QStringLiteral("sig%2Bvalue%3D"), QStringLiteral("sig+value="),
                   QStringLiteral("at-oauth1-token"), QStringLiteral("verif-123456") }
            << QStringList { QStringLiteral("OAuth oauth_consumer_key=\"ck\""),
                   QStringLiteral("oauth_nonce=\"n1\""), QStringLiteral("oauth_token=\"redacted:") };
        QTest::newRow("Digest") << QByteArray("Authorization")
                                << QByteArray("Digest username=\"u\", response=\"abcdef0123456789\"")
                                << QStringList { QStringLiteral("abcdef0123456789") }
                                << QStringList { QStringLiteral("Digest redacted:") };
        QTest::newRow("no scheme") << QByteArray("Authorization") << QByteArray("raw-api-key-123456")
                                   << QStringList { QStringLiteral("raw-api-key-123456") } << QStringList();
        QTest::newRow("Cookie") << QByteArray("Cookie")
                                << QByteArray("session=sess-abc-123456; theme=dark-mode-x")
                                << QStringList { QStringLiteral("sess-abc-123456"),
                                       QStringLiteral("dark-mode-x") }
                                << QStringList { QStringLiteral("session=redacted:"),
                                       QStringLiteral("theme=redacted:") };
        QTest::newRow("Set-Cookie, two")
            << QByteArray("set-cookie")
            << QByteArray("sid=sid-value-123456; Path=/; HttpOnly\nother=other-value-9876; Secure")
            << QStringList { QStringLiteral("sid-value-123456"), QStringLiteral("other-value-9876") }
            << QStringList { QStringLiteral("; Path=/; HttpOnly"), QStringLiteral("; Secure") };
        QTest::newRow("API key header") << QByteArray("X-Api-Key") << QByteArray("key-123456789")
                                        << QStringList { QStringLiteral("key-123456789") } << QStringList();
        QTest::newRow("link token header") << QByteArray("X-Link-Token") << QByteArray("lt-123456789")
                                           << QStringList { QStringLiteral("lt-123456789") } << QStringList();
        QTest::newRow("Location") << QByteArray("Location")
                                  << QByteArray("https://app.example/cb?code=loc-code-123456&state=s1")
                                  << QStringList { QStringLiteral("loc-code-123456") }
                                  << QStringList { QStringLiteral("state=s1") };
        QTest::newRow("plain header")
            << QByteArray("Content-Type") << QByteArray("application/json; charset=utf-8") << QStringList()
            << QStringList { QStringLiteral("application/json; charset=utf-8") };
    }

    void headers()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QStringList, secrets);
        QFETCH(QStringList, kept);
        Redactor redactor;
        const QByteArray redacted = redactor.redactHeaderValue(name, value);
        VERIFY_GONE(redacted, secrets);
        VERIFY_KEPT(redacted, kept);
    }

    void bodies_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QStringList>("kept");
        const QByteArray json = "application/json";
        const QByteArray form = "application/x-www-form-urlencoded";
        QTest::newRow("token response")
            << json
            << QByteArray("{\"access_token\":\"at-json-1234567\",\"refresh_token\":\"rt-json-1234567\","
                          "\"id_token\":\"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl\","
                          "\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"openid\"}")
            << QStringList { QStringLiteral("at-json-1234567"), QStringLiteral("rt-json-1234567"),
                   QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl") }
            << QStringList { QStringLiteral("\"token_type\":\"Bearer\""), QStringLiteral("3600"),
                   QStringLiteral("\"scope\":\"openid\"") };
        QTest::newRow("nested JSON") << json
                                     << QByteArray(
                                            "{\"data\":{\"tokens\":[{\"Access_Token\":\"nested-at-123456\"}],"
                                            "\"user\":{\"name\":\"bob\",\"password\":\"nested-pass-123\"}}}")
                                     << QStringList { QStringLiteral("nested-at-123456"),
                                            QStringLiteral("nested-pass-123") }
                                     << QStringList { QStringLiteral("\"name\":\"bob\"") };
        QTest::newRow("JSON in a JSON string")
            << json << QByteArray("{\"body\":\"{\\\"refresh_token\\\":\\\"inner-rt-1234567\\\"}\"}")
            << QStringList { QStringLiteral("inner-rt-1234567") } << QStringList();
        QTest::newRow("URL in a JSON string")
            << json << QByteArray("{\"redirect\":\"https://x.example/cb?code=json-url-code-1234&state=k\"}")
            << QStringList { QStringLiteral("json-url-code-1234") }
            << QStringList { QStringLiteral("state=k") };
        QTest::newRow("echoed headers")
            << json
            << QByteArray(
                   "{\"headers\":{\"Authorization\":\"Bearer echo-token-1234567\",\"Accept\":\"*/*\"}}")
            << QStringList { QStringLiteral("echo-token-1234567") }
            << QStringList { QStringLiteral("Bearer redacted:"), QStringLiteral("*/*") };
        QTest::newRow("camel case")
            << json
            << QByteArray("{\"clientSecret\":\"camel-secret-1234\",\"accessToken\":\"camel-at-123456\"}")
            << QStringList { QStringLiteral("camel-secret-1234"), QStringLiteral("camel-at-123456") }
            << QStringList();
        QTest::newRow("numeric code")
            << json << QByteArray("{\"code\":12345678,\"expires_in\":600}")
            << QStringList { QStringLiteral("12345678") } << QStringList { QStringLiteral("600") };
        QTest::newRow("secret with parts")
            << json
            << QByteArray("{\"credentials\":{\"user\":\"bob-the-user\",\"pass\":\"obj-pass-123456\"}}")
            << QStringList { QStringLiteral("obj-pass-123456"), QStringLiteral("bob-the-user") }
            << QStringList();
        QTest::newRow("JSON array at the top")
            << json << QByteArray("[{\"token\":\"array-token-123456\"},\"plain\"]")
            << QStringList { QStringLiteral("array-token-123456") }
            << QStringList { QStringLiteral("plain") };
        QTest::newRow("token request")
            << form
            << QByteArray("grant_type=authorization_code&code=form-code-123456&redirect_uri=http%3A%2F%2F127."
                          "0.0.1%3A9"
                          "%2Fcallback&code_verifier=verifier-abcdef-123456&client_secret=form-secret-123")
            << QStringList { QStringLiteral("form-code-123456"), QStringLiteral("verifier-abcdef-123456"),
                   QStringLiteral("form-secret-123") }
            << QStringList { QStringLiteral("grant_type=authorization_code"),
                   QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback") };
        QTest::newRow("repeated, case")
            << form
            << QByteArray("TOKEN=tok-upper-123456&token=tok-lower-123456&token_type_hint=refresh_token")
            << QStringList { QStringLiteral("tok-upper-123456"), QStringLiteral("tok-lower-123456") }
            << QStringList { QStringLiteral("token_type_hint=refresh_token") };
        QTest::newRow("form without a type")
            << QByteArray() << QByteArray("client%5Fsecret=enc-name-secret-1&a=b")
            << QStringList { QStringLiteral("enc-name-secret-1") } << QStringList { QStringLiteral("a=b") };
        QTest::newRow("OAuth 1.0a token response")
            << form
            << QByteArray("oauth_token=o1-token-123456&oauth_token_secret=o1-secret-123456&oauth_callback_"
                          "confirmed=true")
            << QStringList { QStringLiteral("o1-token-123456"), QStringLiteral("o1-secret-123456") }
            << QStringList { QStringLiteral("oauth_callback_confirmed=true") };
        QTest::newRow("form_post page")
            << QByteArray("text/html; charset=utf-8")
            << QByteArray("<html><body><form method=\"post\" action=\"https://x.example/cb\">"
                          "<input type=\"hidden\" name=\"code\" value=\"html-code-123456\"/>"
                          "<input type='hidden' value='html-token-123456' name='id_token'>"
                          "<input type=\"hidden\" name=\"state\" value=\"st-1\"/></form></body></html>")
            << QStringList { QStringLiteral("html-code-123456"), QStringLiteral("html-token-123456") }
            << QStringList { QStringLiteral("value=\"st-1\"") };
        QTest::newRow("plain text") << QByteArray(
            "text/plain") << QByteArray("error: invalid_grant, refresh_token=text-rt-1234567 was used")
                                    << QStringList { QStringLiteral("text-rt-1234567") }
                                    << QStringList { QStringLiteral("invalid_grant"),
                                           QStringLiteral("was used") };
        QTest::newRow("JSONP") << QByteArray("application/javascript")
                               << QByteArray("callback({\"access_token\":\"jsonp-at-123456\",\"n\":1})")
                               << QStringList { QStringLiteral("jsonp-at-123456") } << QStringList();
        QTest::newRow("quoted pair in a JSON string")
            << json << QByteArray("{\"log\":\"sent \\\"password\\\": \\\"esc-pass-1234\\\" to the server\"}")
            << QStringList { QStringLiteral("esc-pass-1234") }
            << QStringList { QStringLiteral("to the server") };
        QTest::newRow("multipart")
            << QByteArray("multipart/form-data; boundary=b")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nbob\r\n"
                          "--b\r\nContent-Disposition: form-data; "
                          "name=\"password\"\r\n\r\nmultipart-pass-123\r\n--b--\r\n")
            << QStringList { QStringLiteral("multipart-pass-123") } << QStringList { QStringLiteral("bob") };
        QTest::newRow("a JWT anywhere")
            << QByteArray("text/plain")
            << QByteArray("see eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhYmMifQ.abcdefghijk for details")
            << QStringList { QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhYmMifQ.abcdefghijk") }
            << QStringList { QStringLiteral("for details") };
        QTest::newRow("invalid JSON") << json << QByteArray("{\"refresh_token\": \"broken-rt-123456\", ")
                                      << QStringList { QStringLiteral("broken-rt-123456") } << QStringList();
    }

    void bodies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, secrets);
        QFETCH(QStringList, kept);
        Redactor redactor;
        const QByteArray redacted = redactor.redactBody(body, contentType);
        VERIFY_GONE(redacted, secrets);
        VERIFY_KEPT(redacted, kept);
        QVERIFY(redacted.contains("redacted:"));
        // A JSON body stays JSON.
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            QJsonDocument::fromJson(redacted, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    }

    void literalSecrets_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        const QString secret = QStringLiteral("a/b c+d&e=f");
        QList<QByteArray> seen;
        for (const QByteArray &e : encodings(secret)) {
            if (!seen.contains(e))
                QTest::newRow(e.constData()) << e;
            seen << e;
        }
        QTest::newRow("lower-case hex") << QByteArray("a%2fb%20c%2bd%26e%3df");
        QTest::newRow("JSON with \\/") << QByteArray("a\\/b c+d&e=f");
    }

    void literalSecrets()
    {
        QFETCH(QByteArray, encoded);
        Redactor redactor;
        redactor.addSecret(QStringLiteral("a/b c+d&e=f"));
        const QByteArray scrubbed = redactor.scrub("before " + encoded + " after");
        QCOMPARE(
            scrubbed, "before " + redactor.fingerprint(QStringLiteral("a/b c+d&e=f")).toLatin1() + " after");
    }

    void shortLiteralsAreOnlyRedactedInFields()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("abc"));
        QCOMPARE(redactor.scrub(QStringLiteral("abcdef")), QStringLiteral("abcdef"));
        const QByteArray form = redactor.redactForm("client_secret=abc&x=abc");
        QVERIFY(form.startsWith("client_secret=redacted:"));
        QVERIFY(form.endsWith("&x=abc"));
        // A cookie "true" is no reason to break JSON's true.
        redactor.redactHeaderValue("Cookie", "flag=true");
        const QByteArray body
            = redactor.redactBody("{\"active\":true,\"note\":\"true\"}", "application/json");
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1String("active")), QJsonValue(true));
    }

    void fingerprints()
    {
        Redactor a(QByteArrayLiteral("key-one"));
        Redactor b(QByteArrayLiteral("key-one"));
        Redactor c(QByteArrayLiteral("key-two"));
        const QString value = QStringLiteral("some-token-value");
        QVERIFY(kFingerprint.match(a.fingerprint(value)).hasMatch());
        QVERIFY(Redactor::isFingerprint(a.fingerprint(value)));
        QCOMPARE(a.fingerprint(value), b.fingerprint(value));
        QVERIFY(a.fingerprint(value) != c.fingerprint(value));
        QVERIFY(a.fingerprint(value) != a.fingerprint(value + QLatin1Char('x')));
        QVERIFY(Redactor().fingerprint(value) != Redactor().fingerprint(value)); // random keys
    }

    void oneValueOneFingerprintAcrossPlaces()
    {
        Redactor redactor;
        const QString token = QStringLiteral("2YotnFZFEjr1zCsicMWpAA");
        const QByteArray body = redactor.redactBody(
            "{\"access_token\":\"" + token.toLatin1() + "\",\"token_type\":\"Bearer\"}", "application/json");
        const QByteArray header = redactor.redactHeaderValue("Authorization", "Bearer " + token.toLatin1());
        const QByteArray form = redactor.redactForm("token=" + token.toLatin1());
        const QString fingerprint = redactor.fingerprint(token);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1String("access_token")).toString(),
            fingerprint);
        QCOMPARE(header, "Bearer " + fingerprint.toLatin1());
        QCOMPARE(form, "token=" + fingerprint.toLatin1());
    }

    void wholeExchange()
    {
        HttpExchange x;
        x.startedAt = QDateTime::currentDateTimeUtc();
        x.method = "POST";
        x.url = QUrl(QStringLiteral("https://auth.example/token?client_secret=query-secret-123"));
        x.requestHeaders = { { "Authorization", "Basic " + QByteArray("cid:basic-secret-1234").toBase64() },
            { "Content-Type", "application/x-www-form-urlencoded" }, { "Cookie", "sid=cookie-value-1234" } };
        x.requestBody = "grant_type=refresh_token&refresh_token=old-refresh-123456";
        x.status = 200;
        x.reasonPhrase = QStringLiteral("OK");
        x.responseHeaders
            = { { "Content-Type", "application/json" }, { "Set-Cookie", "sid=new-cookie-12345; Path=/" },
                  // The server echoes the new token in a header nobody named a token.
                  { "X-Debug", "issued new-access-123456" } };
        x.responseBody = "{\"access_token\":\"new-access-123456\",\"refresh_token\":\"new-refresh-123456\"}";
        x.error = QStringLiteral("warning: old-refresh-123456 was rotated");
        x.durationMs = 42;
        Redactor redactor;
        const HttpExchange r = redactor.redact(x);
        VERIFY_GONE(everything(r),
            (QStringList { QStringLiteral("query-secret-123"), QStringLiteral("basic-secret-1234"),
                QStringLiteral("cookie-value-1234"), QStringLiteral("old-refresh-123456"),
                QStringLiteral("new-cookie-12345"), QStringLiteral("new-access-123456"),
                QStringLiteral("new-refresh-123456") }));
        QCOMPARE(r.method, x.method);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.durationMs, 42);
        QCOMPARE(r.startedAt, x.startedAt);
        QCOMPARE(r.url.host(), QStringLiteral("auth.example"));
        QCOMPARE(r.requestHeaders.size(), 3);
        QCOMPARE(r.responseHeaders.at(2).second,
            "issued " + redactor.fingerprint(QStringLiteral("new-access-123456")).toLatin1());
        QVERIFY(r.requestBody.startsWith("grant_type=refresh_token&refresh_token=redacted:"));
    }

    void learntSecretsAreScrubbedLater()
    {
        Redactor redactor;
        redactor.redactBody("{\"access_token\":\"learnt-token-123456\"}", "application/json");
        QCOMPARE(redactor.redactText(QStringLiteral("The API said learnt-token-123456 is fine")),
            QStringLiteral("The API said %1 is fine")
                .arg(redactor.fingerprint(QStringLiteral("learnt-token-123456"))));
        QVERIFY(redactor.secretCount() >= 1);
    }

    void binaryBodiesAreScrubbed()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("binary-secret-99"));
        const QByteArray body
            = QByteArray("\xff\xfe\x00", 3) + "binary-secret-99" + QByteArray("\x80\x81", 2);
        const QByteArray redacted = redactor.redactBody(body, "application/octet-stream");
        QVERIFY(!redacted.contains("binary-secret-99"));
        QVERIFY(redacted.startsWith(QByteArray("\xff\xfe\x00", 3)));
    }

    void hostileNestingEnds()
    {
        Redactor redactor;
        // 20 URLs each inside the next one's query.
        QString url = QStringLiteral("https://in.example/cb?code=deep-code-123456");
        for (int i = 0; i < 20; ++i)
            url = QStringLiteral("https://x%1.example/?next=").arg(i)
                + QString::fromLatin1(QUrl::toPercentEncoding(url));
        const QUrl redacted = redactor.redactUrl(QUrl(url));
        QVERIFY(redacted.isValid());
        // Deep JSON.
        QByteArray json;
        for (int i = 0; i < 500; ++i)
            json += "[";
        json += "{\"token\":\"deep-json-token-1\"}";
        for (int i = 0; i < 500; ++i)
            json += "]";
        const QByteArray out = redactor.redactBody(json, "application/json");
        QVERIFY(!out.contains("deep-json-token-1"));
    }

    void scrubJsonKeepsStructure()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("1234"));
        redactor.addSecret(QStringLiteral("json-secret-1"));
        const QJsonObject in { { QStringLiteral("n"), 1234 },
            { QStringLiteral("s"), QStringLiteral("x json-secret-1 y") },
            { QStringLiteral("a"), QJsonArray { QStringLiteral("json-secret-1") } } };
        const QJsonObject out = redactor.scrubJson(in).toObject();
        QCOMPARE(out.value(QLatin1String("n")).toInt(), 1234);
        const QString fingerprint = redactor.fingerprint(QStringLiteral("json-secret-1"));
        QCOMPARE(out.value(QLatin1String("s")).toString(), QStringLiteral("x %1 y").arg(fingerprint));
        QCOMPARE(out.value(QLatin1String("a")).toArray().at(0).toString(), fingerprint);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
