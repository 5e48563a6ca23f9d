#pragma once

#include "Application.h"
#include "ConnectExchange.h"

#include <QCoreApplication>

class ConnectContext;

/// `GET /v1/connections[?user_id=…]`: an application's own connections,
/// never another's, and never their tokens. With "Authorization: Bearer
/// <user access token>" (from POST /v1/auth/token) instead of HTTP Basic:
/// the connections of that token's user only.
class ConnectionsApi
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionsApi)

public:
    explicit ConnectionsApi(ConnectContext &context);

    void list(const ExchangePtr &exchange, const Application &application);
    /// The same for the user of the request's user access token (AuthTokenApi).
    void listForBearer(const ExchangePtr &exchange);

private:
    void respond(const ExchangePtr &exchange, const Application &application, const QString &userId);

    ConnectContext &m_context;
};
