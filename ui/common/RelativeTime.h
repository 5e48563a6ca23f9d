#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// Times said the way support staff read them: "expires in 3 hours",
/// "expired 2 days ago", "5 minutes ago".
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    /// The state of a token that expires at @p expiresAt, seen at @p now;
    /// "no expiry" for an invalid @p expiresAt.
    static QString expiry(const QDateTime &expiresAt, const QDateTime &now);
    /// How long before @p now @p at was ("3 hours ago"), or after it ("in 3 hours").
    static QString since(const QDateTime &at, const QDateTime &now);
};
