#pragma once

#include "AuthorizationRequest.h"
#include "OAuthCredentials.h"
#include "OAuthDiagnosis.h"
#include "TestRun.h"
#include "TokenResponse.h"

#include <QPointer>

class TokenClient;
class UserAgent;

/// One end-to-end OAuth 2.0 test of a source, step by step: the
/// authorization page (through a UserAgent), the token exchange, the test
/// API call with the token, a refresh, a revoke where the source has a
/// revoke URL, and, where the source uses PKCE, a check that the server
/// verifies the code_verifier: a second authorization through the same
/// user agent (the provider's session usually lets it through without a
/// login), its code exchanged with a wrong verifier. A server that issues
/// a token for it ignores PKCE: the check fails with that diagnosis, and
/// the token is revoked where the source has a revoke URL. Every HTTP
/// exchange is kept (unredacted, in memory) and every failure explained.
class OAuth2TestRun : public TestRun
{
    Q_OBJECT

public:
    /// @p userAgent shows the authorization page and catches the redirect
    /// to @p redirectUri; @p manager makes every other request. Neither is owned.
    OAuth2TestRun(const IntegrationSource &source, const OAuthCredentials &credentials,
        const QUrl &redirectUri, UserAgent *userAgent, QNetworkAccessManager *manager,
        QObject *parent = nullptr);
    ~OAuth2TestRun() override;

    /// The redirect URI registered with the provider, where QA knows it: a
    /// redirect URI mismatch then shows both side by side.
    void setRegisteredRedirectUri(const QString &uri) { m_registeredRedirectUri = uri; }

    /// Whether the run ends by revoking what it was issued (the default);
    /// false keeps the tokens alive for a refresh or a revoke by hand.
    void setRevokeAtEnd(bool revoke) { m_revokeAtEnd = revoke; }
    /// The client credentials the run uses, for a refresh or revoke by hand.
    OAuthCredentials credentials() const { return m_credentials; }
    /// The tokens as last issued; for the console's masked display.
    TokenResponse tokens() const { return m_tokens; }
    QStringList secrets() const override;
    bool issuedConnection(UserConnection *connection, QJsonObject *secrets) const override;

protected:
    void run() override;
    void abortRequests() override;
    void timeoutChanged(int milliseconds) override;
    void onRedirected(const QUrl &url) override;
    void onErrorPage(const QUrl &url, int httpStatus, const QByteArray &html) override;

private:
    OAuthDiagnosis::Context context() const;
    void onCodeExchanged(int id, const TokenResponse &response);
    /// Fails the token step for invalid_client, naming the client
    /// authentication methods the server's discovery document lists.
    void failInvalidClient(const TokenResponse &response);
    void callApi();
    void refresh();
    void onRefreshed(int id, const TokenResponse &response);
    void revoke();
    /// Revokes @p tokens' refresh token, or their access token where none was issued.
    void revokeTokens(const TokenResponse &tokens);
    void onRevoked(int id, const TokenResponse &response);
    /// Authorizes once more, for a code to exchange with a wrong verifier.
    void checkPkce();
    void onPkceCheckRedirected(const QUrl &url);
    void onPkceCheckExchanged(const TokenResponse &response);
    /// The server issued a token for the wrong verifier; @p revoked says
    /// what became of it.
    void failPkceIgnored(const QString &revoked);

    OAuthCredentials m_credentials;
    QUrl m_redirectUri;
    QString m_registeredRedirectUri;
    QPointer<UserAgent> m_userAgent;
    TokenClient *m_tokenClient = nullptr;
    AuthorizationRequest m_request;
    AuthorizationRequest m_pkceCheck; ///< the second authorization
    QString m_wrongVerifier; ///< sent with the second code instead of its own verifier
    TokenResponse m_tokens;
    QDateTime m_tokensIssuedAt; ///< UTC, when m_tokens came: their expiry counts from then
    bool m_revokeAtEnd = true;
    QStringList m_issued; ///< every token issued, rotated ones included
};
