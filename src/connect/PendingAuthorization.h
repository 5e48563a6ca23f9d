#pragma once

#include "ApiError.h"
#include "Application.h"
#include "IntegrationSource.h"
#include "LinkOrigin.h"

#include <QCoreApplication>
#include <QJsonObject>

class ConnectContext;

/// Records an authorization that has been sent to a provider, for the
/// callback to find: the state (OAuth 2.0) or request token (OAuth 1.0a)
/// by its hash, the secret it needs later sealed (the PKCE verifier, or the
/// request token's secret), and an "oauth.started" event, in one transaction.
class PendingAuthorization
{
    Q_DECLARE_TR_FUNCTIONS(PendingAuthorization)

public:
    /// @p key is the state or request token; @p secret may be empty (no PKCE).
    /// @p detail is added to the event. False with @p error set on failure.
    static bool store(ConnectContext &context, const Application &application,
        const IntegrationSource &source, const LinkOrigin &origin, const QString &key,
        const QString &redirectUri, const QByteArray &secret, const QJsonObject &detail, ApiError *error);
};
