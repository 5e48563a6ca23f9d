#include "OAuthStarter.h"

#include "AuthorizationStarter.h"
#include "ClientCredentialReader.h"
#include "ConnectContext.h"
#include "OAuth1Client.h"
#include "PendingAuthorization.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcOAuthStarter, "linkdeck.connect.start")

namespace {

// Stores the OAuth 1.0a authorization under way and returns the page to
// send the user to; invalid with @p error set where it cannot.
QUrl storeOAuth1(ConnectContext &context, const Application &application, const IntegrationSource &source,
    const LinkOrigin &origin, const QString &callback, const OAuth1Client::Result &token, ApiError *error)
{
    const QUrl url = OAuth1Client::authorizationUrl(source, token.token);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = ApiError::invalidProvider(
            OAuthStarter::tr("\"%1\" has no usable authorization URL.").arg(source.key));
        return {};
    }
    if (!PendingAuthorization::store(context, application, source, origin, token.token, callback,
            token.tokenSecret.toUtf8(),
            QJsonObject { { QStringLiteral("oauth"), QStringLiteral("1.0a") },
                { QStringLiteral("via"), origin.flow() } },
            error))
        return {};
    return url;
}

} // namespace

OAuthStarter::OAuthStarter(ConnectContext &context)
    : m_context(context)
{ }

void OAuthStarter::start(const Application &application, const IntegrationSource &source,
    const LinkOrigin &origin, QObject *receiver, Callback done)
{
    if (source.authType != IntegrationSource::AuthType::OAuth1) {
        ApiError error;
        const QUrl url = AuthorizationStarter(m_context).start(application, source, origin, &error);
        QMetaObject::invokeMethod(
            receiver, [done, url, error]() { done(url, error); }, Qt::QueuedConnection);
        return;
    }
    if (source.requestTokenUrl.trimmed().isEmpty()) {
        const ApiError error
            = ApiError::invalidProvider(tr("\"%1\" has no request token URL.").arg(source.key));
        QMetaObject::invokeMethod(
            receiver, [done, error]() { done({}, error); }, Qt::QueuedConnection);
        return;
    }
    QPointer<ConnectContext> context(&m_context);
    QPointer<QObject> guard(receiver);
    ClientCredentialReader::read(*m_context.secrets(), application, source, receiver,
        [context, guard, application, source, origin, done](
            const std::optional<OAuthCredentials> &credentials, const ApiError &error) {
            if (!credentials)
                return done({}, error);
            if (!context)
                return done({}, ApiError::internal(tr("The service stopped.")));
            // One client per request token, deleted with its answer (or with the service).
            auto *client = new OAuth1Client(context->network(), context.data());
            client->setTransferTimeout(int(context->settings().providerTimeout.count()));
            const QString callback = context->endpointText(AuthorizationStarter::callbackPath(source.key));
            const int id = client->requestToken(source, *credentials, QUrl(callback, QUrl::StrictMode));
            QObject::connect(client, &OAuth1Client::finished, client,
                [context, guard, client, id, application, source, origin, callback, done](
                    int finished, const OAuth1Client::Result &result) {
                    if (finished != id)
                        return;
                    client->deleteLater();
                    if (!guard || !context)
                        return;
                    if (!result.ok) {
                        qCInfo(lcOAuthStarter)
                            << "no request token from" << source.key << "HTTP" << result.httpStatus;
                        return done({},
                            ApiError::providerUnavailable(tr("%1 did not give a request token: %2")
                                                              .arg(source.displayName, result.error)));
                    }
                    ApiError stored;
                    const QUrl url
                        = storeOAuth1(*context, application, source, origin, callback, result, &stored);
                    if (url.isValid())
                        qCInfo(lcOAuthStarter) << "OAuth 1.0a authorization of" << source.key
                                               << "started for application" << application.clientId;
                    done(url, stored);
                });
        });
}
