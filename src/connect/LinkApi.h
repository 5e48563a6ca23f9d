#pragma once

#include "Application.h"
#include "ConnectExchange.h"
#include "IntegrationSource.h"
#include "LinkToken.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

class ConnectContext;

/// The link-token API: `POST /v1/link/token` (an application, for one of
/// its users; optionally with its own "reference_id" for the user and the
/// "redirect_url" and "failure_redirect_url" the user goes to when an
/// OAuth flow ends, which must be on the application's list) and `POST
/// /v1/link/provider/{oauth|password|email}/{source}` (the user's page, holding the link token in the body as
/// "link_token" or in an X-Link-Token header).
class LinkApi
{
    Q_DECLARE_TR_FUNCTIONS(LinkApi)

public:
    explicit LinkApi(ConnectContext &context);

    void createToken(const ExchangePtr &exchange, const Application &application);
    void startOAuth(const ExchangePtr &exchange, const QString &sourceKey);
    void linkPassword(const ExchangePtr &exchange, const QString &sourceKey);
    void linkEmail(const ExchangePtr &exchange, const QString &sourceKey);

    /// 1 to 128 letters, digits and . _ : @ + -
    static bool isValidUserId(const QString &userId);
    static bool isPlausibleEmail(const QString &email);

private:
    struct Resolved
    {
        QJsonObject body;
        LinkToken token;
        Application application;
        IntegrationSource source;
    };
    /// The body, the valid link token, its application and the source, where
    /// the source may be linked with the token and is of type @p authType;
    /// else the exchange is answered with the typed error.
    std::optional<Resolved> resolve(
        const ExchangePtr &exchange, const QString &sourceKey, IntegrationSource::AuthType authType);
    void linkWithCredentials(const ExchangePtr &exchange, const Resolved &resolved,
        const QJsonObject &credentials, const QJsonObject &kept);

    ConnectContext &m_context;
};
