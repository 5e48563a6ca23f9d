#pragma once

#include "IntegrationSource.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

class ImportPlan;
class Workspace;

/// Reads and writes integration sources. Every write is one transaction;
/// an update carries the revision it was based on, so an edit made by
/// someone else in the meantime is reported as a conflict, not overwritten.
/// Every write is recorded in the audit log in its transaction.
class SourceRepository
{
    Q_DECLARE_TR_FUNCTIONS(SourceRepository)

public:
    explicit SourceRepository(Workspace &workspace);

    /// All sources, by display name.
    QList<IntegrationSource> all(StoreResult *result = nullptr) const;
    /// All sources by display name, with only what a list shows: key, name,
    /// auth type, enabled, description, client ID and secret state; no
    /// logo (see logo()). Much cheaper than all() for large registries.
    QList<IntegrationSource> summaries(StoreResult *result = nullptr) const;
    /// Part of summaries(): at most @p limit sources (all where negative),
    /// starting after @p after in the list's order, or at the start where
    /// it is null. A list read in parts has every source once.
    QList<IntegrationSource> summaries(
        int limit, const IntegrationSource *after, StoreResult *result = nullptr) const;
    /// The logos of @p keys with their MIME types, in one query; a source
    /// without a logo is left out.
    QHash<QString, QPair<QByteArray, QString>> logos(const QStringList &keys) const;
    std::optional<IntegrationSource> find(const QString &key) const;
    /// Whether each of @p keys that exists is enabled, in one light query
    /// (no definition, no logo): what the connect service asks per request.
    QHash<QString, bool> enabledStates(const QStringList &keys) const;
    int count() const;

    /// Stores a new source; sets its id and revision.
    StoreResult insert(IntegrationSource *source);
    /// Stores an edit; fails with Conflict where the stored revision moved on.
    StoreResult update(IntegrationSource *source);
    /// Deletes a source and every application's use of it.
    StoreResult remove(const QString &key);
    StoreResult setEnabled(const QString &key, bool enabled);
    /// Records whether the keyring holds the source's client secret.
    StoreResult setHasClientSecret(const QString &key, bool hasSecret);
    /// Adds and changes everything in @p plan, or nothing.
    StoreResult apply(const ImportPlan &plan);

    /// Records the writes that follow in the audit log as @p action (e.g.
    /// "import") instead of "create", "update", "enable" or "disable"; an
    /// empty @p action goes back to those.
    void setAuditAction(const QString &action) { m_auditAction = action; }
    /// Whether writes are recorded in the audit log at all: not while a new
    /// workspace is seeded with the bundled catalogue.
    void setAudited(bool audited) { m_audited = audited; }

private:
    StoreResult audit(
        const QString &action, const QString &key, const QString &name, const QStringList &changed = {});

    Workspace &m_workspace;
    QString m_auditAction;
    bool m_audited = true;
};
