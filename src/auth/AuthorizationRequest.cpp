#include "AuthorizationRequest.h"

#include "AuthUrlTemplate.h"

#include <QLoggingCategory>
#include <QMap>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcAuthorizationRequest, "linkdeck.auth.oauth2.request")

namespace {

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
// QUrlQuery keeps '+' as it is, which garbles providers' error descriptions.
QMap<QString, QString> parseForm(const QString &text)
{
    QMap<QString, QString> values;
    const QStringList pairs = text.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        QString name = eq < 0 ? pair : pair.left(eq);
        QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        name.replace(QLatin1Char('+'), QLatin1Char(' '));
        value.replace(QLatin1Char('+'), QLatin1Char(' '));
        const QString key = QUrl::fromPercentEncoding(name.toUtf8());
        // The first occurrence wins: a duplicated parameter is not allowed to override.
        if (!values.contains(key))
            values.insert(key, QUrl::fromPercentEncoding(value.toUtf8()));
    }
    return values;
}

// Compares without an early exit, so timing says nothing about the state.
bool sameState(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return diff == 0;
}

} // namespace

AuthorizationRequest AuthorizationRequest::create(const IntegrationSource &source,
    const OAuthCredentials &credentials, const QString &redirectUri, const QStringList &extraScopes)
{
    return create(
        source, credentials, redirectUri, extraScopes, generateState(), Pkce::generate(source.pkce));
}

AuthorizationRequest AuthorizationRequest::create(const IntegrationSource &source,
    const OAuthCredentials &credentials, const QString &redirectUri, const QStringList &extraScopes,
    const QString &state, const Pkce &pkce)
{
    AuthorizationRequest request;
    request.m_state = state;
    request.m_pkce = pkce;
    request.m_redirectUri = redirectUri;
    request.m_clientId = credentials.clientId;
    for (const QString &scope : source.scopes + extraScopes) {
        const QString trimmed = scope.trimmed();
        if (!trimmed.isEmpty() && !request.m_scopes.contains(trimmed))
            request.m_scopes.append(trimmed);
    }
    request.m_scope = request.m_scopes.join(source.scopeSeparator);

    if (source.authType != IntegrationSource::AuthType::OAuth2) {
        request.m_error = tr("\"%1\" is not an OAuth 2.0 source.").arg(source.displayName);
        return request;
    }
    if (credentials.clientId.isEmpty()) {
        request.m_error
            = tr("No client ID: the source has none and no application's credentials were given.");
        return request;
    }
    if (redirectUri.isEmpty()) {
        request.m_error = tr("No redirect URI was given.");
        return request;
    }

    // The generated template follows the scopes and the PKCE method actually used.
    IntegrationSource effectiveSource = source;
    effectiveSource.scopes = request.m_scopes;
    effectiveSource.pkce = pkce.mode();
    const QString templ = AuthUrlTemplate::effective(effectiveSource);
    if (templ.isEmpty()) {
        request.m_error = tr("The source has no authorization URL.");
        return request;
    }

    QMap<QString, QString> values {
        { QStringLiteral("client_id"), credentials.clientId },
        { QStringLiteral("redirect_uri"), redirectUri },
        { QStringLiteral("scope"), request.m_scope },
        { QStringLiteral("state"), state },
    };
    if (pkce.isEnabled())
        values.insert(QStringLiteral("code_challenge"), pkce.challenge());
    QStringList unresolved;
    const QString resolved = AuthUrlTemplate::resolve(templ, values, &unresolved);
    if (unresolved.contains(QStringLiteral("code_challenge")) && !pkce.isEnabled()) {
        request.m_error = tr("The full auth URL asks for {code_challenge}, but PKCE is off for this source.");
        return request;
    }
    if (!unresolved.isEmpty()) {
        request.m_error = tr("The full auth URL has placeholders without a value: {%1}.")
                              .arg(unresolved.join(QStringLiteral("}, {")));
        return request;
    }
    const QUrl url(resolved, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        request.m_error = tr("The authorization URL is not valid: %1").arg(url.errorString());
        return request;
    }
    request.m_url = url;
    qCDebug(lcAuthorizationRequest) << "authorization request for" << source.key << "to"
                                    << url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)
                                    << "pkce:" << IntegrationSource::toString(pkce.mode());
    return request;
}

CallbackResult AuthorizationRequest::parseCallback(const QUrl &url, const QString &expectedState)
{
    CallbackResult result;
    result.url = url;
    QMap<QString, QString> values = parseForm(url.query(QUrl::FullyEncoded));
    const auto isOAuthAnswer = [](const QMap<QString, QString> &v) {
        return v.contains(QStringLiteral("code")) || v.contains(QStringLiteral("error"));
    };
    if (!isOAuthAnswer(values) && url.hasFragment()) {
        const QMap<QString, QString> fragment = parseForm(url.fragment(QUrl::FullyEncoded));
        if (isOAuthAnswer(fragment)) {
            values = fragment;
            result.fromFragment = true;
        }
    }
    result.code = values.value(QStringLiteral("code"));
    result.state = values.value(QStringLiteral("state"));
    result.error = values.value(QStringLiteral("error"));
    result.errorDescription = values.value(QStringLiteral("error_description"));
    result.errorUri = values.value(QStringLiteral("error_uri"));
    result.issuer = values.value(QStringLiteral("iss"));

    const bool stateMatches = !expectedState.isEmpty() && sameState(result.state, expectedState);
    if (!result.error.isEmpty())
        result.kind = (stateMatches || result.state.isEmpty()) ? CallbackResult::Kind::Error
                                                               : CallbackResult::Kind::StateMismatch;
    else if (!result.code.isEmpty())
        result.kind = stateMatches ? CallbackResult::Kind::Code : CallbackResult::Kind::StateMismatch;
    else
        result.kind = CallbackResult::Kind::Empty;
    return result;
}

QString AuthorizationRequest::generateState()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
