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

private:
    Workspace &m_workspace;
};
