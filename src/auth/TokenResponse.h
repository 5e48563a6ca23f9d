#pragma once

#include "OAuthCredentials.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

/// The outcome of one token endpoint request (code exchange, refresh) or
/// revocation, kept whole so a failure can be explained. Holds tokens:
/// never log it; HttpExchange recorders redact before they store.
struct TokenResponse
{
    /// Which request this answers.
    enum class Operation { CodeExchange, Refresh, Revoke };

    /// Why it failed; None when ok.
    enum class ErrorKind {
        None,
        Configuration, ///< no usable endpoint URL or missing input; nothing was sent
        OAuthError, ///< the server answered {"error": …} (error, errorDescription)
        HttpError, ///< an HTTP error status without an OAuth error body
        Redirected, ///< the endpoint answered with a redirect, which is not followed
        NotJson, ///< a 2xx answer that is not a JSON object
        MissingAccessToken, ///< a JSON answer without "access_token"
        TooLarge, ///< the answer exceeded the size limit
        Timeout, ///< no complete answer within the transfer timeout
        TlsError, ///< the TLS handshake or certificate check failed (never ignored)
        ConnectionRefused, ///< nothing listens at the endpoint's host and port
        HostNotFound, ///< the endpoint's host name does not resolve
        NetworkError, ///< another transport failure (networkError says which)
        Aborted, ///< cancelled by the caller
    };

    /// Bodies kept in rawBody at most; the HTTP exchange has the whole answer.
    static constexpr qsizetype RawBodyCap = 64 * 1024;

    Operation operation = Operation::CodeExchange;
    bool ok = false;
    ErrorKind errorKind = ErrorKind::None;

    QString accessToken;
    QString refreshToken; ///< after a refresh: the new one, or the old one kept
    QString tokenType;
    qint64 expiresIn = -1; ///< seconds; -1 when not given
    QString scope; ///< as granted by the server; empty when not given
    QString idToken;
    bool refreshTokenRotated = false; ///< a refresh returned a different refresh token
    QJsonObject json; ///< the whole answer, for providers' extra fields (user_id, …)

    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    QString error; ///< OAuth error code ("invalid_grant")
    QString errorDescription;
    QString errorUri;
    QByteArray rawBody; ///< the answer, at most RawBodyCap bytes
    QString contentType;
    QString networkError; ///< the transport's message, for non-HTTP failures
    QString redirectLocation; ///< for Redirected
    qint64 durationMs = 0;

    QUrl url; ///< the endpoint used
    OAuthCredentials::Method clientAuthentication = OAuthCredentials::Method::None;
    QString redirectUri; ///< the redirect_uri sent with a code exchange

    /// A stable name for the error kind ("not_json", …), for reports and tests.
    static QString toString(ErrorKind kind);
    static QString toString(Operation operation);
    /// The kind of a transport failure (no HTTP answer): refused, unknown
    /// host, TLS, timeout (a transfer timeout cancels the reply) or another.
    static ErrorKind transportError(QNetworkReply::NetworkError error);
};

Q_DECLARE_METATYPE(TokenResponse)
