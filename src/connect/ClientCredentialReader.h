#pragma once

#include "ApiError.h"
#include "Application.h"
#include "IntegrationSource.h"
#include "OAuthCredentials.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class QObject;
class SecretStore;

/// The client credentials the service uses with a source on behalf of an
/// application: the application's own client ID for that source where it
/// has one (its secret under SecretStore::applicationSourceOwner), else the
/// source's (its secret under SecretStore::sourceOwner). A
/// LINKDECK_SECRET_… environment variable wins over the keyring, as
/// SecretStore says. A secret that is not set makes a public client.
class ClientCredentialReader
{
    Q_DECLARE_TR_FUNCTIONS(ClientCredentialReader)

public:
    using Callback
        = std::function<void(const std::optional<OAuthCredentials> &credentials, const ApiError &error)>;

    /// Reads the credentials from @p secrets; answers on @p receiver, always
    /// asynchronously. No client ID at all is INVALID_PROVIDER; a keyring that
    /// cannot be read where a secret is set is KEYRING_UNAVAILABLE.
    static void read(SecretStore &secrets, const Application &application, const IntegrationSource &source,
        QObject *receiver, Callback done);

    /// The keyring owner of the secret that goes with SourceAccess::clientIdFor().
    static QString secretOwner(const Application &application, const IntegrationSource &source);
};
