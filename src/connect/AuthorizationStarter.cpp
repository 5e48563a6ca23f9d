#include "AuthorizationStarter.h"

#include "AuthorizationRequest.h"
#include "ConnectContext.h"
#include "PendingAuthorization.h"
#include "SourceAccess.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuthorization, "linkdeck.connect.authorization")

AuthorizationStarter::AuthorizationStarter(ConnectContext &context)
    : m_context(context)
{ }

QString AuthorizationStarter::callbackPath(const QString &sourceKey)
{
    return QStringLiteral("/callback/") + QString::fromLatin1(QUrl::toPercentEncoding(sourceKey));
}

QUrl AuthorizationStarter::start(const Application &application, const IntegrationSource &source,
    const LinkOrigin &origin, ApiError *error)
{
    if (source.authType == IntegrationSource::AuthType::OAuth1) {
        // OAuth 1.0a needs a signed request-token call before the user can be
        // sent anywhere; that belongs with the OAuth 1.0a callback.
        *error = ApiError::invalidProvider(
            tr("\"%1\" uses OAuth 1.0a, which this service cannot start yet.").arg(source.key));
        return {};
    }
    if (source.authType != IntegrationSource::AuthType::OAuth2) {
        *error = ApiError::invalidProvider(tr("\"%1\" is not an OAuth provider.").arg(source.key));
        return {};
    }
    const QString clientId = SourceAccess::clientIdFor(application, source);
    if (clientId.isEmpty()) {
        *error = ApiError::invalidProvider(
            tr("\"%1\" needs a client ID: set one for the source or for this application.").arg(source.key));
        return {};
    }
    const QString redirectUri = m_context.endpointText(callbackPath(source.key));
    // The OAuth 2.0 engine builds the URL: the full auth URL template, a
    // fresh state and the source's PKCE method.
    const AuthorizationRequest request
        = AuthorizationRequest::create(source, OAuthCredentials { clientId, QString() }, redirectUri);
    if (!request.isValid()) {
        *error = ApiError::invalidProvider(
            tr("\"%1\" cannot be started: %2").arg(source.key, request.errorString()));
        return {};
    }
    const QString verifier = request.codeVerifier();
    const QUrl url = request.url();

    if (!PendingAuthorization::store(m_context, application, source, origin, request.state(), redirectUri,
            verifier.toLatin1(), QJsonObject { { QStringLiteral("pkce"), !verifier.isEmpty() } }, error))
        return {};
    qCInfo(lcAuthorization) << "authorization of" << source.key << "started for application"
                            << application.clientId;
    return url;
}
