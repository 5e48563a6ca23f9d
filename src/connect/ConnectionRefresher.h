#pragma once

#include "Application.h"
#include "UserConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

class ConnectContext;
class QObject;
struct TokenResponse;

/// Refreshes a stored connection now: its sealed refresh token goes to
/// the source's refresh (or access token) URL with the application's or
/// the source's client credentials (TokenClient::refresh); the new tokens
/// are sealed in its place, and a "refresh" event (or "refresh.failed")
/// is appended with the redacted HTTP exchange. A refused grant marks the
/// connection as needing re-authorization.
class ConnectionRefresher
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionRefresher)

public:
    struct Outcome
    {
        bool refreshed = false;
        bool rotated = false; ///< the provider issued a new refresh token
        QDateTime expiresAt; ///< of the new access token; invalid where not given
        QString message; ///< what happened, for people
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit ConnectionRefresher(ConnectContext &context);

    /// Refreshes @p connection of @p application; answers on @p receiver,
    /// always asynchronously. @p eventDetail (who asked, …) goes into the
    /// event; it must hold no secret.
    void refresh(const Application &application, const UserConnection &connection, QObject *receiver,
        Callback done, const QJsonObject &eventDetail = {});

    /// Stores the provider's @p response to a refresh of @p connection that
    /// was made elsewhere (the Tests page's "Refresh now" on a test run's
    /// connection) as refresh() stores its own: the new tokens sealed over
    /// the old ones and a "refresh" event, or the failure with a
    /// "refresh.failed" event. @p exchanges are the HTTP exchanges made,
    /// each from ConnectionSecrets::recordedExchange(). Synchronous.
    Outcome record(const Application &application, const UserConnection &connection,
        const TokenResponse &response, const QJsonArray &exchanges, const QJsonObject &eventDetail = {});

private:
    ConnectContext &m_context;
};
