#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <functional>

Q_LOGGING_CATEGORY(lcRedactor, "linkdeck.net.redactor")

namespace {

const QLatin1String kMarkerPrefix("redacted:");
constexpr int kFingerprintHexDigits = 6;
// Values nested in values (a URL in a query parameter in a JSON string…)
// are followed this deep; hostile input cannot make it recurse further.
constexpr int kMaxDepth = 6;

/// A name without case and punctuation: "Client_Secret[]" and
/// "client-secret" both become "clientsecret".
QString normalized(QStringView name)
{
    QString n;
    n.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            n += c.toLower();
    }
    return n;
}

bool isCredentialHeader(const QString &normalizedName)
{
    return normalizedName == QLatin1String("authorization")
        || normalizedName == QLatin1String("proxyauthorization");
}

/// Form decoding: "+" is a space, then percent-decoding.
QString formDecode(QByteArray raw)
{
    raw.replace('+', ' ');
    return QUrl::fromPercentEncoding(raw);
}

QByteArray lowerHex(const QByteArray &percentEncoded)
{
    QByteArray out = percentEncoded;
    for (qsizetype i = 0; i + 2 < out.size(); ++i) {
        if (out.at(i) != '%')
            continue;
        for (qsizetype j = i + 1; j <= i + 2; ++j) {
            if (out.at(j) >= 'A' && out.at(j) <= 'F')
                out[j] = char(out.at(j) - 'A' + 'a');
        }
        i += 2;
    }
    return out;
}

/// The forms a literal takes in what servers and clients send: raw,
/// percent-encoded (fully, the way QUrl leaves a query, with lower-case
/// hex), form-encoded, escaped in a JSON string (with and without "\/"),
/// and base64ed.
QList<QByteArray> variantsOf(const QString &value)
{
    QList<QByteArray> variants;
    const auto add = [&variants](const QByteArray &v) {
        if (!v.isEmpty() && !variants.contains(v))
            variants << v;
    };
    add(value.toUtf8());
    const QByteArray percent = QUrl::toPercentEncoding(value);
    add(percent);
    add(lowerHex(percent));
    add(QUrl::toPercentEncoding(value, "!$'()*,;:@/?"));
    add(QUrl::toPercentEncoding(value, "/:@"));
    QByteArray form = QUrl::toPercentEncoding(value, " ");
    form.replace(' ', '+');
    add(form);
    QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    json = json.mid(2, json.size() - 4); // strip [" and "]
    add(json);
    json.replace("/", "\\/");
    add(json);
    // Alone in a header or field, base64ed (an API key, a password).
    const QByteArray raw = value.toUtf8();
    add(raw.toBase64());
    add(raw.toBase64(QByteArray::OmitTrailingEquals));
    add(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return variants;
}

bool decodesAsUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder(bytes);
    return !decoder.hasError();
}

QByteArray headerValue(const HttpExchange::Headers &headers, const char *name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

/// Replaces, in each match of @p re, the capture that @p pick names (with
/// the text it sets); pick returns -1 to leave a match as it is.
QString replaceCaptured(const QString &text, const QRegularExpression &re,
    const std::function<int(const QRegularExpressionMatch &, QString *)> &pick)
{
    QString out;
    qsizetype last = 0;
    bool replaced = false;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString replacement;
        const int group = pick(match, &replacement);
        if (group < 0 || match.capturedStart(group) < last)
            continue;
        out += QStringView(text).mid(last, match.capturedStart(group) - last);
        out += replacement;
        last = match.capturedEnd(group);
        replaced = true;
    }
    if (!replaced)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

QString firstCaptured(const QRegularExpressionMatch &match, int from, int to, int *group)
{
    for (int i = from; i <= to; ++i) {
        if (match.capturedStart(i) >= 0) {
            *group = i;
            return match.captured(i);
        }
    }
    *group = -1;
    return {};
}

const QRegularExpression &jwtPattern()
{
    // A JWS or JWE: a base64url JSON header ("eyJ") and two to four more parts.
    static const QRegularExpression re(QStringLiteral("eyJ[A-Za-z0-9_-]{8,}(?:\\.[A-Za-z0-9_-]*){2,4}"));
    return re;
}

} // namespace

Redactor::Redactor()
{
    m_key.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), m_key.size() / 4);
}

Redactor::Redactor(const QByteArray &fingerprintKey)
    : m_key(fingerprintKey)
{ }

void Redactor::addSecret(const QString &secret)
{
    addLiteral(secret, MinSecretLength);
}

