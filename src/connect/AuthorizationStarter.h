#pragma once

#include "ApiError.h"
#include "Application.h"
#include "IntegrationSource.h"
#include "LinkOrigin.h"

#include <QCoreApplication>
#include <QUrl>

class ConnectContext;

/// Starts an OAuth 2.0 authorization: picks the client ID, makes a random
/// state and, where the source uses PKCE, a verifier; stores them (the
/// state hashed, the verifier sealed) for the callback at
/// /callback/{source}, and builds the provider's authorization URL from the
/// source's full auth URL template.
class AuthorizationStarter
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationStarter)

public:
    explicit AuthorizationStarter(ConnectContext &context);

    /// The authorization URL to send the user to; an invalid URL with
    /// @p error set where the source cannot be started.
    QUrl start(const Application &application, const IntegrationSource &source, const LinkOrigin &origin,
        ApiError *error);

    /// The path of the callback of @p sourceKey: "/callback/<key>".
    static QString callbackPath(const QString &sourceKey);

private:
    ConnectContext &m_context;
};
