#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// An authorization under way: what the provider callback needs to finish
/// it. The state is stored hashed and the PKCE verifier sealed.
struct OAuthState
{
    QString stateHash; ///< hex SHA-256 of the state sent to the provider
    qint64 applicationId = 0;
    QString sourceKey;
    QString sessionId; ///< the widget session, if it started there
    QString linkTokenHash; ///< the link token, if it started there
    QString userId;
    QString referenceId;
    QString redirectUri; ///< as sent to the provider; the token request repeats it
    /// OAuth 2.0: the PKCE verifier, empty without PKCE. OAuth 1.0a: the
    /// request token's secret (the state is then the request token).
    QByteArray sealedVerifier;
    /// How the flow ends: "widget" (the session's redirect URLs), "link"
    /// (the link token's) or "direct" (the /connect/result page).
    QString flow;
    QString successRedirectUrl; ///< copied from the link token, or a direct flow's redirect_uri
    QString failureRedirectUrl;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt; ///< invalid until the callback used it

    bool isExpired(const QDateTime &now) const { return !expiresAt.isValid() || now >= expiresAt; }
};