void Redactor::addLiteral(const QString &value, qsizetype minLength)
{
    if (value.size() < minLength || value.contains(kMarkerPrefix))
        return;
    auto it = m_literals.begin();
    for (; it != m_literals.end(); ++it) {
        if (it->value == value)
            return;
        if (it->value.size() < value.size())
            break;
    }
    // Longest first, so a secret that contains another is replaced whole.
    m_literals.insert(it, Literal { value, fingerprint(value), variantsOf(value) });
}

void Redactor::learn(const QString &value)
{
    addLiteral(value, MinLearntLength);
    const QString trimmed = value.trimmed();
    if (trimmed != value)
        addLiteral(trimmed, MinLearntLength);
}

QString Redactor::fingerprint(const QString &value) const
{
    const QByteArray mac
        = QMessageAuthenticationCode::hash(value.toUtf8(), m_key, QCryptographicHash::Sha256).toHex();
    return kMarkerPrefix + QString::fromLatin1(mac.left(kFingerprintHexDigits));
}

bool Redactor::isFingerprint(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^redacted:[0-9a-f]{6}$"));
    return re.match(text.toString()).hasMatch();
}

QString Redactor::mark(const QString &value)
{
    ++m_redactions;
    learn(value);
    return fingerprint(value);
}

bool Redactor::isSensitiveName(QStringView name)
{
    const QString n = normalized(name);
    if (n.isEmpty())
        return false;
    static const char *const exact[] = { "code", "authcode", "authorizationcode", "devicecode", "assertion",
        "clientassertion", "oauthsignature", "samlresponse", "otp", "totp" };
    for (const char *e : exact) {
        if (n == QLatin1String(e))
            return true;
    }
    static const char *const suffixes[] = { "token", "secret", "password", "passwd", "passphrase", "verifier",
        "apikey", "privatekey", "credential", "credentials" };
    for (const char *suffix : suffixes) {
        if (n.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

// ---------------------------------------------------------------- scrubbing

QByteArray Redactor::scrub(const QByteArray &bytes) const
{
    QByteArray out = bytes;
    for (const Literal &literal : m_literals) {
        for (const QByteArray &variant : literal.variants) {
            if (out.contains(variant))
                out.replace(variant, literal.marker.toLatin1());
        }
    }
    // Latin-1 keeps every byte as it is, whatever the encoding of the rest.
    const QString latin = QString::fromLatin1(out);
    const QString scrubbed
        = replaceCaptured(latin, jwtPattern(), [this](const QRegularExpressionMatch &m, QString *r) {
              *r = fingerprint(m.captured(0));
              return 0;
          });
    return scrubbed == latin ? out : scrubbed.toLatin1();
}

QString Redactor::scrub(const QString &text) const
{
    if (text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray scrubbed = scrub(utf8);
    return scrubbed == utf8 ? text : QString::fromUtf8(scrubbed);
}

QJsonValue Redactor::scrubJson(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String:
        return scrub(value.toString());
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &v : value.toArray())
            array.append(scrubJson(v));
        return array;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(scrub(it.key()), scrubJson(it.value()));
        return out;
    }
    default:
        return value;
    }
}

// ---------------------------------------------------------------- headers

QByteArray Redactor::redactAuthorization(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return value;
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0)
        return mark(QString::fromLatin1(trimmed)).toLatin1();
    const QByteArray scheme = trimmed.left(space);
    const QByteArray credentials = trimmed.mid(space + 1).trimmed();
    const QByteArray lower = scheme.toLower();
    if (lower == "basic") {
        // RFC 6749 §2.3.1: form-encoded client id and secret, base64ed.
        const QByteArray decoded = QByteArray::fromBase64(credentials);
        const qsizetype colon = decoded.indexOf(':');
        if (colon >= 0) {
            const QByteArray password = decoded.mid(colon + 1);
            learn(QString::fromUtf8(password));
            learn(formDecode(password));
        }
        return scheme + ' ' + mark(QString::fromLatin1(credentials)).toLatin1();
    }
    if (lower == "oauth") {
        // OAuth 1.0a: keep the consumer key, nonce and timestamp readable.
        static const QRegularExpression param(
            QStringLiteral("([A-Za-z0-9_.-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^\\s,\"]+))"));
        const QString text = QString::fromLatin1(credentials);
        const QString redacted
            = replaceCaptured(text, param, [this](const QRegularExpressionMatch &m, QString *r) {
                  if (!isSensitiveName(m.captured(1)))
                      return -1;
                  int group = -1;
                  const QString v = firstCaptured(m, 2, 3, &group);
                  if (v.isEmpty())
                      return -1;
                  learn(v);
                  *r = mark(QUrl::fromPercentEncoding(v.toLatin1()));
                  return group;
              });
        return scheme + ' ' + redacted.toLatin1();
    }
    // Bearer, and any scheme whose credentials we cannot read apart.
    return scheme + ' ' + mark(QString::fromLatin1(credentials)).toLatin1();
}

