#pragma once

#include "IntegrationSource.h"

#include <QJsonObject>
#include <QString>

/// The client and the source that QA's tests use against OidcServer.
class OidcFixture
{
public:
    /// Where the provider sends the user back; nothing listens there.
    static QString redirectUri();
    /// A confidential client (client_secret_basic) allowed to refresh.
    static QJsonObject client(const QString &id, const QString &secret);
    /// An OAuth 2.0 source for the server at @p issuer, with a test API
    /// path, a revoke URL and offline access.
    static IntegrationSource source(const QString &issuer);
};
