#include "HarWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcHarWriter, "linkdeck.net.har")

namespace {

QByteArray headerValue(const HttpExchange::Headers &headers, const char *name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QJsonObject nameValue(const QString &name, const QString &value)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } };
}

QJsonArray headersJson(const HttpExchange::Headers &headers)
{
    QJsonArray array;
    for (const auto &header : headers) {
        // Several headers of one name arrive joined by newlines (Set-Cookie).
        for (const QByteArray &value : header.second.split('\n'))
            array.append(nameValue(QString::fromLatin1(header.first), QString::fromUtf8(value)));
    }
    return array;
}

/// name=value pairs of a Cookie header, or the first pair of each Set-Cookie line.
QJsonArray cookiesJson(const HttpExchange::Headers &headers, const char *headerName, bool setCookie)
{
    QJsonArray array;
    for (const auto &header : headers) {
        if (header.first.compare(headerName, Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> pieces = setCookie ? header.second.split('\n') : header.second.split(';');
        for (const QByteArray &piece : pieces) {
            const QByteArray pair = setCookie ? piece.split(';').constFirst().trimmed() : piece.trimmed();
            const qsizetype eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            array.append(nameValue(QString::fromUtf8(pair.left(eq)), QString::fromUtf8(pair.mid(eq + 1))));
        }
    }
    return array;
}

QString mimeTypeOf(const HttpExchange::Headers &headers)
{
    return QString::fromLatin1(headerValue(headers, "content-type")).trimmed();
}

/// The body as HAR text: UTF-8 as it is, anything else in base64.
void putText(QJsonObject *object, const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(body);
    if (decoder.hasError()) {
        object->insert(QStringLiteral("text"), QString::fromLatin1(body.toBase64()));
        object->insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    } else {
        object->insert(QStringLiteral("text"), text);
    }
}

QJsonArray formParams(const QByteArray &body)
{
    QJsonArray params;
    for (const QByteArray &part : body.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray name = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        params.append(nameValue(QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value)));
    }
    return params;
}

QJsonObject requestJson(const HttpExchange &x)
{
    QJsonArray query;
    const QList<QPair<QString, QString>> items = QUrlQuery(x.url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        query.append(nameValue(item.first, item.second));

    QJsonObject request {
        { QStringLiteral("method"), QString::fromLatin1(x.method.isEmpty() ? QByteArray("GET") : x.method) },
        { QStringLiteral("url"), QString::fromUtf8(x.url.toEncoded()) },
        { QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1") },
        { QStringLiteral("cookies"), cookiesJson(x.requestHeaders, "cookie", false) },
        { QStringLiteral("headers"), headersJson(x.requestHeaders) },
        { QStringLiteral("queryString"), query },
        { QStringLiteral("headersSize"), -1 },
        { QStringLiteral("bodySize"), x.requestBody.size() },
    };
    if (!x.requestBody.isEmpty()) {
        const QString mime = mimeTypeOf(x.requestHeaders);
        QJsonObject postData { { QStringLiteral("mimeType"), mime } };
        putText(&postData, x.requestBody);
        postData.insert(QStringLiteral("params"),
            mime.contains(QLatin1String("x-www-form-urlencoded")) ? formParams(x.requestBody) : QJsonArray());
        request.insert(QStringLiteral("postData"), postData);
    }
    return request;
}

QJsonObject responseJson(const HttpExchange &x)
{
    const bool answered = x.status != 0;
    QString mime = mimeTypeOf(x.responseHeaders);
    if (mime.isEmpty())
        mime = QStringLiteral("x-unknown");
    QJsonObject content {
        { QStringLiteral("size"), x.responseBody.size() },
        { QStringLiteral("mimeType"), mime },
    };
    putText(&content, x.responseBody);
    QJsonObject response {
        { QStringLiteral("status"), x.status },
        { QStringLiteral("statusText"), x.reasonPhrase },
        { QStringLiteral("httpVersion"), answered ? QStringLiteral("HTTP/1.1") : QString(QLatin1String("")) },
        { QStringLiteral("cookies"), cookiesJson(x.responseHeaders, "set-cookie", true) },
        { QStringLiteral("headers"), headersJson(x.responseHeaders) },
        { QStringLiteral("content"), content },
        { QStringLiteral("redirectURL"), QString::fromUtf8(headerValue(x.responseHeaders, "location")) },
        { QStringLiteral("headersSize"), -1 },
        { QStringLiteral("bodySize"), answered ? x.responseBody.size() : -1 },
    };
    if (!x.error.isEmpty())
        response.insert(QStringLiteral("_error"), x.error);
    return response;
}

} // namespace

QJsonObject HarWriter::entry(const HttpExchange &exchange)
{
    const qint64 time = qMax<qint64>(0, exchange.durationMs);
    const QDateTime started
        = exchange.startedAt.isValid() ? exchange.startedAt : QDateTime::fromSecsSinceEpoch(0);
    // Only the whole duration is measured: HAR puts it under "wait" and marks
    // the phases it cannot tell apart with -1.
    const QJsonObject timings {
        { QStringLiteral("blocked"), -1 },
        { QStringLiteral("dns"), -1 },
        { QStringLiteral("connect"), -1 },
        { QStringLiteral("ssl"), -1 },
        { QStringLiteral("send"), 0 },
        { QStringLiteral("wait"), time },
        { QStringLiteral("receive"), 0 },
    };
    return {
        { QStringLiteral("startedDateTime"), started.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("time"), time },
        { QStringLiteral("request"), requestJson(exchange) },
        { QStringLiteral("response"), responseJson(exchange) },
        { QStringLiteral("cache"), QJsonObject() },
        { QStringLiteral("timings"), timings },
    };
}

QJsonObject HarWriter::document(const QList<HttpExchange> &exchanges)
{
    QJsonArray entries;
    for (const HttpExchange &exchange : exchanges)
        entries.append(entry(exchange));
    const QJsonObject creator {
        { QStringLiteral("name"), QStringLiteral("Linkdeck") },
        { QStringLiteral("version"), QStringLiteral(LINKDECK_VERSION) },
    };
    const QJsonObject log {
        { QStringLiteral("version"), QStringLiteral("1.2") },
        { QStringLiteral("creator"), creator },
        { QStringLiteral("pages"), QJsonArray() },
        { QStringLiteral("entries"), entries },
    };
    qCDebug(lcHarWriter) << "HAR with" << entries.size() << "entries";
    return { { QStringLiteral("log"), log } };
}

QByteArray HarWriter::write(const QList<HttpExchange> &exchanges)
{
    return QJsonDocument(document(exchanges)).toJson(QJsonDocument::Indented);
}

namespace {

HttpExchange::Headers headersFrom(const QJsonArray &array)
{
    HttpExchange::Headers headers;
    for (const QJsonValue &header : array) {
        const QJsonObject object = header.toObject();
        headers.append({ object.value(QStringLiteral("name")).toString().toUtf8(),
            object.value(QStringLiteral("value")).toString().toUtf8() });
    }
    return headers;
}

QByteArray textFrom(const QJsonObject &object)
{
    const QString text = object.value(QStringLiteral("text")).toString();
    return object.value(QStringLiteral("encoding")).toString() == QLatin1String("base64")
        ? QByteArray::fromBase64(text.toLatin1())
        : text.toUtf8();
}

} // namespace

QList<HttpExchange> HarWriter::read(const QJsonObject &document)
{
    QList<HttpExchange> exchanges;
    const QJsonArray entries
        = document.value(QStringLiteral("log")).toObject().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
        HttpExchange exchange;
        exchange.startedAt = QDateTime::fromString(
            entry.value(QStringLiteral("startedDateTime")).toString(), Qt::ISODateWithMs);
        exchange.durationMs = entry.value(QStringLiteral("time")).toInteger();
        exchange.method = request.value(QStringLiteral("method")).toString().toLatin1();
        exchange.url = QUrl::fromEncoded(request.value(QStringLiteral("url")).toString().toUtf8());
        exchange.requestHeaders = headersFrom(request.value(QStringLiteral("headers")).toArray());
        exchange.requestBody = textFrom(request.value(QStringLiteral("postData")).toObject());
        exchange.status = response.value(QStringLiteral("status")).toInt();
        exchange.reasonPhrase = response.value(QStringLiteral("statusText")).toString();
        exchange.responseHeaders = headersFrom(response.value(QStringLiteral("headers")).toArray());
        exchange.responseBody = textFrom(response.value(QStringLiteral("content")).toObject());
        exchange.error = response.value(QStringLiteral("_error")).toString();
        exchanges << exchange;
    }
    return exchanges;
}
