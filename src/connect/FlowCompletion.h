#pragma once

#include "Application.h"
#include "ConnectExchange.h"
#include "IntegrationSource.h"
#include "LinkOrigin.h"
#include "OAuthState.h"
#include "UserConnection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

class ConnectContext;

/// The end of a provider flow that came back to /callback/{source}: on
/// success the connection is stored (ConnectionRecorder: tokens sealed,
/// the "auth" event and webhook) and the user is sent to the success URL
/// with user_id, resource and reference_id appended; on failure only an
/// "auth.failed" event is stored, the "auth_failure" webhook is sent and
/// the user goes to the failure URL with error and reason appended.
///
/// Where the user goes depends on how the flow started (OAuthState::flow):
/// a widget session's redirect URLs (without them, back to the widget page
/// with result=success|failure); a link token's (without them, a result
/// page here); or, for a direct connection URL, /connect/result with
/// connected=true|false.
class FlowCompletion
{
    Q_DECLARE_TR_FUNCTIONS(FlowCompletion)

public:
    FlowCompletion(ConnectContext &context, const OAuthState &state, const Application &application);

    /// Stores @p connection with @p secrets sealed and sends the user on.
    /// @p eventDetail goes into the "auth" event and must hold no secret.
    void succeed(const ExchangePtr &exchange, const IntegrationSource &source, UserConnection connection,
        const QJsonObject &secrets, const QJsonObject &eventDetail);
    /// @p error is a short code ("access_denied", "token_exchange_failed");
    /// @p reason one sentence for people. Neither may hold a secret.
    void fail(const ExchangePtr &exchange, const QString &error, const QString &reason,
        const QJsonObject &eventDetail = {});

    /// The user the connection is for: the one the flow started for, else
    /// an id made from the authorization.
    QString userId() const { return m_userId; }
    /// Where the flow started, as ConnectionRecorder wants it.
    LinkOrigin origin() const;

    /// The body of the "auth_failure" webhook.
    static QJsonObject failurePayload(const QString &userId, const QString &referenceId,
        const QString &sourceKey, const QString &error, const QString &reason, const QDateTime &at);

private:
    /// Where to send the user, or an invalid URL for a page here.
    QUrl target(bool success, const QList<QPair<QString, QString>> &parameters) const;
    QString sourceName() const;

    ConnectContext &m_context;
    OAuthState m_state;
    Application m_application;
    QString m_userId;
};
