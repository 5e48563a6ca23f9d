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
};
