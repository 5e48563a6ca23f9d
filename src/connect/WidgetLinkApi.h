#pragma once

#include "ConnectExchange.h"

#include <QCoreApplication>

class ConnectContext;

/// What the connect widget does when its user picks a source, all posted
/// as JSON with the source's key in "source":
///
/// - `POST /widget/{session}/oauth` starts an OAuth authorization with
///   the session as its origin and answers {oauth_url};
/// - `POST /widget/{session}/credentials` ("username" and "password", or
///   "email") checks them with the provider and stores the connection,
///   answering {success, provider, user_id, redirect_url}; wrong ones give
///   400 INVALID_CREDENTIALS, and a session takes MaxFailedAttempts;
/// - `POST /widget/{session}/sdk` notes that an SDK source was chosen and
///   answers {success, provider, user_id, redirect_url}: its data comes
///   from the app on the user's device, not through the service.
///
/// redirect_url is the session's success URL with user_id, resource and
/// reference_id, or empty where it has none (or is a popup).
class WidgetLinkApi
{
    Q_DECLARE_TR_FUNCTIONS(WidgetLinkApi)

public:
    static constexpr int MaxFailedAttempts = 10;

    explicit WidgetLinkApi(ConnectContext &context);

    void startOAuth(const ExchangePtr &exchange, const QString &sessionId);
    void linkCredentials(const ExchangePtr &exchange, const QString &sessionId);
    void chooseSdk(const ExchangePtr &exchange, const QString &sessionId);

private:
    ConnectContext &m_context;
};
