#include "OAuthDiagnosis.h"

#include "Pkce.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>
#include <array>
#include <utility>

Q_LOGGING_CATEGORY(lcOAuthDiagnosis, "linkdeck.auth.oauth2.diagnosis")

namespace {

using K = OAuthDiagnosis::Kind;

constexpr std::array<std::pair<K, const char *>, 31> kKindNames { {
    { K::None, "none" },
    { K::InvalidClient, "invalid_client" },
    { K::InvalidGrant, "invalid_grant" },
    { K::InvalidScope, "invalid_scope" },
    { K::RedirectUriMismatch, "redirect_uri_mismatch" },
    { K::UnauthorizedClient, "unauthorized_client" },
    { K::UnsupportedGrantType, "unsupported_grant_type" },
    { K::PkceRequired, "pkce_required" },
    { K::PkceMismatch, "pkce_mismatch" },
    { K::PkceMethodUnsupported, "pkce_method_unsupported" },
    { K::PkceIgnored, "pkce_ignored" },
    { K::AccessDenied, "access_denied" },
    { K::StateMismatch, "state_mismatch" },
    { K::NoCode, "no_code" },
    { K::InvalidRequest, "invalid_request" },
    { K::OtherOAuthError, "oauth_error" },
    { K::ErrorPage, "error_page" },
    { K::Timeout, "timeout" },
    { K::TlsError, "tls_error" },
    { K::ConnectionRefused, "connection_refused" },
    { K::HostNotFound, "host_not_found" },
    { K::NetworkError, "network_error" },
    { K::NotJson, "not_json" },
    { K::MissingAccessToken, "missing_access_token" },
    { K::TooLarge, "too_large" },
    { K::Redirected, "redirected" },
    { K::ServerError, "server_error" },
    { K::HttpError, "http_error" },
    { K::Configuration, "configuration" },
    { K::Aborted, "aborted" },
    { K::SignatureMethodUnsupported, "signature_method_unsupported" },
} };

OAuthDiagnosis::Stage stageOf(TokenResponse::Operation operation)
{
    switch (operation) {
    case TokenResponse::Operation::CodeExchange:
        return OAuthDiagnosis::Stage::CodeExchange;
    case TokenResponse::Operation::Refresh:
        return OAuthDiagnosis::Stage::Refresh;
    case TokenResponse::Operation::Revoke:
        return OAuthDiagnosis::Stage::Revoke;
    }
    return OAuthDiagnosis::Stage::CodeExchange;
}

QString where(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toDisplayString();
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]{1,6});"));
    QString out;
    qsizetype last = 0;
    auto matches = numeric.globalMatch(text);
    while (matches.hasNext()) {
        const auto m = matches.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code < 0x110000)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

