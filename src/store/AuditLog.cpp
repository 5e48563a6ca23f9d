#include "AuditLog.h"

#include "StoredTime.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

AuditLog::AuditLog(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult AuditLog::record(const QString &operatorName, const QString &action, const QString &objectKind,
    const QString &objectId, const QString &summary, const QJsonObject &details)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(
            QStringLiteral("INSERT INTO audit_log (at, operator_name, action, object_kind, object_id, "
                           "summary, details) VALUES (:at, :operator, :action, :kind, :id, "
                           ":summary, :details)"));
        query.bindValue(QStringLiteral(":at"), Workspace::timestamp());
        query.bindValue(QStringLiteral(":operator"), Workspace::notNull(operatorName));
        query.bindValue(QStringLiteral(":action"), action);
        query.bindValue(QStringLiteral(":kind"), objectKind);
        query.bindValue(QStringLiteral(":id"), Workspace::notNull(objectId));
        query.bindValue(QStringLiteral(":summary"), Workspace::notNull(summary));
        query.bindValue(QStringLiteral(":details"),
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return Workspace::queryFailure(query);
        return StoreResult::ok();
    });
}

StoreResult AuditLog::record(const QString &action, const QString &objectKind, const QString &objectId,
    const QString &summary, const QJsonObject &details)
{
    return record(m_workspace.operatorName(), action, objectKind, objectId, summary, details);
}

QList<AuditEntry> AuditLog::entries(const QString &objectKind, const QString &search, int limit) const
{
    QList<AuditEntry> entries;
    QStringList conditions;
    if (!objectKind.isEmpty())
        conditions << QStringLiteral("object_kind = :kind");
    if (!search.isEmpty())
        conditions << QStringLiteral("(lower(operator_name) LIKE :s1 ESCAPE '\\' OR lower(action) LIKE :s2 "
                                     "ESCAPE '\\' OR lower(object_id) LIKE :s3 ESCAPE '\\' OR lower(summary) "
                                     "LIKE :s4 ESCAPE '\\')");
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, operator_name, action, object_kind, object_id, summary, "
                                 "details FROM audit_log")
        + (conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY id DESC LIMIT :limit"));
    if (!objectKind.isEmpty())
        query.bindValue(QStringLiteral(":kind"), objectKind);
    if (!search.isEmpty()) {
        QString pattern = search.toLower();
        // The search is for plain text: LIKE's wildcards match themselves.
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        for (const char *name : { ":s1", ":s2", ":s3", ":s4" })
            query.bindValue(QLatin1String(name), QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        Workspace::queryFailure(query);
        return entries;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = StoredTime::parse(query.value(1).toString());
        entry.operatorName = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.objectKind = query.value(4).toString();
        entry.objectId = query.value(5).toString();
        entry.summary = query.value(6).toString();
        entry.details = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        entries << entry;
    }
    return entries;
}

QString AuditLog::systemUserName()
{
#ifdef Q_OS_UNIX
    // The account, not the environment: sandboxes and sudo change $USER and $HOME.
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return tr("unknown");
}
