#pragma once

#include "StatusAccent.h"
#include "UserConnection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// How a connection's status reads in the console, and its accent colour.
class ConnectionStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStatusText)

public:
    /// Every status, in the order the filter lists them.
    static QList<UserConnection::Status> all();
    /// "Active", "Needs re-authorization", …
    static QString title(UserConnection::Status status);
    /// Active reads fine, expired and needing re-authorization as warnings,
    /// revoked and error as errors.
    static StatusAccent::Kind accent(UserConnection::Status status);
};
