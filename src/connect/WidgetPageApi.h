#pragma once

#include "ConnectExchange.h"

#include <QCoreApplication>

class ConnectContext;

/// What the connect widget's browser page reads: the page itself
/// (`GET /widget/{session}`), its files (`GET /widget/assets/{file}`),
/// what it shows (`GET /widget/{session}/view`) and the sources' logos
/// (`GET /widget/{session}/logo?source=KEY`).
class WidgetPageApi
{
    Q_DECLARE_TR_FUNCTIONS(WidgetPageApi)

public:
    explicit WidgetPageApi(ConnectContext &context);

    /// The page; 404 (with the same page, which then says the link is no
    /// longer valid) for an unknown or expired session.
    void page(const ExchangePtr &exchange, const QString &sessionId);
    void asset(const ExchangePtr &exchange, const QString &name);
    /// {session_id, application, language, state, expires_at, mode
    /// ("session" or "popup"), providers [{key, name, auth_type,
    /// description, logo}], exit_url, opener_origin}.
    void view(const ExchangePtr &exchange, const QString &sessionId);
    void logo(const ExchangePtr &exchange, const QString &sessionId);

private:
    ConnectContext &m_context;
};
