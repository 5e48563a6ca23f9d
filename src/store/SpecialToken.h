#pragma once

#include <QDateTime>
#include <QString>

/// The single-use token the Connect popup hands its opener; the
/// developer's server exchanges it once. Only its SHA-256 is stored.
struct SpecialToken
{
    QString tokenHash;
    qint64 applicationId = 0;
    QString clientUserId;
    QString connectionId; ///< the connection made in the popup, if any
    QString detail; ///< JSON object with whatever else the exchange returns
    QDateTime createdAt;
    QDateTime usedAt; ///< invalid until exchanged
    QDateTime expiresAt;
};
