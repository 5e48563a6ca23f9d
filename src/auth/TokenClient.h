#pragma once

#include "HttpExchange.h"
#include "IntegrationSource.h"
#include "OAuthCredentials.h"
#include "TokenResponse.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

/// The token endpoint side of OAuth 2.0: code exchange (with the PKCE
/// verifier), refresh and RFC 7009 revocation, with the source's client
/// authentication, extra token parameters and scope conventions.
///
/// Why not QOAuth2AuthorizationCodeFlow: in Qt 6.4 it parses the token
/// endpoint's answer itself and hides the raw response (status, headers,
/// body) on failure; QA's diagnoses and the recorded timeline need exactly
/// that, so the requests are made here with QNetworkAccessManager.
///
/// Each call returns a request id at once and answers later with one
/// signal carrying that id, also for input it cannot send. TLS errors are
/// never ignored: they fail the request and are reported.
class TokenClient : public QObject
{
    Q_OBJECT

public:
    using Params = QList<QPair<QString, QString>>;

    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr qint64 MaxResponseBytes = 1024 * 1024;

    /// Uses @p manager (not owned) for every request.
    explicit TokenClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~TokenClient() override;

    /// The time a request may take from start to its last byte, in ms.
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int transferTimeout() const { return m_timeoutMs; }

    /// Exchanges an authorization code at the source's access token URL.
    /// @p codeVerifier is sent when not empty. Answers with codeExchanged().
    int exchangeCode(const IntegrationSource &source, const OAuthCredentials &credentials,
        const QString &code, const QString &redirectUri, const QString &codeVerifier);
    /// Refreshes at the source's refresh URL, or its access token URL.
    /// Keeps @p refreshToken when the answer has none, and says whether the
    /// server rotated it. Answers with refreshed().
    int refresh(
        const IntegrationSource &source, const OAuthCredentials &credentials, const QString &refreshToken);
    /// Revokes @p token at the source's revoke URL (RFC 7009), with an
    /// optional @p tokenTypeHint ("refresh_token", "access_token").
    /// Answers with revoked(); ok means HTTP 200.
    int revoke(const IntegrationSource &source, const OAuthCredentials &credentials, const QString &token,
        const QString &tokenTypeHint = {});

    /// Cancels a request; it answers with ErrorKind::Aborted.
    void abort(int requestId);
    /// Cancels every pending request.
    void abortAll();
    bool isPending(int requestId) const { return m_pending.count(requestId) > 0; }

    /// The Authorization header value for client_secret_basic: client ID
    /// and secret each form-urlencoded, joined by ':', base64 (RFC 6749 §2.3.1).
    static QByteArray basicAuthorization(const QString &clientId, const QString &clientSecret);
    /// One value, application/x-www-form-urlencoded (space as '+').
    static QByteArray formUrlEncode(const QString &value);
    /// A whole application/x-www-form-urlencoded body.
    static QByteArray formBody(const Params &params);

Q_SIGNALS:
    void codeExchanged(int requestId, const TokenResponse &response);
    void refreshed(int requestId, const TokenResponse &response);
    void revoked(int requestId, const TokenResponse &response);
    /// Every request that went out, with its answer, before the result signal.
    void httpExchangeRecorded(int requestId, const HttpExchange &exchange);

private:
    struct Pending;

    int start(TokenResponse response, const QString &endpoint, Params params, const IntegrationSource &source,
        const OAuthCredentials &credentials, const QString &previousRefreshToken = {});
    void failLater(int requestId, TokenResponse response);
    void readBody(Pending *pending);
    void onFinished(int requestId);
    void classify(Pending *pending, QNetworkReply *reply);
    void emitResult(int requestId, const TokenResponse &response);

    QNetworkAccessManager *m_manager;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_nextId = 1;
    std::map<int, std::unique_ptr<Pending>> m_pending;
};
