#pragma once

#include "ApiError.h"
#include "Application.h"
#include "IntegrationSource.h"
#include "LinkOrigin.h"

#include <QCoreApplication>
#include <QUrl>
#include <functional>

class ConnectContext;
class QObject;

/// Starts the authorization of an OAuth source, of either kind, and says
/// where to send the user. OAuth 2.0 goes through AuthorizationStarter.
/// OAuth 1.0a first gets a request token (OAuth1Client, signed with the
/// client credentials, the callback being /callback/{source}); the
/// authorization is then stored under the hash of the request token, with
/// the request token's secret sealed, for the callback to find by the
/// oauth_token the provider sends back.
///
/// The widget's routes, the link-token API and the direct connection URLs
/// all start here.
class OAuthStarter
{
    Q_DECLARE_TR_FUNCTIONS(OAuthStarter)

public:
    /// @p url is the provider's authorization page; invalid with @p error set on failure.
    using Callback = std::function<void(const QUrl &url, const ApiError &error)>;

    explicit OAuthStarter(ConnectContext &context);

    /// Answers on @p receiver, always asynchronously.
    void start(const Application &application, const IntegrationSource &source, const LinkOrigin &origin,
        QObject *receiver, Callback done);

private:
    ConnectContext &m_context;
};
