#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

/// Signs OAuth 1.0a requests (RFC 5849) with HMAC-SHA1 or HMAC-SHA256.
/// Qt 6.4's QOAuth1Signature has no HMAC-SHA256, which Garmin and others
/// use, so the signature base string is built here.
class OAuth1Signer
{
public:
    enum class Method { HmacSha1, HmacSha256 };
    using Parameters = QList<QPair<QString, QString>>;

    OAuth1Signer(const QString &consumerKey, const QString &consumerSecret, Method method);

    /// The token and its secret, once there is one (request or access token).
    void setToken(const QString &token, const QString &tokenSecret);

    /// The value of an "Authorization: OAuth …" header for @p method and
    /// @p url, signing @p extraOAuth (e.g. oauth_callback, oauth_verifier)
    /// and @p bodyParameters (form bodies only) with a fresh nonce and time.
    QByteArray authorizationHeader(const QByteArray &httpMethod, const QUrl &url,
        const Parameters &extraOAuth = {}, const Parameters &bodyParameters = {}) const;

    /// The signature base string (RFC 5849 §3.4.1), for tests and diagnoses.
    static QByteArray baseString(const QByteArray &httpMethod, const QUrl &url, const Parameters &parameters);
    /// The signature of @p baseString with the given secrets.
    static QByteArray sign(Method method, const QByteArray &baseString, const QString &consumerSecret,
        const QString &tokenSecret);
    static QString methodName(Method method);

    /// Fixed nonce and timestamp, for reproducible signatures in tests.
    void setFixedNonceAndTimestamp(const QString &nonce, qint64 timestamp);

private:
    QString m_consumerKey;
    QString m_consumerSecret;
    Method m_method;
    QString m_token;
    QString m_tokenSecret;
    QString m_fixedNonce;
    qint64 m_fixedTimestamp = 0;
};
