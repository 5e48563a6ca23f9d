#include "HarWriter.h"
#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

HttpExchange tokenExchange()
{
    HttpExchange x;
    x.startedAt = QDateTime(QDate(2026, 11, 21), QTime(19, 0, 4, 123), Qt::UTC);
    x.method = "POST";
    x.url = QUrl(QStringLiteral("https://auth.example/token?a=1&a=2&b=x%20y"));
    x.requestHeaders = { { "Authorization", "Basic " + QByteArray("cid:har-secret-123").toBase64() },
        { "Content-Type", "application/x-www-form-urlencoded" },
        { "Cookie", "sid=har-cookie-123456; lang=en" } };
    x.requestBody
        = "grant_type=authorization_code&code=har-code-123456&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb";
    x.status = 200;
    x.reasonPhrase = QStringLiteral("OK");
    x.responseHeaders = { { "Content-Type", "application/json; charset=utf-8" },
        { "Set-Cookie", "a=har-set-cookie-1; Path=/\nb=har-set-cookie-2; Secure" } };
    x.responseBody = "{\"access_token\":\"har-access-123456\",\"token_type\":\"Bearer\",\"expires_in\":600}";
    x.durationMs = 87;
    return x;
}

/// Checks the fields HAR 1.2 requires of @p key in @p object, with their JSON types.
#define REQUIRE(object, key, kind)                                                                           \
    QVERIFY2((object).value(QLatin1String(key)).type() == QJsonValue::kind,                                  \
        qPrintable(QStringLiteral("%1 missing or not %2").arg(QLatin1String(key), QLatin1String(#kind))))

void verifyNameValues(const QJsonArray &array)
{
    for (const QJsonValue &v : array) {
        QVERIFY(v.isObject());
        QVERIFY(v.toObject().value(QLatin1String("name")).isString());
        QVERIFY(v.toObject().value(QLatin1String("value")).isString());
    }
}

void verifyEntry(const QJsonObject &entry)
{
    REQUIRE(entry, "startedDateTime", String);
    QVERIFY(QDateTime::fromString(entry.value(QLatin1String("startedDateTime")).toString(), Qt::ISODateWithMs)
                .isValid());
    REQUIRE(entry, "time", Double);
    REQUIRE(entry, "request", Object);
    REQUIRE(entry, "response", Object);
    REQUIRE(entry, "cache", Object);
    REQUIRE(entry, "timings", Object);

    const QJsonObject request = entry.value(QLatin1String("request")).toObject();
    for (const char *key : { "method", "url", "httpVersion" })
        QVERIFY2(request.value(QLatin1String(key)).isString(), key);
    for (const char *key : { "cookies", "headers", "queryString" }) {
        QVERIFY2(request.value(QLatin1String(key)).isArray(), key);
        verifyNameValues(request.value(QLatin1String(key)).toArray());
    }
    REQUIRE(request, "headersSize", Double);
    REQUIRE(request, "bodySize", Double);
    if (request.contains(QLatin1String("postData"))) {
        const QJsonObject postData = request.value(QLatin1String("postData")).toObject();
        REQUIRE(postData, "mimeType", String);
        REQUIRE(postData, "text", String);
        REQUIRE(postData, "params", Array);
    }

    const QJsonObject response = entry.value(QLatin1String("response")).toObject();
    REQUIRE(response, "status", Double);
    REQUIRE(response, "statusText", String);
    REQUIRE(response, "httpVersion", String);
    for (const char *key : { "cookies", "headers" }) {
        QVERIFY2(response.value(QLatin1String(key)).isArray(), key);
        verifyNameValues(response.value(QLatin1String(key)).toArray());
    }
    REQUIRE(response, "content", Object);
    const QJsonObject content = response.value(QLatin1String("content")).toObject();
    REQUIRE(content, "size", Double);
    REQUIRE(content, "mimeType", String);
    REQUIRE(response, "redirectURL", String);
    REQUIRE(response, "headersSize", Double);
    REQUIRE(response, "bodySize", Double);

    const QJsonObject timings = entry.value(QLatin1String("timings")).toObject();
    for (const char *key : { "send", "wait", "receive" })
        QVERIFY2(timings.value(QLatin1String(key)).toDouble() >= 0, key);
    // The phases add up to the entry's time (the optional ones are -1).
    QCOMPARE(timings.value(QLatin1String("send")).toDouble() + timings.value(QLatin1String("wait")).toDouble()
            + timings.value(QLatin1String("receive")).toDouble(),
        entry.value(QLatin1String("time")).toDouble());
}

QString valueOf(const QJsonArray &nameValues, const QString &name)
{
    for (const QJsonValue &v : nameValues) {
        if (v.toObject().value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return v.toObject().value(QLatin1String("value")).toString();
    }
    return {};
}

} // namespace

class TestHarWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentHasTheRequiredStructure()
    {
        HttpExchange failed;
        failed.startedAt = QDateTime::currentDateTimeUtc();
        failed.method = "GET";
        failed.url = QUrl(QStringLiteral("https://down.example/me"));
        failed.error = QStringLiteral("Connection refused");
        Redactor redactor;
        const QByteArray har = HarWriter::write({ redactor.redact(tokenExchange()), failed });

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(har, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject log = document.object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        const QJsonObject creator = log.value(QLatin1String("creator")).toObject();
        QCOMPARE(creator.value(QLatin1String("name")).toString(), QStringLiteral("Linkdeck"));
        QCOMPARE(creator.value(QLatin1String("version")).toString(), QStringLiteral(LINKDECK_VERSION));
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        for (const QJsonValue &entry : entries) {
            verifyEntry(entry.toObject());
            if (QTest::currentTestFailed())
                return;
        }

        const QJsonObject noAnswer = entries.at(1).toObject().value(QLatin1String("response")).toObject();
        QCOMPARE(noAnswer.value(QLatin1String("status")).toInt(), 0);
        QCOMPARE(noAnswer.value(QLatin1String("_error")).toString(), QStringLiteral("Connection refused"));
        QCOMPARE(noAnswer.value(QLatin1String("bodySize")).toInt(), -1);
        QVERIFY(!entries.at(1)
                     .toObject()
                     .value(QLatin1String("request"))
                     .toObject()
                     .contains(QLatin1String("postData")));
    }

    void entryCarriesTheExchange()
    {
        Redactor redactor;
        const HttpExchange redacted = redactor.redact(tokenExchange());
        const QJsonObject entry = HarWriter::entry(redacted);
        QCOMPARE(entry.value(QLatin1String("startedDateTime")).toString(),
            QStringLiteral("2026-11-21T19:00:04.123Z"));
        QCOMPARE(entry.value(QLatin1String("time")).toInt(), 87);

        const QJsonObject request = entry.value(QLatin1String("request")).toObject();
        QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(QLatin1String("url")).toString(),
            QStringLiteral("https://auth.example/token?a=1&a=2&b=x%20y"));
        // Repeated parameters stay, in order, decoded.
        const QJsonArray query = request.value(QLatin1String("queryString")).toArray();
        QCOMPARE(query.size(), 3);
        QCOMPARE(query.at(1).toObject().value(QLatin1String("value")).toString(), QStringLiteral("2"));
        QCOMPARE(query.at(2).toObject().value(QLatin1String("value")).toString(), QStringLiteral("x y"));
        QVERIFY(valueOf(request.value(QLatin1String("headers")).toArray(), QStringLiteral("authorization"))
                    .startsWith(QLatin1String("Basic redacted:")));
        const QJsonArray cookies = request.value(QLatin1String("cookies")).toArray();
        QCOMPARE(cookies.size(), 2);
        QCOMPARE(valueOf(cookies, QStringLiteral("sid")),
            redactor.fingerprint(QStringLiteral("har-cookie-123456")));

        const QJsonObject postData = request.value(QLatin1String("postData")).toObject();
        QCOMPARE(postData.value(QLatin1String("mimeType")).toString(),
            QStringLiteral("application/x-www-form-urlencoded"));
        const QJsonArray params = postData.value(QLatin1String("params")).toArray();
        QCOMPARE(params.size(), 3);
        QCOMPARE(valueOf(params, QStringLiteral("redirect_uri")), QStringLiteral("http://127.0.0.1/cb"));
        QCOMPARE(
            valueOf(params, QStringLiteral("code")), redactor.fingerprint(QStringLiteral("har-code-123456")));

        const QJsonObject response = entry.value(QLatin1String("response")).toObject();
        QCOMPARE(response.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(response.value(QLatin1String("statusText")).toString(), QStringLiteral("OK"));
        // Set-Cookie lines are headers and cookies of their own.
        QCOMPARE(response.value(QLatin1String("headers")).toArray().size(), 3);
        QCOMPARE(response.value(QLatin1String("cookies")).toArray().size(), 2);
        const QJsonObject content = response.value(QLatin1String("content")).toObject();
        QCOMPARE(content.value(QLatin1String("mimeType")).toString(),
            QStringLiteral("application/json; charset=utf-8"));
        const QJsonObject body
            = QJsonDocument::fromJson(content.value(QLatin1String("text")).toString().toUtf8()).object();
        QCOMPARE(body.value(QLatin1String("access_token")).toString(),
            redactor.fingerprint(QStringLiteral("har-access-123456")));
        QCOMPARE(content.value(QLatin1String("size")).toInt(), redacted.responseBody.size());

        const QByteArray all = QJsonDocument(entry).toJson();
        for (const char *secret : { "har-secret-123", "har-cookie-123456", "har-code-123456",
                 "har-set-cookie-1", "har-set-cookie-2", "har-access-123456" })
            QVERIFY2(!all.contains(secret), secret);
    }

    void binaryBodiesAreBase64()
    {
        HttpExchange x;
        x.method = "GET";
        x.url = QUrl(QStringLiteral("https://api.example/logo"));
        x.status = 200;
        x.responseHeaders = { { "Content-Type", "image/png" } };
        x.responseBody = QByteArray("\x89PNG\r\n\x1a\n\xff", 9);
        const QJsonObject content = HarWriter::entry(x)
                                        .value(QLatin1String("response"))
                                        .toObject()
                                        .value(QLatin1String("content"))
                                        .toObject();
        QCOMPARE(content.value(QLatin1String("encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(content.value(QLatin1String("text")).toString().toLatin1()),
            x.responseBody);
        QCOMPARE(content.value(QLatin1String("size")).toInt(), 9);
    }

    void redirectsAndMissingTypes()
    {
        HttpExchange x;
        x.method = "POST";
        x.url = QUrl(QStringLiteral("https://auth.example/token"));
        x.status = 302;
        x.responseHeaders = { { "Location", "https://elsewhere.example/" } };
        const QJsonObject response = HarWriter::entry(x).value(QLatin1String("response")).toObject();
        QCOMPARE(response.value(QLatin1String("redirectURL")).toString(),
            QStringLiteral("https://elsewhere.example/"));
        QCOMPARE(
            response.value(QLatin1String("content")).toObject().value(QLatin1String("mimeType")).toString(),
            QStringLiteral("x-unknown"));
        QCOMPARE(HarWriter::document({})
                     .value(QLatin1String("log"))
                     .toObject()
                     .value(QLatin1String("entries"))
                     .toArray()
                     .size(),
            0);
    }

    void readsBackWhatItWrote()
    {
        HttpExchange binary;
        binary.startedAt = QDateTime(QDate(2026, 11, 21), QTime(20, 0, 1, 250), Qt::UTC);
        binary.method = "GET";
        binary.url = QUrl(QStringLiteral("https://api.example/me?x=1"));
        binary.status = 0;
        binary.error = QStringLiteral("Connection refused");
        binary.responseBody = QByteArray("\xff\x00\x01", 3);
        const QList<HttpExchange> written { tokenExchange(), binary };
        const QList<HttpExchange> read = HarWriter::read(HarWriter::document(written));
        QCOMPARE(read.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(read.at(i).method, written.at(i).method);
            QCOMPARE(read.at(i).url, written.at(i).url);
            QCOMPARE(read.at(i).status, written.at(i).status);
            QCOMPARE(read.at(i).requestHeaders, written.at(i).requestHeaders);
            QCOMPARE(read.at(i).requestBody, written.at(i).requestBody);
            QCOMPARE(read.at(i).responseHeaders.value(0), written.at(i).responseHeaders.value(0));
            QCOMPARE(read.at(i).responseBody, written.at(i).responseBody);
            QCOMPARE(read.at(i).durationMs, written.at(i).durationMs);
        }
        QCOMPARE(read.at(1).startedAt, binary.startedAt);
        QCOMPARE(read.at(1).error, binary.error);
        // Set-Cookie lines joined by newlines come back one header each.
        QCOMPARE(read.at(0).responseHeaders.size(), 3);
        QCOMPARE(read.at(0).responseHeaders.at(2).second, QByteArray("b=har-set-cookie-2; Secure"));
    }
};

QTEST_GUILESS_MAIN(TestHarWriter)
#include "tst_harwriter.moc"
