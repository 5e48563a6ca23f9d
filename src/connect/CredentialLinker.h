#pragma once

#include "ApiError.h"
#include "Application.h"
#include "IntegrationSource.h"
#include "LinkOrigin.h"
#include "UserConnection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

class ConnectContext;
class QObject;

/// Links a password or e-mail source: checks the user's credentials
/// against the source's login endpoint (its auth URL) and, where it
/// accepts them, stores the connection through ConnectionRecorder. A
/// source without a login endpoint is linked unverified. Passwords are
/// sent to the provider only, never stored or logged.
class CredentialLinker
{
    Q_DECLARE_TR_FUNCTIONS(CredentialLinker)

public:
    struct Outcome
    {
        std::optional<UserConnection> connection;
        bool verified = false; ///< the provider's login endpoint accepted the credentials
        ApiError error;
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit CredentialLinker(ConnectContext &context);

    /// Sends @p credentials to the source's login endpoint; keeps @p kept
    /// (what may be sealed with the connection: a username or an e-mail
    /// address) and the endpoint's answer. Answers on @p receiver.
    void link(const Application &application, const IntegrationSource &source, const QJsonObject &credentials,
        const QJsonObject &kept, const LinkOrigin &origin, QObject *receiver, Callback done);

private:
    ConnectContext &m_context;
};
