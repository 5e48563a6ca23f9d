#pragma once

#include <QString>

/// Where a link attempt started: a widget session or a link token, for
/// which user. Carried from the start of a flow to the stored connection.
struct LinkOrigin
{
    QString sessionId; ///< the widget session, if any
    QString linkTokenHash; ///< the link token's hash, if any
    QString userId;
    QString referenceId;
    /// Where the user goes when the flow ends, for a link token's flow (a
    /// session's own URLs are read from the session); for a direct
    /// connection, successRedirectUrl is its redirect_uri.
    QString successRedirectUrl;
    QString failureRedirectUrl;
    bool direct = false; ///< a direct connection URL: ends on /connect/result

    /// "widget", "link" or "direct": how the flow ends (OAuthState::flow).
    QString flow() const
    {
        if (direct)
            return QStringLiteral("direct");
        return sessionId.isEmpty() ? QStringLiteral("link") : QStringLiteral("widget");
    }
};
