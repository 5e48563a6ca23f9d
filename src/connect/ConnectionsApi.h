#pragma once

#include "Application.h"
#include "ConnectExchange.h"

#include <QCoreApplication>

class ConnectContext;

/// `GET /v1/connections[?user_id=…]`: an application's own connections,
/// never another's, and never their tokens.
class ConnectionsApi
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionsApi)

public:
    explicit ConnectionsApi(ConnectContext &context);

    void list(const ExchangePtr &exchange, const Application &application);

private:
    ConnectContext &m_context;
};
