#pragma once

#include "ApiError.h"
#include "Application.h"
#include "ConnectExchange.h"
#include "IntegrationSource.h"
#include "LinkToken.h"

#include <QCoreApplication>
#include <optional>

class ConnectContext;

/// Direct connection URLs (Thryve style), for an application's own UI
/// that skips the widget. All three are plain GETs a browser opens:
///
/// - `GET /connect/direct?token=T&dataSource=S&redirect_uri=U` starts the
///   provider flow of source S for the user of link token T at once (302
///   to the provider's page). When it ends, the user lands on
///   /connect/result with connected=true|false.
/// - `GET /connect/revoke?token=T&dataSource=S&redirect_uri=U` revokes the
///   user's connection to S (ConnectionRevoker) and lands on
///   /connect/result with connected=false, which for a revoke means success.
/// - `GET /connect/result?connected=…[&client_id=C&redirect_uri=U]`
///   forwards to U with connected appended where U is one of application
///   C's redirect URLs; else it shows a small page.
///
/// redirect_uri is optional and must be one of the application's redirect
/// URLs exactly. Bad input answers a page with the typed error's status
/// and code (401 INVALID_REQUEST, 400 MISSING_LINK_TOKEN, INVALID_PROVIDER,
/// INVALID_REDIRECT_URL); nothing is stored then.
class DirectConnectApi
{
    Q_DECLARE_TR_FUNCTIONS(DirectConnectApi)

public:
    explicit DirectConnectApi(ConnectContext &context);

    void connectSource(const ExchangePtr &exchange);
    void revokeSource(const ExchangePtr &exchange);
    void showResult(const ExchangePtr &exchange);

    /// The result page's URL for a flow of @p application that ends with @p connected.
    static QUrl resultUrl(ConnectContext &context, const Application &application, const QString &sourceKey,
        bool connected, const QString &redirectUri);

private:
    struct Resolved
    {
        LinkToken token;
        Application application;
        IntegrationSource source;
        QString redirectUri;
    };
    /// The link token, its application, the source and the redirect URI of
    /// the query; else nothing, with the exchange answered.
    std::optional<Resolved> resolve(const ExchangePtr &exchange);

    ConnectContext &m_context;
};
