#pragma once

#include "AuditEntry.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

/// The audit log of changes to sources, applications and connections.
/// Repositories record their writes here in the same transaction as the
/// write; other changes (a connection revoked, a secret rotated) are
/// recorded by whoever makes them. Details never hold secrets.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    /// Object kinds, spelled alike by every caller.
    static QString sourceKind() { return QStringLiteral("source"); }
    static QString applicationKind() { return QStringLiteral("application"); }
    static QString connectionKind() { return QStringLiteral("connection"); }

    explicit AuditLog(Workspace &workspace);

    /// Appends an entry made by @p operatorName now; joins the caller's
    /// transaction where there is one.
    StoreResult record(const QString &operatorName, const QString &action, const QString &objectKind,
        const QString &objectId, const QString &summary, const QJsonObject &details = {});
    /// The same, by the workspace's operator (Workspace::operatorName()).
    StoreResult record(const QString &action, const QString &objectKind, const QString &objectId,
        const QString &summary, const QJsonObject &details = {});

    /// The newest entries first, at most @p limit; only of @p objectKind
    /// where it is not empty, and only those whose operator, action, object
    /// id or summary contain @p search (case-insensitively) where it is not.
    QList<AuditEntry> entries(
        const QString &objectKind = {}, const QString &search = {}, int limit = 1000) const;

    /// The name of the user running Linkdeck, from the system.
    static QString systemUserName();

private:
    Workspace &m_workspace;
};
