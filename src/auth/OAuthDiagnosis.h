#pragma once

#include "CallbackResult.h"
#include "IntegrationSource.h"
#include "OAuth1Client.h"
#include "TokenResponse.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// A failed OAuth 2.0 step explained in plain words, with the fix: from a
/// token endpoint answer, a callback, or an error page the provider showed
/// instead of redirecting back. Never quotes a token, code or secret.
class OAuthDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(OAuthDiagnosis)

public:
    enum class Kind {
        None, ///< nothing failed
        InvalidClient,
        InvalidGrant,
        InvalidScope,
        RedirectUriMismatch,
        UnauthorizedClient,
        UnsupportedGrantType,
        PkceRequired,
        PkceMismatch,
        PkceMethodUnsupported,
        PkceIgnored,
        AccessDenied,
        StateMismatch,
        NoCode, ///< a callback with neither code nor error
        InvalidRequest,
        OtherOAuthError,
        ErrorPage, ///< the provider showed an error page with no OAuth error in it
        Timeout,
        TlsError,
        ConnectionRefused,
        HostNotFound,
        NetworkError,
        NotJson,
        MissingAccessToken,
        TooLarge,
        Redirected,
        ServerError, ///< HTTP 5xx, server_error, temporarily_unavailable
        HttpError, ///< another HTTP error status without an OAuth error
        Configuration,
        Aborted,
        SignatureMethodUnsupported, ///< OAuth 1.0a: the provider takes another signature method
    };

    /// Where in the flow the failure happened.
    enum class Stage { Authorization, CodeExchange, Refresh, Revoke };

    /// What the caller knows beyond the failure itself; all optional.
    struct Context
    {
        /// The redirect URI sent; a TokenResponse's own is used when this is empty.
        QString sentRedirectUri;
        /// The redirect URI registered with the provider, when known.
        QString registeredRedirectUri;
        /// The scope parameter as sent.
        QString requestedScope;
        IntegrationSource::PkceMode pkce = IntegrationSource::PkceMode::S256;
        /// From discovery (token_endpoint_auth_methods_supported), when known.
        QStringList serverAuthMethods;
    };

    OAuthDiagnosis() = default;

    /// Explains a failed code exchange, refresh or revocation; Kind::None
    /// for a successful one.
    static OAuthDiagnosis fromTokenResponse(const TokenResponse &response, const Context &context);
    static OAuthDiagnosis fromTokenResponse(const TokenResponse &response);
    /// Explains a callback that carried no usable code.
    static OAuthDiagnosis fromCallback(const CallbackResult &callback, const Context &context);
    static OAuthDiagnosis fromCallback(const CallbackResult &callback);
    /// Explains an error page the provider showed instead of redirecting
    /// back (an unregistered redirect URI or unknown client, typically):
    /// reads "error" and "error_description" from the page's text.
    static OAuthDiagnosis fromAuthorizationPage(
        int httpStatus, const QByteArray &html, const Context &context);
    static OAuthDiagnosis fromAuthorizationPage(int httpStatus, const QByteArray &html);
    /// Explains a failed OAuth 1.0a request: the request token
    /// (Stage::Authorization), the access token (Stage::CodeExchange) or a
    /// signed API call, from the provider's answer or why none came.
    static OAuthDiagnosis fromOAuth1(
        Stage stage, const OAuth1Client::Result &result, OAuth1Signer::Method method);
    /// The provider issued tokens for a code exchanged with a wrong verifier.
    static OAuthDiagnosis pkceIgnored();

    /// Index of the first character where @p a and @p b differ; -1 if equal.
    static qsizetype firstDifference(const QString &a, const QString &b);
    /// A stable identifier ("invalid_client", "pkce_required", …) for reports.
    static QString kindName(Kind kind);

    bool isFailure() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    Stage stage() const { return m_stage; }
    /// One line: what went wrong.
    QString title() const { return m_title; }
    /// A few sentences: what happened and the likely reasons.
    QString explanation() const { return m_explanation; }
    /// What to change.
    QString fix() const { return m_fix; }
    /// Title, explanation and fix together.
    QString text() const;

    QString serverError() const { return m_serverError; }
    QString serverErrorDescription() const { return m_serverErrorDescription; }
    int httpStatus() const { return m_httpStatus; }
    /// For a redirect URI mismatch: the URIs side by side and where they part.
    QString sentRedirectUri() const { return m_sentRedirectUri; }
    QString expectedRedirectUri() const { return m_expectedRedirectUri; }
    qsizetype differenceIndex() const { return m_differenceIndex; }

private:
    static OAuthDiagnosis fromOAuthError(Stage stage, const QString &error, const QString &description,
        const TokenResponse *response, const Context &context);
    void setRedirectMismatch(const QString &sent, const QString &expected);
    void setInvalidClient(OAuthCredentials::Method method, const Context &context);
    QString serverSaid() const;

    Kind m_kind = Kind::None;
    Stage m_stage = Stage::CodeExchange;
    QString m_title;
    QString m_explanation;
    QString m_fix;
    QString m_serverError;
    QString m_serverErrorDescription;
    int m_httpStatus = 0;
    QString m_sentRedirectUri;
    QString m_expectedRedirectUri;
    qsizetype m_differenceIndex = -1;
};

Q_DECLARE_METATYPE(OAuthDiagnosis)
