#pragma once

#include "ConnectionQuery.h"
#include "StoreResult.h"
#include "UserConnection.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Workspace;

/// Reads and writes user connections. Every read that a service answers
/// with takes the application, so one application never sees another's.
class ConnectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionRepository)

public:
    explicit ConnectionRepository(Workspace &workspace);

    /// Stores @p connection: a new one, or the existing one of the same
    /// application, source and user made current (a reconnect). Sets its
    /// id, revision and creation time.
    StoreResult save(UserConnection *connection);
    /// The connection @p id of @p applicationId (any application for 0).
    std::optional<UserConnection> find(const QString &id, qint64 applicationId = 0) const;
    std::optional<UserConnection> findFor(
        qint64 applicationId, const QString &sourceKey, const QString &userId) const;
    /// The application's connections, newest first; of one user where @p userId is given.
    QList<UserConnection> forApplication(qint64 applicationId, const QString &userId = {}) const;
    StoreResult setStatus(
        const QString &id, UserConnection::Status status, const QString &lastError, const QDateTime &now);

    /// How many connections match the filter of @p query (its order aside).
    qint64 count(const ConnectionQuery &query, StoreResult *result = nullptr) const;
    /// Up to @p limit connections that match @p query, in its order, from
    /// the first where @p after is null, else from the one following
    /// @p after (the last row of the previous page). Keyset paging: a deep
    /// page costs what the first one does.
    QList<UserConnection> page(const ConnectionQuery &query, int limit, const UserConnection *after = nullptr,
        StoreResult *result = nullptr) const;
    /// Inserts new connections as they are (ids set, or generated) with
    /// multi-row statements; for fixtures and imports. Run it in a
    /// transaction around many calls for speed: a batch is all or nothing.
    StoreResult insertMany(QList<UserConnection> *connections);

    /// The SELECT that page() runs for @p query (in any order but
    /// Column::Application, which takes one per application), with its
    /// positional values in @p values: for EXPLAIN in tests and benchmarks.
    QString pageSql(
        const ConnectionQuery &query, int limit, const UserConnection *after, QVariantList *values) const;
    /// The SELECT that count() runs, likewise.
    QString countSql(const ConnectionQuery &query, QVariantList *values) const;

private:
    QList<UserConnection> select(const QString &where, const QVariantMap &values) const;
    /// Appends a page in any order but Column::Application to @p into.
    StoreResult selectInto(const ConnectionQuery &query, int limit, const UserConnection *after,
        QList<UserConnection> *into) const;
    StoreResult pageByApplication(const ConnectionQuery &query, int limit, const UserConnection *after,
        QList<UserConnection> *into) const;

    Workspace &m_workspace;
};
