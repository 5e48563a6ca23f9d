#pragma once

#include "CallbackResult.h"
#include "IntegrationSource.h"
#include "OAuthCredentials.h"
#include "Pkce.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

/// One OAuth 2.0 authorization request: the URL a user is sent to, with a
/// fresh random state and, as the source's PKCE mode says, a code verifier
/// kept for the token exchange. Built from the source's full auth URL
/// (AuthUrlTemplate::effective), so an administrator's override is honoured.
class AuthorizationRequest
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationRequest)

public:
    AuthorizationRequest() = default;

    /// Builds the request. @p extraScopes are added after the source's own
    /// scopes (duplicates dropped). Check isValid(): a source without an
    /// authorization URL, a missing client ID or an unresolved placeholder
    /// make an invalid request with errorString() saying why.
    static AuthorizationRequest create(const IntegrationSource &source, const OAuthCredentials &credentials,
        const QString &redirectUri, const QStringList &extraScopes = {});

    /// As create(), with a given state and PKCE (a stored flow, a test).
    static AuthorizationRequest create(const IntegrationSource &source, const OAuthCredentials &credentials,
        const QString &redirectUri, const QStringList &extraScopes, const QString &state, const Pkce &pkce);

    /// Reads code, state, error, error_description, error_uri and iss from
    /// the query of @p url, or else its fragment (implicit-style providers).
    /// A code or error whose state is not @p expectedState is a
    /// StateMismatch; an error without any state stays an Error, so the
    /// provider's own message is not lost.
    static CallbackResult parseCallback(const QUrl &url, const QString &expectedState);

    /// 32 random bytes from the system's cryptographic source, base64url.
    static QString generateState();

    bool isValid() const { return m_error.isEmpty() && m_url.isValid(); }
    QString errorString() const { return m_error; }
    QUrl url() const { return m_url; }
    QString state() const { return m_state; }
    const Pkce &pkce() const { return m_pkce; }
    /// The verifier to send with the code; empty when PKCE is off.
    QString codeVerifier() const { return m_pkce.verifier(); }
    QString codeChallenge() const { return m_pkce.challenge(); }
    QString redirectUri() const { return m_redirectUri; }
    QString clientId() const { return m_clientId; }
    /// The scopes requested, in order.
    QStringList scopes() const { return m_scopes; }
    /// The scopes as sent: joined with the source's separator.
    QString scope() const { return m_scope; }

private:
    QUrl m_url;
    QString m_error;
    QString m_state;
    Pkce m_pkce;
    QString m_redirectUri;
    QString m_clientId;
    QStringList m_scopes;
    QString m_scope;
};
