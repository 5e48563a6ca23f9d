#include "OAuth1Signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <algorithm>

namespace {

// RFC 5849 §3.6: only unreserved characters stay as they are.
QByteArray encode(const QString &value)
{
    return QUrl::toPercentEncoding(value, QByteArrayLiteral("-._~"));
}

QString randomNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

} // namespace

OAuth1Signer::OAuth1Signer(const QString &consumerKey, const QString &consumerSecret, Method method)
    : m_consumerKey(consumerKey)
    , m_consumerSecret(consumerSecret)
    , m_method(method)
{ }

void OAuth1Signer::setToken(const QString &token, const QString &tokenSecret)
{
    m_token = token;
    m_tokenSecret = tokenSecret;
}

void OAuth1Signer::setFixedNonceAndTimestamp(const QString &nonce, qint64 timestamp)
{
    m_fixedNonce = nonce;
    m_fixedTimestamp = timestamp;
}

QString OAuth1Signer::methodName(Method method)
{
    return method == Method::HmacSha256 ? QStringLiteral("HMAC-SHA256") : QStringLiteral("HMAC-SHA1");
}

QByteArray OAuth1Signer::baseString(
    const QByteArray &httpMethod, const QUrl &url, const Parameters &parameters)
{
    // §3.4.1.2: scheme and host in lower case, default ports dropped, no query or fragment.
    QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    base.setScheme(base.scheme().toLower());
    base.setHost(base.host().toLower());
    if ((base.scheme() == QLatin1String("http") && base.port() == 80)
        || (base.scheme() == QLatin1String("https") && base.port() == 443))
        base.setPort(-1);

    // §3.4.1.3: query, oauth_* and body parameters, encoded, then sorted.
    QList<QPair<QByteArray, QByteArray>> encoded;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        encoded.append({ encode(name), encode(value) });
    for (const auto &[name, value] : parameters)
        encoded.append({ encode(name), encode(value) });
    std::sort(encoded.begin(), encoded.end());
    QByteArray normalized;
    for (const auto &[name, value] : encoded) {
        if (!normalized.isEmpty())
            normalized += '&';
        normalized += name + '=' + value;
    }
    return httpMethod.toUpper() + '&' + encode(base.toString(QUrl::FullyEncoded)) + '&'
        + encode(QString::fromLatin1(normalized));
}

QByteArray OAuth1Signer::sign(
    Method method, const QByteArray &baseString, const QString &consumerSecret, const QString &tokenSecret)
{
    const QByteArray key = encode(consumerSecret) + '&' + encode(tokenSecret);
    const auto algorithm
        = method == Method::HmacSha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    return QMessageAuthenticationCode::hash(baseString, key, algorithm).toBase64();
}

QByteArray OAuth1Signer::authorizationHeader(const QByteArray &httpMethod, const QUrl &url,
    const Parameters &extraOAuth, const Parameters &bodyParameters) const
{
    Parameters oauth {
        { QStringLiteral("oauth_consumer_key"), m_consumerKey },
        { QStringLiteral("oauth_nonce"), m_fixedNonce.isEmpty() ? randomNonce() : m_fixedNonce },
        { QStringLiteral("oauth_signature_method"), methodName(m_method) },
        { QStringLiteral("oauth_timestamp"),
            QString::number(m_fixedTimestamp ? m_fixedTimestamp : QDateTime::currentSecsSinceEpoch()) },
        { QStringLiteral("oauth_version"), QStringLiteral("1.0") },
    };
    if (!m_token.isEmpty())
        oauth.append({ QStringLiteral("oauth_token"), m_token });
    oauth += extraOAuth;
    const QByteArray signature = sign(
        m_method, baseString(httpMethod, url, oauth + bodyParameters), m_consumerSecret, m_tokenSecret);
    oauth.append({ QStringLiteral("oauth_signature"), QString::fromLatin1(signature) });

    QByteArray header = QByteArrayLiteral("OAuth ");
    for (qsizetype i = 0; i < oauth.size(); ++i) {
        if (i > 0)
            header += ", ";
        header += encode(oauth.at(i).first) + "=\"" + encode(oauth.at(i).second) + '"';
    }
    return header;
}
