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
    QByteArray sealedVerifier; ///< empty without PKCE
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt; ///< invalid until the callback used it

    bool isExpired(const QDateTime &now) const { return !expiresAt.isValid() || now >= expiresAt; }
};