QByteArray Redactor::redactCookies(const QByteArray &value, bool setCookie)
{
    const auto redactPair = [this](const QByteArray &pair) -> QByteArray {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            return pair;
        const QByteArray v = pair.mid(eq + 1).trimmed();
        if (v.isEmpty())
            return pair;
        return pair.left(eq + 1) + mark(QString::fromUtf8(v)).toLatin1();
    };
    QList<QByteArray> out;
    if (setCookie) {
        // One cookie a line (QNetworkReply joins several Set-Cookie headers
        // with newlines); only the value before the first ";" is secret.
        for (const QByteArray &line : value.split('\n')) {
            const qsizetype semicolon = line.indexOf(';');
            out << (semicolon < 0 ? redactPair(line)
                                  : redactPair(line.left(semicolon)) + line.mid(semicolon));
        }
        return out.join('\n');
    }
    for (const QByteArray &pair : value.split(';'))
        out << redactPair(pair);
    return out.join(';');
}

QByteArray Redactor::redactHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QString n = normalized(QString::fromLatin1(name));
    QByteArray out;
    if (isCredentialHeader(n)) {
        out = redactAuthorization(value);
    } else if (n == QLatin1String("cookie")) {
        out = redactCookies(value, false);
    } else if (n == QLatin1String("setcookie")) {
        out = redactCookies(value, true);
    } else if (n == QLatin1String("location") || n == QLatin1String("contentlocation")
        || n == QLatin1String("referer")) {
        out = redactUrl(QUrl::fromEncoded(value, QUrl::TolerantMode), 0).toEncoded();
    } else if (isSensitiveName(n) || n.endsWith(QLatin1String("key"))) {
        out = value.trimmed().isEmpty() ? value : mark(QString::fromUtf8(value.trimmed())).toUtf8();
    } else {
        out = redactTextBytes(value);
    }
    return scrub(out);
}

HttpExchange::Headers Redactor::redactHeaders(const HttpExchange::Headers &headers)
{
    HttpExchange::Headers out;
    for (int pass = 0; pass < 2; ++pass) {
        out.clear();
        for (const auto &header : headers)
            out.append({ header.first, redactHeaderValue(header.first, header.second) });
    }
    return out;
}

// ---------------------------------------------------------------- URLs and forms

QByteArray Redactor::redactForm(const QByteArray &encoded, int depth)
{
    QList<QByteArray> parts = encoded.split('&');
    for (QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray rawName = part.left(eq);
        const QByteArray rawValue = part.mid(eq + 1);
        if (rawValue.isEmpty())
            continue;
        const QString name = formDecode(rawName);
        const QString value = formDecode(rawValue);
        if (isSensitiveName(name)) {
            // A raw "+" may have meant itself, not a space: learn both.
            learn(QUrl::fromPercentEncoding(rawValue));
            part = rawName + '=' + mark(value).toUtf8();
        } else if (isCredentialHeader(normalized(name))) {
            part = rawName + '='
                + QUrl::toPercentEncoding(QString::fromUtf8(redactAuthorization(value.toUtf8())));
        } else if (depth < kMaxDepth) {
            const int before = m_redactions;
            const QString nested = redactEmbedded(value, depth + 1);
            if (m_redactions != before)
                part = rawName + '=' + QUrl::toPercentEncoding(nested);
        }
    }
    return parts.join('&');
}

QByteArray Redactor::redactForm(const QByteArray &encoded)
{
    redactForm(encoded, 0);
    return scrub(redactForm(encoded, 0));
}

QUrl Redactor::redactUrl(const QUrl &url, int depth)
{
    if (url.isEmpty())
        return url;
    QUrl out = url;
    if (!out.password().isEmpty())
        out.setPassword(mark(out.password()));
    if (out.hasQuery()) {
        const QByteArray query = out.query(QUrl::FullyEncoded).toLatin1();
        out.setQuery(QString::fromLatin1(redactForm(query, depth)), QUrl::TolerantMode);
    }
    if (out.hasFragment()) {
        // Implicit-grant and some OAuth 1.0a providers answer in the fragment.
        const QByteArray fragment = out.fragment(QUrl::FullyEncoded).toLatin1();
        if (fragment.contains('='))
            out.setFragment(QString::fromLatin1(redactForm(fragment, depth)), QUrl::TolerantMode);
    }
    const QByteArray encoded = out.toEncoded();
    const QByteArray scrubbed = scrub(encoded);
    if (scrubbed != encoded)
        out = QUrl::fromEncoded(scrubbed, QUrl::TolerantMode);
    return out;
}

