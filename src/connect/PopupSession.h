#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <optional>

class Workspace;

/// What makes a widget session a Connect popup (opened at
/// `/connect?clientId=…&clientUserId=…`): the application's user it is
/// for, the origin of the page that opened it (where the special token
/// may be posted) and the registered URL to send the token to where
/// there is no opener. Kept in the session's "session.created" event.
class PopupSession
{
public:
    QString clientUserId;
    QString openerOrigin; ///< "https://app.example"
    QString redirectUrl; ///< one of the application's redirect URLs

    /// The fields to add to the "session.created" event.
    QJsonObject toDetail() const;
    static std::optional<PopupSession> fromDetail(const QJsonObject &detail);
    /// The popup of session @p sessionId; nothing for any other session.
    static std::optional<PopupSession> find(Workspace &workspace, const QString &sessionId);

    /// "scheme://host[:port]" of @p url as browsers write origins; empty
    /// for a URL that has none (no scheme or host).
    static QString originOf(const QUrl &url);
};
