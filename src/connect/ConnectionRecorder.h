#pragma once

#include "Application.h"
#include "LinkOrigin.h"
#include "StoreResult.h"
#include "UserConnection.h"

#include <QCoreApplication>
#include <QJsonObject>

class ConnectContext;

/// The one way a new or renewed connection is stored: its secrets sealed,
/// the connection and its "auth" event in one transaction, the origin's
/// widget session marked completed, and then the "auth" webhook sent.
class ConnectionRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionRecorder)

public:
    explicit ConnectionRecorder(ConnectContext &context);

    /// Seals @p secrets (tokens, the provider's answer; never a password)
    /// into @p connection and stores it. @p eventDetail is added to the
    /// "auth" event; it must hold no secret.
    StoreResult record(const Application &application, UserConnection *connection, const QJsonObject &secrets,
        const LinkOrigin &origin, const QJsonObject &eventDetail = {});

    /// The body of the "auth" webhook for @p connection.
    static QJsonObject authPayload(const UserConnection &connection);

private:
    ConnectContext &m_context;
};