QUrl Redactor::redactUrl(const QUrl &url)
{
    redactUrl(url, 0);
    return redactUrl(url, 0);
}

// ---------------------------------------------------------------- JSON and text

QString Redactor::redactEmbedded(const QString &value, int depth)
{
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            const int before = m_redactions;
            const QJsonValue redacted = redactJson(
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), depth);
            const QJsonDocument out
                = redacted.isArray() ? QJsonDocument(redacted.toArray()) : QJsonDocument(redacted.toObject());
            return m_redactions != before ? QString::fromUtf8(out.toJson(QJsonDocument::Compact)) : value;
        }
    }
    if (value.contains(QLatin1String("://"))
        && (value.contains(QLatin1Char('?')) || value.contains(QLatin1Char('#')))
        && !value.contains(QLatin1Char(' '))) {
        const QUrl url(value, QUrl::TolerantMode);
        if (url.isValid()) {
            const int before = m_redactions;
            const QUrl redacted = redactUrl(url, depth);
            return m_redactions != before ? QString::fromUtf8(redacted.toEncoded()) : value;
        }
    }
    if (value.contains(QLatin1Char('=')) && !value.contains(QLatin1Char(' '))
        && !value.contains(QLatin1Char('\n')))
        return QString::fromUtf8(redactForm(value.toUtf8(), depth));
    if (value.contains(QLatin1Char('=')) || value.contains(QLatin1Char(':')))
        return QString::fromUtf8(redactTextBytes(value.toUtf8()));
    return value;
}

QJsonValue Redactor::redactJson(const QJsonValue &value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QJsonValue v = it.value();
            QJsonValue redacted;
            if (isCredentialHeader(normalized(key)) && v.isString()) {
                // An echo of request headers ({"headers": {"Authorization": …}}).
                redacted = QString::fromUtf8(redactAuthorization(v.toString().toUtf8()));
            } else if (isSensitiveName(key)) {
                if (v.isString()) {
                    redacted = v.toString().isEmpty() ? v : QJsonValue(mark(v.toString()));
                } else if (v.isDouble()) {
                    QByteArray number = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
                    redacted = mark(QString::fromLatin1(number.mid(1, number.size() - 2)));
                } else if (v.isObject() || v.isArray()) {
                    // A secret with parts: learn each, show one fingerprint.
                    std::function<void(const QJsonValue &)> learnAll = [&](const QJsonValue &leaf) {
                        if (leaf.isString()) {
                            learn(leaf.toString());
                        } else if (leaf.isArray()) {
                            for (const QJsonValue &child : leaf.toArray())
                                learnAll(child);
                        } else if (leaf.isObject()) {
                            const QJsonObject children = leaf.toObject();
                            for (auto child = children.begin(); child != children.end(); ++child)
                                learnAll(child.value());
                        }
                    };
                    learnAll(v);
                    const QJsonDocument doc
                        = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
                    redacted = mark(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
                } else {
                    redacted = v; // true, false and null hold no secret
                }
            } else {
                redacted = redactJson(v, depth);
            }
            out.insert(scrub(key), redacted);
        }
        return out;
    }
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactJson(v, depth));
        return out;
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        const QString redacted = depth < kMaxDepth ? redactEmbedded(text, depth + 1) : text;
        return scrub(redacted);
    }
    default:
        return value;
    }
}

QJsonValue Redactor::redactJson(const QJsonValue &value)
{
    redactJson(value, 0);
    return redactJson(value, 0);
}