// The visible text of an HTML page, one line per block, without scripts and styles.
QString pageText(const QByteArray &html)
{
    QString text = QString::fromUtf8(html);
    static const QRegularExpression hidden(QStringLiteral("<(script|style)\\b.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression blocks(
        QStringLiteral("<(br|/p|/div|/pre|/h[1-6]|/li|/tr|/title)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(hidden);
    text.replace(blocks, QStringLiteral("\n"));
    text.remove(tags);
    return decodeEntities(text);
}

QString htmlTitle(const QByteArray &html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto match = title.match(QString::fromUtf8(html.left(64 * 1024)));
    return match.hasMatch() ? decodeEntities(match.captured(1)).simplified().left(120) : QString();
}

bool mentionsRedirectUri(const QString &text)
{
    return text.contains(QLatin1String("redirect_uri"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("redirect uri"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("redirect url"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("redirect_url"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("callback url"), Qt::CaseInsensitive);
}

bool mentionsPkce(const QString &text)
{
    return text.contains(QLatin1String("pkce"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("code_verifier"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("code verifier"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("code_challenge"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("code challenge"), Qt::CaseInsensitive);
}

} // namespace

QString OAuthDiagnosis::kindName(Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

qsizetype OAuthDiagnosis::firstDifference(const QString &a, const QString &b)
{
    const qsizetype common = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.at(i) != b.at(i))
            return i;
    }
    return a.size() == b.size() ? -1 : common;
}

QString OAuthDiagnosis::text() const
{
    if (!isFailure())
        return {};
    QStringList parts { m_title, m_explanation };
    if (!m_fix.isEmpty())
        parts << tr("Fix: %1").arg(m_fix);
    return parts.join(QLatin1String("\n\n"));
}

QString OAuthDiagnosis::serverSaid() const
{
    if (m_serverError.isEmpty())
        return {};
    if (m_serverErrorDescription.isEmpty())
        return tr("The server said: %1.").arg(m_serverError);
    return tr("The server said: %1 (\"%2\").").arg(m_serverError, m_serverErrorDescription.left(300));
}

// Overloads rather than default arguments: a nested struct with member
// initializers cannot be a default argument inside its own class.
OAuthDiagnosis OAuthDiagnosis::fromTokenResponse(const TokenResponse &response)
{
    return fromTokenResponse(response, Context());
}

OAuthDiagnosis OAuthDiagnosis::fromCallback(const CallbackResult &callback)
{
    return fromCallback(callback, Context());
}

OAuthDiagnosis OAuthDiagnosis::fromAuthorizationPage(int httpStatus, const QByteArray &html)
{
    return fromAuthorizationPage(httpStatus, html, Context());
}

OAuthDiagnosis OAuthDiagnosis::pkceIgnored()
{
    OAuthDiagnosis d;
    d.m_kind = Kind::PkceIgnored;
    d.m_stage = Stage::CodeExchange;
    d.m_title = tr("The provider ignores PKCE");
    d.m_explanation
        = tr("The provider issued tokens for a code exchanged with a wrong or missing code_verifier, so "
             "the code_challenge sent with the authorization request was not checked.");
    d.m_fix
        = tr("PKCE protects nothing with this provider: set the source's PKCE mode to off to say so, and ask "
             "the provider to enforce it.");
    return d;
}

void OAuthDiagnosis::setRedirectMismatch(const QString &sent, const QString &expected)
{
    m_kind = Kind::RedirectUriMismatch;
    m_title = tr("The redirect URI does not match");
    m_sentRedirectUri = sent;
    m_expectedRedirectUri = expected;
    if (!sent.isEmpty() && !expected.isEmpty() && sent != expected) {
        m_differenceIndex = firstDifference(sent, expected);
        m_explanation = tr("The redirect URI sent is not the one registered with the provider.\n"
                           "Sent:       %1\nRegistered: %2\nThey differ from character %3 on.")
                            .arg(sent, expected)
                            .arg(m_differenceIndex + 1);
        m_fix = tr(
            "Register exactly %1 with the provider, or make Linkdeck use %2. Scheme, host, port, path and "
            "a trailing slash must all match.")
                    .arg(sent, expected);
    } else {
        m_explanation
            = tr("The provider does not accept the redirect URI %1: it is not registered for this client, "
                 "or it differs from the one sent with the authorization request.")
                  .arg(sent.isEmpty() ? tr("(unknown)") : sent);
        m_fix = tr(
            "Register the redirect URI exactly as sent in the provider's developer console (scheme, host, "
            "port, path and a trailing slash must all match), or use one that is registered.");
    }
    const QString said = serverSaid();
    if (!said.isEmpty())
        m_explanation += QLatin1Char(' ') + said;
}

void OAuthDiagnosis::setInvalidClient(OAuthCredentials::Method method, const Context &context)
{
    m_kind = Kind::InvalidClient;
    m_title = tr("The server rejected the client's credentials (invalid_client)");
    QString how;
    switch (method) {
    case OAuthCredentials::Method::HttpBasic:
        how = tr("Linkdeck sent the client ID and secret in an HTTP Basic Authorization header "
                 "(client_secret_basic).");
        m_fix = tr(
            "Check the client ID and secret (a stray space is a common cause). If they are right, the server "
            "probably expects them in the request body (client_secret_post): set the source's client "
            "authentication to \"body\".");
        break;
    case OAuthCredentials::Method::RequestBody:
        how = tr("Linkdeck sent the client ID and secret in the request body (client_secret_post).");
        m_fix = tr(
            "Check the client ID and secret (a stray space is a common cause). If they are right, the server "
            "probably expects them in an HTTP Basic Authorization header (client_secret_basic): set the "
            "source's client authentication to \"basic\".");
        break;
    case OAuthCredentials::Method::None:
        how = tr("Linkdeck sent only the client ID, as a public client without a secret (none).");
        m_fix = tr("The server expects a confidential client: give the client secret for this source (or the "
                   "application's), or register the client as public (token_endpoint_auth_method \"none\").");
        break;
    }
    m_explanation = how;
    if (!context.serverAuthMethods.isEmpty())
        m_explanation += QLatin1Char(' ')
            + tr("The server supports: %1.").arg(context.serverAuthMethods.join(QLatin1String(", ")));
    const QString said = serverSaid();
    if (!said.isEmpty())
        m_explanation += QLatin1Char(' ') + said;
}

OAuthDiagnosis OAuthDiagnosis::fromOAuthError(Stage stage, const QString &error, const QString &description,
    const TokenResponse *response, const Context &context)
{
    OAuthDiagnosis d;
    d.m_stage = stage;
    d.m_serverError = error;
    d.m_serverErrorDescription = description;
    if (response)
        d.m_httpStatus = response->httpStatus;
    const QString e = error.trimmed().toLower();
    const QString said = d.serverSaid();
    const QString sent = !context.sentRedirectUri.isEmpty() ? context.sentRedirectUri
        : response                                          ? response->redirectUri
                                                            : QString();
    const QString &registered = context.registeredRedirectUri;
    const bool redirectsDiffer = !sent.isEmpty() && !registered.isEmpty() && sent != registered;
    const auto withSaid
        = [&said](const QString &text) { return said.isEmpty() ? text : text + QLatin1Char(' ') + said; };

    if (e == QLatin1String("redirect_uri_mismatch") || e == QLatin1String("invalid_redirect_uri")
        || ((e == QLatin1String("invalid_request") || e == QLatin1String("invalid_grant") || e.isEmpty())
            && (mentionsRedirectUri(description) || redirectsDiffer))) {
        d.setRedirectMismatch(sent, registered);
        return d;
    }
    if (mentionsPkce(description) && e != QLatin1String("invalid_client")) {
        const QString lower = description.toLower();
        const auto says = [&lower](const char *word) { return lower.contains(QLatin1String(word)); };
        if (says("method") || says("plain") || says("not supported") || says("unsupported")) {
            d.m_kind = Kind::PkceMethodUnsupported;
            d.m_title = tr("The provider does not accept this PKCE method");
            d.m_explanation = withSaid(
                tr("The code_challenge_method sent (%1) is not one the provider accepts.")
                    .arg(Pkce::methodName(context.pkce).isEmpty() ? tr("none")
                                                                  : Pkce::methodName(context.pkce)));
            d.m_fix
                = tr("Set the source's PKCE mode to S256, which every provider that supports PKCE accepts.");
        } else if (!says("require") && !says("missing") && !says("must")
            && (says("match") || says("fail") || says("invalid") || says("wrong") || says("incorrect"))) {
            d.m_kind = Kind::PkceMismatch;
            d.m_title = tr("The PKCE verifier does not match the challenge");
            d.m_explanation
                = withSaid(tr("The code_verifier sent with the code is not the one whose challenge went "
                              "with the authorization request."));
            d.m_fix = tr(
                "Exchange the code with the verifier created for the same authorization request, and use "
                "the same method (S256 or plain) on both sides.");
        } else {
            d.m_kind = Kind::PkceRequired;
            d.m_title = tr("The provider requires PKCE");
            d.m_explanation = context.pkce == IntegrationSource::PkceMode::Off
                ? withSaid(
                    tr("The request had no PKCE code_challenge (or code_verifier): PKCE is off for this "
                       "source, and the provider requires it."))
                : withSaid(
                    tr("The provider requires PKCE and did not find it in the request (code_challenge with "
                       "the authorization, code_verifier with the code)."));
            d.m_fix = tr("Set the source's PKCE mode to S256.");
        }
        return d;
    }
    if (e == QLatin1String("invalid_client")) {
        d.setInvalidClient(
            response ? response->clientAuthentication : OAuthCredentials::Method::HttpBasic, context);
        if (!response) {
            // At the authorization endpoint no secret is sent: the client ID itself is unknown.
            d.m_title = tr("The provider does not know this client (invalid_client)");
            d.m_explanation
                = withSaid(tr("The provider does not know the client ID sent with the authorization "
                              "request, or the client is disabled."));
            d.m_fix = tr("Check the client ID of the source (or of the application's credentials for it).");
        }
        return d;
    }
    if (e == QLatin1String("invalid_grant")) {
        d.m_kind = Kind::InvalidGrant;
        if (stage == Stage::Refresh) {
            d.m_title = tr("The refresh token was rejected (invalid_grant)");
            d.m_explanation
                = withSaid(tr("The refresh token is no longer valid: it was revoked, it expired, or the "
                              "provider rotates refresh tokens and an older one was used."));
            d.m_fix = tr("Connect again. After every refresh, keep the refresh token the answer carries.");
        } else {
            d.m_title = tr("The authorization code was rejected (invalid_grant)");
            d.m_explanation = withSaid(tr(
                "The code expired (codes live seconds to minutes), was already used, was issued to another "
                "client, or the redirect_uri or code_verifier sent with it differ from the authorization "
                "request's."));
            d.m_fix
                = tr("Run the authorization again and exchange the code at once, with the same redirect URI "
                     "and PKCE verifier as the authorization request.");
        }
        return d;
    }
    if (e == QLatin1String("invalid_scope")) {
        d.m_kind = Kind::InvalidScope;
        d.m_title = tr("The provider rejected the requested scopes (invalid_scope)");
        d.m_explanation = withSaid(context.requestedScope.isEmpty()
                ? tr("A requested scope is unknown or not allowed for this client.")
                : tr("Requested: \"%1\". A scope is unknown or not allowed for this client.")
                      .arg(context.requestedScope));
        d.m_fix
            = tr("Remove scopes the client may not use, and check the provider's scope names and the scope "
                 "separator of the source.");
        return d;
    }
    if (e == QLatin1String("unauthorized_client")) {
        d.m_kind = Kind::UnauthorizedClient;
        d.m_title = tr("The client may not use this flow (unauthorized_client)");
        d.m_explanation = withSaid(stage == Stage::Refresh
                ? tr("The client is not allowed the refresh_token grant.")
                : tr("The client is not allowed the authorization code flow (grant or response type)."));
        d.m_fix
            = tr("Enable the authorization code grant (and refresh tokens) for the client in the provider's "
                 "developer console.");
        return d;
    }
    if (e == QLatin1String("unsupported_grant_type")) {
        d.m_kind = Kind::UnsupportedGrantType;
        d.m_title = tr("The provider does not support this grant type");
        d.m_explanation = withSaid(tr("The token endpoint does not know the grant_type sent."));
        d.m_fix = tr("Check the access token URL and refresh URL: they may point at another endpoint.");
        return d;
    }
    if (e == QLatin1String("access_denied")) {
        d.m_kind = Kind::AccessDenied;
        d.m_title = tr("Consent was denied (access_denied)");
        d.m_explanation
            = withSaid(tr("The user declined the authorization or cancelled the login, or the provider "
                          "refused it on the user's behalf."));
        d.m_fix = tr(
            "Run again and approve the consent page. If it is refused without asking, check that the test "
            "account may use this client and these scopes.");
        return d;
    }
    if (e == QLatin1String("server_error") || e == QLatin1String("temporarily_unavailable")) {
        d.m_kind = Kind::ServerError;
        d.m_title = tr("The provider failed (%1)").arg(error);
        d.m_explanation
            = withSaid(tr("The provider could not handle the request because of a problem on its side."));
        d.m_fix = tr("Retry later; if it persists, report it to the provider with the time of the request.");
        return d;
    }
    if (e == QLatin1String("invalid_request")) {
        d.m_kind = Kind::InvalidRequest;
        d.m_title = tr("The provider found the request malformed (invalid_request)");
        d.m_explanation = withSaid(tr("A parameter is missing, repeated or has a value the provider does not "
                                      "accept."));
        d.m_fix = tr(
            "Compare the request with the provider's documentation: extra parameters, the scope separator "
            "and the PKCE method are common causes.");
        return d;
    }
    d.m_kind = Kind::OtherOAuthError;
    d.m_title = tr("The provider answered with an error (%1)").arg(error);
    d.m_explanation = withSaid(tr("The provider refused the request."));
    d.m_fix = tr("Look the error up in the provider's documentation.");
    return d;
}

OAuthDiagnosis OAuthDiagnosis::fromTokenResponse(const TokenResponse &response, const Context &context)
{
    if (response.ok)
        return {};
    const Stage stage = stageOf(response.operation);
    const QString endpoint = where(response.url);
    if (response.errorKind == TokenResponse::ErrorKind::OAuthError) {
        OAuthDiagnosis d
            = fromOAuthError(stage, response.error, response.errorDescription, &response, context);
        qCDebug(lcOAuthDiagnosis) << "diagnosis:" << kindName(d.kind());
        return d;
    }

    OAuthDiagnosis d;
    d.m_stage = stage;
    d.m_httpStatus = response.httpStatus;
    switch (response.errorKind) {
    case TokenResponse::ErrorKind::None:
    case TokenResponse::ErrorKind::OAuthError:
        // None with ok false cannot come from TokenClient; treat it as an HTTP failure.
        d.m_kind = Kind::HttpError;
        d.m_title = tr("The request failed");
        d.m_explanation = tr("HTTP %1 from %2.").arg(response.httpStatus).arg(endpoint);
        break;
    case TokenResponse::ErrorKind::Configuration:
        d.m_kind = Kind::Configuration;
        d.m_title = tr("The request could not be sent");
        d.m_explanation = response.networkError;
        d.m_fix = tr("Complete the source's configuration (endpoint URLs, client ID).");
        break;
    case TokenResponse::ErrorKind::Timeout:
        d.m_kind = Kind::Timeout;
        d.m_title = tr("The server did not answer in time");
        d.m_explanation
            = tr("No complete answer came from %1. %2").arg(endpoint, response.networkError).trimmed();
        d.m_fix = tr(
            "Check that the server is up and reachable from here (proxy, firewall, VPN); if it is only slow, "
            "raise the timeout.");
        break;
    case TokenResponse::ErrorKind::TlsError:
        d.m_kind = Kind::TlsError;
        d.m_title = tr("The TLS connection failed");
        d.m_explanation
            = tr("The secure connection to %1 failed: %2. Linkdeck never ignores certificate errors.")
                  .arg(endpoint, response.networkError);
        d.m_fix = tr(
            "Fix the server's certificate (expired, self-signed, wrong host name or missing intermediate), "
            "or add the issuing CA to the system's trust store.");
        break;
    case TokenResponse::ErrorKind::ConnectionRefused:
        d.m_kind = Kind::ConnectionRefused;
        d.m_title = tr("The server is not running (connection refused)");
        d.m_explanation
            = tr("Nothing accepts connections at %1: the server is down, or the host or port is wrong.")
                  .arg(endpoint);
        d.m_fix = tr("Start the server, or correct the host and port in the source's URLs.");
        break;
    case TokenResponse::ErrorKind::HostNotFound:
        d.m_kind = Kind::HostNotFound;
        d.m_title = tr("The server's host name is unknown");
        d.m_explanation = tr("The host name of %1 does not resolve.").arg(endpoint);
        d.m_fix = tr("Check the spelling of the URL, and the DNS or proxy settings.");
        break;
    case TokenResponse::ErrorKind::NetworkError:
        d.m_kind = Kind::NetworkError;
        d.m_title = tr("The network request failed");
        d.m_explanation = tr("%1: %2").arg(endpoint, response.networkError);
        d.m_fix = tr("Check the connection to the server and retry.");
        break;
    case TokenResponse::ErrorKind::Aborted:
        d.m_kind = Kind::Aborted;
        d.m_title = tr("Cancelled");
        d.m_explanation = tr("The request was cancelled before it finished.");
        break;
    case TokenResponse::ErrorKind::TooLarge:
        d.m_kind = Kind::TooLarge;
        d.m_title = tr("The answer is far too large for a token response");
        d.m_explanation = tr("%1 sent more than %2 KiB.").arg(endpoint).arg(1024);
        d.m_fix = tr("Check the access token URL: a token endpoint answers a few hundred bytes.");
        break;
    case TokenResponse::ErrorKind::Redirected:
        d.m_kind = Kind::Redirected;
        d.m_title = tr("The token endpoint redirected (HTTP %1)").arg(response.httpStatus);
        d.m_explanation
            = tr("%1 redirected to %2. Linkdeck does not follow redirects with client credentials.")
                  .arg(endpoint, response.redirectLocation);
        d.m_fix = tr("Use the final URL as the endpoint (often http → https, or a trailing slash).");
        break;
    case TokenResponse::ErrorKind::HttpError:
        if (response.httpStatus >= 500) {
            d.m_kind = Kind::ServerError;
            d.m_title = tr("The server failed (HTTP %1)").arg(response.httpStatus);
            d.m_explanation = tr("%1 answered HTTP %2: a problem on the server's side.")
                                  .arg(endpoint)
                                  .arg(response.httpStatus);
            d.m_fix
                = tr("Retry later; if it persists, report it to the provider with the time of the request.");
        } else {
            d.m_kind = Kind::HttpError;
            d.m_title = tr("The server refused the request (HTTP %1)").arg(response.httpStatus);
            d.m_explanation
                = tr("%1 answered HTTP %2 without an OAuth error.").arg(endpoint).arg(response.httpStatus);
            if (response.httpStatus == 404 || response.httpStatus == 405)
                d.m_fix = tr("Check the endpoint URL: the server has no token endpoint there.");
            else if (response.httpStatus == 401 || response.httpStatus == 403)
                d.m_fix
                    = tr("Check the client ID and secret, and the source's client authentication (basic or "
                         "body).");
            else
                d.m_fix = tr("Compare the request with the provider's documentation.");
        }
        break;
    case TokenResponse::ErrorKind::NotJson: {
        d.m_kind = Kind::NotJson;
        d.m_title = tr("The token response is not JSON");
        const QString type = response.contentType.isEmpty() ? tr("no content type") : response.contentType;
        d.m_explanation = tr("%1 answered HTTP %2 with %3 (%4 bytes) instead of a JSON object.")
                              .arg(endpoint)
                              .arg(response.httpStatus)
                              .arg(type)
                              .arg(response.rawBody.size());
        const bool html = response.contentType.contains(QLatin1String("html"), Qt::CaseInsensitive)
            || response.rawBody.trimmed().startsWith('<');
        if (html) {
            const QString title = htmlTitle(response.rawBody);
            d.m_explanation += QLatin1Char(' ')
                + (title.isEmpty() ? tr("It is an HTML page.")
                                   : tr("It is an HTML page titled \"%1\".").arg(title));
            d.m_fix = tr(
                "Check the access token URL: an HTML answer usually comes from a login or error page, or "
                "from a proxy in front of the real endpoint.");
        } else if (response.contentType.contains(
                       QLatin1String("x-www-form-urlencoded"), Qt::CaseInsensitive)) {
            d.m_fix = tr("The provider answers form-encoded tokens although JSON was asked for (Accept: "
                         "application/json); check its documentation for a JSON option.");
        } else {
            d.m_fix
                = tr("Check the access token URL and the provider's documentation of its token response.");
        }
        break;
    }
    case TokenResponse::ErrorKind::MissingAccessToken: {
        d.m_kind = Kind::MissingAccessToken;
        d.m_title = tr("The token response has no access_token");
        const QStringList fields = response.json.keys();
        d.m_explanation = fields.isEmpty() ? tr("%1 answered an empty JSON object.").arg(endpoint)
                                           : tr("%1 answered JSON with the fields %2, but no access_token.")
                                                 .arg(endpoint, fields.join(QLatin1String(", ")));
        d.m_fix = tr(
            "Check that the URL is the token endpoint and not another API; if the provider nests its tokens, "
            "compare with its documentation.");
        break;
    }
    }
    qCDebug(lcOAuthDiagnosis) << "diagnosis:" << kindName(d.kind());
    return d;
}

OAuthDiagnosis OAuthDiagnosis::fromCallback(const CallbackResult &callback, const Context &context)
{
    switch (callback.kind) {
    case CallbackResult::Kind::Code:
        return {};
    case CallbackResult::Kind::Error:
        return fromOAuthError(
            Stage::Authorization, callback.error, callback.errorDescription, nullptr, context);
    case CallbackResult::Kind::StateMismatch: {
        OAuthDiagnosis d;
        d.m_kind = Kind::StateMismatch;
        d.m_stage = Stage::Authorization;
        d.m_serverError = callback.error;
        d.m_serverErrorDescription = callback.errorDescription;
        d.m_title = tr("The state does not match");
        d.m_explanation = callback.state.isEmpty()
            ? tr(
                "The callback carried no state, so it cannot be tied to this authorization request. Its code "
                "was not exchanged.")
            : tr("The callback's state is not the one sent: it belongs to another attempt, or it was forged. "
                 "Its "
                 "code was not exchanged.");
        d.m_fix = tr(
            "Start the flow again from Linkdeck and finish one authorization before starting another. If "
            "the provider drops the state, report it: it is required for protection against forgery.");
        return d;
    }
    case CallbackResult::Kind::Empty:
        break;
    }
    OAuthDiagnosis d;
    d.m_kind = Kind::NoCode;
    d.m_stage = Stage::Authorization;
    d.m_title = tr("The redirect carried no code");
    d.m_explanation
        = tr("The provider redirected back without a code or an error, in the query or the fragment.");
    d.m_fix
        = tr("Check that the authorization URL asks for response_type=code, and that nothing rewrites the "
             "redirect URI on the way back.");
    return d;
}

OAuthDiagnosis OAuthDiagnosis::fromAuthorizationPage(
    int httpStatus, const QByteArray &html, const Context &context)
{
    const QString text = pageText(html.left(256 * 1024));
    static const QRegularExpression errorLine(QStringLiteral("\\berror\\s*[:=]\\s*\"?([a-z_]{3,64})"));
    static const QRegularExpression descriptionLine(
        QStringLiteral("\\berror_description\\s*[:=]\\s*\"?([^\"\\n]{1,300})"));
    static const QRegularExpression knownCode(QStringLiteral(
        "\\b(redirect_uri_mismatch|invalid_redirect_uri|invalid_client|invalid_scope|unauthorized_client|"
        "unsupported_response_type|access_denied|invalid_request|server_error|temporarily_unavailable)\\b"));
    // Every registered OAuth error code has an underscore; "Error: Something" is prose.
    QString error = errorLine.match(text).captured(1);
    if (!error.contains(QLatin1Char('_')))
        error.clear();
    if (error.isEmpty())
        error = knownCode.match(text).captured(1);
    const QString description = descriptionLine.match(text).captured(1).trimmed();

    OAuthDiagnosis d;
    if (!error.isEmpty() || mentionsRedirectUri(description)) {
        d = fromOAuthError(Stage::Authorization, error, description, nullptr, context);
    } else {
        d.m_kind = Kind::ErrorPage;
        d.m_stage = Stage::Authorization;
        const QString title = htmlTitle(html);
        d.m_title = tr("The provider showed an error page");
        d.m_explanation = title.isEmpty()
            ? tr("Instead of redirecting back, the provider showed a page (HTTP %1).").arg(httpStatus)
            : tr("Instead of redirecting back, the provider showed the page \"%1\" (HTTP %2).")
                  .arg(title)
                  .arg(httpStatus);
        d.m_fix = tr("Read the page in the timeline; an unknown client ID or an unregistered redirect URI is "
                     "the usual "
                     "cause.");
    }
    d.m_httpStatus = httpStatus;
    return d;
}

OAuthDiagnosis OAuthDiagnosis::fromOAuth1(
    Stage stage, const OAuth1Client::Result &result, OAuth1Signer::Method method)
{
    if (result.ok)
        return {};
    if (result.transport != TokenResponse::ErrorKind::None) {
        // No answer: the same words as for an OAuth 2.0 endpoint.
        TokenResponse response;
        response.errorKind = result.transport;
        response.url = result.url;
        response.networkError = result.networkError;
        OAuthDiagnosis d = fromTokenResponse(response);
        d.m_stage = stage;
        return d;
    }
    OAuthDiagnosis d;
    d.m_stage = stage;
    d.m_httpStatus = result.httpStatus;
    // oauthlib answers "error=…"; others the Problem Reporting extension's "oauth_problem=…".
    const QUrlQuery form(QString::fromUtf8(result.body.left(4096)));
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).left(300);
    };
    d.m_serverError = field("oauth_problem");
    d.m_serverErrorDescription = field("oauth_problem_advice");
    if (d.m_serverError.isEmpty()) {
        d.m_serverError = field("error");
        d.m_serverErrorDescription = field("error_description");
    }
    const QString endpoint = where(result.url);
    const QString signature = OAuth1Signer::methodName(method);
    const auto withSaid = [&d](const QString &text) {
        const QString said = d.serverSaid();
        return said.isEmpty() ? text : text + QLatin1Char(' ') + said;
    };
    if (d.m_serverError.contains(QLatin1String("signature_method"))) {
        d.m_kind = Kind::SignatureMethodUnsupported;
        d.m_title = tr("The provider does not accept %1 signatures").arg(signature);
        d.m_explanation = withSaid(tr("%1 refused a request signed with %2.").arg(endpoint, signature));
        d.m_fix = tr("Sign with the method the provider documents (HMAC-SHA1 or HMAC-SHA256).");
    } else if (result.httpStatus == 401 || d.m_serverError.contains(QLatin1String("signature"))
        || d.m_serverError.contains(QLatin1String("consumer_key"))
        || d.m_serverError == QLatin1String("invalid_client")) {
        d.m_kind = Kind::InvalidClient;
        d.m_title = tr("The provider refused the signed request (HTTP %1)").arg(result.httpStatus);
        const QString with = stage == Stage::Authorization ? tr("the consumer key and secret")
            : stage == Stage::CodeExchange ? tr("the consumer key and secret and the request token")
                                           : tr("the consumer key and secret and the access token");
        d.m_explanation
            = withSaid(tr("Linkdeck signed the request to %1 with %2, using %3; the provider rejected "
                          "the signature or a key in it.")
                           .arg(endpoint, signature, with));
        d.m_fix
            = tr("Check the consumer key and secret (a stray space is a common cause) and that the provider "
                 "expects %1 signatures; a clock far off also makes providers refuse the timestamp.")
                  .arg(signature);
    } else if (result.httpStatus >= 500) {
        d.m_kind = Kind::ServerError;
        d.m_title = tr("The server failed (HTTP %1)").arg(result.httpStatus);
        d.m_explanation = withSaid(
            tr("%1 answered HTTP %2: a problem on the server's side.").arg(endpoint).arg(result.httpStatus));
        d.m_fix = tr("Retry later; if it persists, report it to the provider with the time of the request.");
    } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
        d.m_kind = Kind::MissingAccessToken;
        d.m_title = tr("The token response has no oauth_token");
        d.m_explanation = tr("%1 answered HTTP %2 without oauth_token and oauth_token_secret.")
                              .arg(endpoint)
                              .arg(result.httpStatus);
        d.m_fix = tr("Check the source's request token and access token URLs.");
    } else {
        d.m_kind = Kind::HttpError;
        d.m_title = tr("The server refused the request (HTTP %1)").arg(result.httpStatus);
        d.m_explanation = withSaid(tr("%1 answered HTTP %2.").arg(endpoint).arg(result.httpStatus));
        d.m_fix = result.httpStatus == 404 || result.httpStatus == 405
            ? tr("Check the URL: the provider has no such endpoint.")
            : tr("Compare the request with the provider's documentation.");
    }
    qCDebug(lcOAuthDiagnosis) << "OAuth 1.0a diagnosis:" << kindName(d.kind());
    return d;
}
