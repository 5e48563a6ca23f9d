#pragma once

#include "ApiError.h"
#include "Application.h"
#include "UserConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

class ConnectContext;
class QObject;

/// Ends a user's connection: revokes its token at the provider where the
/// source has a revoke URL (RFC 7009, the refresh token where there is
/// one, else the access token, with the application's or the source's
/// client credentials), then deletes the sealed tokens, sets the status to
/// revoked, appends a "deauth" event and sends the "deauth" webhook.
///
/// The connection is revoked here even when the provider cannot be
/// reached or refuses: the user asked to disconnect, and the service no
/// longer holds a token either way. The event and lastError say so.
class ConnectionRevoker
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionRevoker)

public:
    struct Outcome
    {
        bool revoked = false; ///< the connection is revoked here
        bool providerRevoked = false; ///< and the provider confirmed the revocation
        QString providerError; ///< why the provider did not, for people
        ApiError error; ///< why nothing was revoked
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit ConnectionRevoker(ConnectContext &context);

    /// Revokes @p connection of @p application; answers on @p receiver,
    /// always asynchronously. @p sessionId (if any) goes into the event, and
    /// so does @p eventDetail (who asked, …; no secret); the provider's
    /// redacted HTTP exchange is kept in the event too.
    void revoke(const Application &application, const UserConnection &connection, QObject *receiver,
        Callback done, const QString &sessionId = {}, const QJsonObject &eventDetail = {});

    /// Revokes @p connection here, as revoke() does once the provider has
    /// answered, for a token revoked at the provider elsewhere (the Tests
    /// page's "Revoke now" on a test run's connection): tokens deleted,
    /// status revoked, the "deauth" event (with @p exchanges, each from
    /// ConnectionSecrets::recordedExchange()) and the "deauth" webhook.
    /// Synchronous; the webhook goes out through the context.
    Outcome revokeHere(const Application &application, const UserConnection &connection, bool providerRevoked,
        const QString &providerError, const QJsonArray &exchanges, const QJsonObject &eventDetail = {},
        const QString &sessionId = {});

    /// The body of the "deauth" webhook.
    static QJsonObject deauthPayload(const UserConnection &connection, bool providerRevoked);

private:
    ConnectContext &m_context;
};