QByteArray Redactor::redactTextBytes(const QByteArray &bytes)
{
    QString text;
    if (bytes.isEmpty() || !decodesAsUtf8(bytes, &text))
        return scrub(bytes);

    // <input type="hidden" name="code" value="…">: form_post answers.
    static const QRegularExpression input(
        QStringLiteral("<input\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inputName(
        QStringLiteral("\\bname\\s*=\\s*([\"'])(.*?)\\1"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inputValue(
        QStringLiteral("\\bvalue\\s*=\\s*([\"'])(.*?)\\1"), QRegularExpression::CaseInsensitiveOption);
    text = replaceCaptured(text, input, [this](const QRegularExpressionMatch &m, QString *r) {
        const QString tag = m.captured(0);
        if (!isSensitiveName(inputName.match(tag).captured(2)))
            return -1;
        *r = replaceCaptured(tag, inputValue, [this](const QRegularExpressionMatch &v, QString *rv) {
            if (v.captured(2).isEmpty())
                return -1;
            *rv = mark(v.captured(2));
            return 2;
        });
        return 0;
    });

    // multipart/form-data: a part's name, its headers, a blank line, the value.
    static const QRegularExpression part(
        QStringLiteral("\\bname=\"([^\"]*)\"[^\\r\\n]*\\r?\\n(?:[^\\r\\n]+\\r?\\n)*?\\r?\\n([^\\r\\n]*)"),
        QRegularExpression::CaseInsensitiveOption);
    text = replaceCaptured(text, part, [this](const QRegularExpressionMatch &m, QString *r) {
        if (!isSensitiveName(m.captured(1)) || m.captured(2).isEmpty())
            return -1;
        *r = mark(m.captured(2));
        return 2;
    });

    // name=value and "name": "value", quoted or escaped or bare.
    static const QRegularExpression pair(QStringLiteral(
        "(?<![\\w.\\-])(?:\\\\?[\"'])?([A-Za-z_][\\w.\\-\\[\\]]*)(?:\\\\?[\"'])?[ \\t]*[=:][ \\t]*"
        "(?:\\\\\"([^\"\\\\\\r\\n]*)\\\\\"|\"([^\"\\r\\n]*)\"|'([^'\\r\\n]*)'|([^\\s\"'&<>,;{}()\\[\\]\\\\]+)"
        ")"));
    text = replaceCaptured(text, pair, [this](const QRegularExpressionMatch &m, QString *r) {
        const QString name = m.captured(1);
        int group = -1;
        const QString value = firstCaptured(m, 2, 5, &group);
        if (group < 0 || value.isEmpty() || isFingerprint(value))
            return -1;
        if (isSensitiveName(name)) {
            *r = mark(group == 5 ? formDecode(value.toUtf8()) : value);
            return group;
        }
        return -1;
    });
    return scrub(text.toUtf8());
}

QString Redactor::redactText(const QString &text)
{
    if (text.isEmpty())
        return text;
    redactTextBytes(text.toUtf8());
    return QString::fromUtf8(redactTextBytes(text.toUtf8()));
}

// ---------------------------------------------------------------- bodies and exchanges

QByteArray Redactor::redactBodyOnce(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return body;
    const QByteArray type = contentType.toLower();
    const QByteArray trimmed = body.trimmed();
    const bool looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
    if (type.contains("json") || looksJson) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
            const QJsonValue redacted = redactJson(
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), 0);
            const QJsonDocument out
                = redacted.isArray() ? QJsonDocument(redacted.toArray()) : QJsonDocument(redacted.toObject());
            return out.toJson(QJsonDocument::Compact);
        }
    }
    bool formLike = type.contains("x-www-form-urlencoded");
    if (!formLike && trimmed.contains('=') && !trimmed.startsWith('<')) {
        formLike = std::none_of(trimmed.cbegin(), trimmed.cend(),
            [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"'; });
    }
    if (formLike)
        return scrub(redactForm(body, 0));
    return redactTextBytes(body);
}

QByteArray Redactor::redactBody(const QByteArray &body, const QByteArray &contentType)
{
    redactBodyOnce(body, contentType);
    return redactBodyOnce(body, contentType);
}

HttpExchange Redactor::redactOnce(const HttpExchange &exchange)
{
    HttpExchange out = exchange;
    out.url = redactUrl(exchange.url, 0);
    out.requestHeaders.clear();
    for (const auto &header : exchange.requestHeaders)
        out.requestHeaders.append({ header.first, redactHeaderValue(header.first, header.second) });
    out.requestBody
        = redactBodyOnce(exchange.requestBody, headerValue(exchange.requestHeaders, "content-type"));
    out.responseHeaders.clear();
    for (const auto &header : exchange.responseHeaders)
        out.responseHeaders.append({ header.first, redactHeaderValue(header.first, header.second) });
    out.responseBody
        = redactBodyOnce(exchange.responseBody, headerValue(exchange.responseHeaders, "content-type"));
    out.reasonPhrase = QString::fromUtf8(redactTextBytes(exchange.reasonPhrase.toUtf8()));
    out.error = QString::fromUtf8(redactTextBytes(exchange.error.toUtf8()));
    return out;
}

HttpExchange Redactor::redact(const HttpExchange &exchange)
{
    // The first pass learns every secret the exchange holds, so the second
    // scrubs a token from the request even when only the response names it.
    redactOnce(exchange);
    const int before = m_redactions;
    const HttpExchange redacted = redactOnce(exchange);
    qCDebug(lcRedactor) << "redacted" << (m_redactions - before) << "values of" << redacted.method
                        << redacted.url;
    return redacted;
}
