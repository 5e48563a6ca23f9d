#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/// One line of the audit log: who did what to which object, and when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString operatorName; ///< who, as the Settings' operator name says
    QString action; ///< "create", "update", "delete", "enable", "revoke", …
    QString objectKind; ///< "source", "application", "connection"
    QString objectId; ///< a source key, a client ID, a connection id
    QString summary; ///< one line for people, e.g. the object's name
    QJsonObject details; ///< what changed, never a secret
};
