#pragma once

#include "HttpExchange.h"
#include "OAuth1Signer.h"
#include "OAuthCredentials.h"
#include "TokenResponse.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
struct IntegrationSource;

/// The three legs of OAuth 1.0a (RFC 5849): a request token, the user's
/// authorization page, an access token; and signed API calls with it.
class OAuth1Client : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        int httpStatus = 0;
        QString token; ///< oauth_token of a token response
        QString tokenSecret; ///< oauth_token_secret
        QMap<QString, QString> fields; ///< every field of a token response
        QByteArray body; ///< the answer, up to the size limit
        QString error; ///< for the user, when not ok
        qint64 durationMs = 0;
        QUrl url; ///< the endpoint asked
        /// Why no HTTP answer came (ErrorKind::None when one did).
        TokenResponse::ErrorKind transport = TokenResponse::ErrorKind::None;
        QString networkError; ///< the transport's message, when no HTTP answer came
    };

    /// What the provider's redirect back carried.
    struct Callback
    {
        QString token;
        QString verifier;
        bool denied = false;
    };

    explicit OAuth1Client(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void setSignatureMethod(OAuth1Signer::Method method) { m_method = method; }
    OAuth1Signer::Method signatureMethod() const { return m_method; }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// Leg one: a request token for @p callback. Returns the request's id.
    int requestToken(
        const IntegrationSource &source, const OAuthCredentials &credentials, const QUrl &callback);
    /// Leg two: the page where the user allows access.
    static QUrl authorizationUrl(const IntegrationSource &source, const QString &requestToken);
    static Callback parseCallback(const QUrl &url);
    /// Leg three: the access token for an authorized request token.
    int accessToken(const IntegrationSource &source, const OAuthCredentials &credentials,
        const QString &requestToken, const QString &requestTokenSecret, const QString &verifier);
    /// A GET signed with an access token, e.g. the source's test API call.
    int get(const QUrl &url, const OAuthCredentials &credentials, const QString &token,
        const QString &tokenSecret);

Q_SIGNALS:
    void finished(int id, const OAuth1Client::Result &result);
    /// Unredacted; a recorder must redact it before keeping it.
    void httpExchangeRecorded(int id, const HttpExchange &exchange);

private:
    int send(const QByteArray &method, const QUrl &url, const QByteArray &authorization, bool tokenResponse);

    QPointer<QNetworkAccessManager> m_manager;
    OAuth1Signer::Method m_method = OAuth1Signer::Method::HmacSha1;
    int m_timeoutMs = 30000;
    int m_nextId = 1;
};

Q_DECLARE_METATYPE(OAuth1Client::Result)
