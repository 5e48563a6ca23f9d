#pragma once

#include "OAuth1Client.h"
#include "OAuthCredentials.h"
#include "TestRun.h"

#include <QPointer>

class UserAgent;

/// One end-to-end OAuth 1.0a test of a source (RFC 5849), step by step: a
/// request token, the authorization page (through a UserAgent), the access
/// token, and the signed test API call, all signed with HMAC-SHA1 or
/// HMAC-SHA256. Every HTTP exchange is kept (unredacted, in memory) and
/// every failure explained.
class OAuth1TestRun : public TestRun
{
    Q_OBJECT

public:
    /// @p credentials are the consumer key and secret; @p userAgent shows
    /// the authorization page and catches the redirect to @p callbackUri.
    /// Neither @p userAgent nor @p manager is owned.
    OAuth1TestRun(const IntegrationSource &source, const OAuthCredentials &credentials,
        const QUrl &callbackUri, UserAgent *userAgent, QNetworkAccessManager *manager,
        QObject *parent = nullptr);
    ~OAuth1TestRun() override;

    /// HMAC-SHA1 unless set; set before start().
    void setSignatureMethod(OAuth1Signer::Method method);
    OAuth1Signer::Method signatureMethod() const { return m_client->signatureMethod(); }

    /// The access token and its secret, once issued; for the console's masked display.
    QString accessToken() const { return m_accessToken.token; }
    QStringList secrets() const override;
    bool issuedConnection(UserConnection *connection, QJsonObject *secrets) const override;

protected:
    void run() override;
    void abortRequests() override;
    void timeoutChanged(int milliseconds) override;
    void onRedirected(const QUrl &url) override;
    void onErrorPage(const QUrl &url, int httpStatus, const QByteArray &html) override;

private:
    void onFinished(int id, const OAuth1Client::Result &result);
    void failRequest(TestStep::Kind kind, const QString &detail, const OAuth1Client::Result &result);

    OAuthCredentials m_credentials;
    QUrl m_callbackUri;
    QPointer<UserAgent> m_userAgent;
    OAuth1Client *m_client = nullptr;
    int m_pendingId = 0; ///< the request the running step waits for
    OAuth1Client::Result m_requestToken;
    OAuth1Client::Result m_accessToken;
    QString m_verifier;
};
