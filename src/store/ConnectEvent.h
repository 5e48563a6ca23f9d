#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/// One entry of the event log: what happened to a connection, a widget
/// session or an application. The detail never holds a token or secret.
struct ConnectEvent
{
    qint64 id = 0;
    qint64 applicationId = 0; ///< 0: none
    QString connectionId; ///< empty: none
    QString sessionId; ///< empty: none
    QString kind; ///< "session.created", "auth", "webhook.attempt", …
    QJsonObject detail;
    QDateTime at;
};
