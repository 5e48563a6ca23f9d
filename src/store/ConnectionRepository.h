#pragma once

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

private:
    QList<UserConnection> select(const QString &where, const QVariantMap &values) const;

    Workspace &m_workspace;
};
