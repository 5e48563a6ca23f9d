#pragma once

#include "ConnectEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// A connection's history in plain words: what each event was, a line of
/// its details, and the HTTP exchanges recorded with it (already redacted
/// when they were stored).
class ConnectionEventText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionEventText)

public:
    /// "Authorized", "Token refreshed", "Webhook sent", …; the kind itself where unknown.
    static QString title(const QString &kind);
    /// One line of what the detail says: who, HTTP status, errors.
    static QString summary(const ConnectEvent &event);
    /// True where the event carries recorded HTTP exchanges.
    static bool hasExchanges(const ConnectEvent &event);
    /// The recorded exchanges as text: request line, headers and body, then the answer.
    static QString exchanges(const ConnectEvent &event);
    /// One HAR entry as that text.
    static QString exchange(const QJsonObject &harEntry);
};
