#pragma once

#include "Application.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

class Workspace;

/// Reads and writes applications with the sources they may use. Like
/// SourceRepository, every write is one transaction checked by revision,
/// and recorded in the audit log in that transaction.
class ApplicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)

public:
    explicit ApplicationRepository(Workspace &workspace);

    /// All applications, by name.
    QList<Application> all(StoreResult *result = nullptr) const;
    std::optional<Application> find(qint64 id) const;
    std::optional<Application> findByClientId(const QString &clientId) const;

    /// Stores a new application; sets its id and revision, and a client ID
    /// where it has none.
    StoreResult insert(Application *application);
    StoreResult update(Application *application);
    StoreResult remove(qint64 id);

    /// Records the writes that follow in the audit log as @p action (e.g.
    /// "rotate_secret") with @p details, instead of "create" or "update";
    /// an empty @p action goes back to those.
    void setAuditAction(const QString &action, const QJsonObject &details = {});

private:
    StoreResult audit(const QString &action, const Application &application, const QStringList &changed = {});
    StoreResult writeSources(const Application &application);
    /// Applications (all, or those whose column @p condition equals @p value)
    /// with their sources, read in one transaction.
    QList<Application> select(
        const QString &condition, const QVariant &value, StoreResult *result = nullptr) const;

    Workspace &m_workspace;
    QString m_auditAction;
    QJsonObject m_auditDetails;
};
