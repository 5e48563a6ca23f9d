#include "ConnectionRepository.h"

#include "StoredTime.h"
#include "Workspace.h"

#include <QSqlQuery>
#include <QUuid>

namespace {

const QString kColumns = QStringLiteral(
    "id, application_id, source_key, user_id, reference_id, status, requested_scopes, granted_scopes, "
    "sealed_tokens, token_expires_at, created_at, updated_at, last_refreshed_at, last_error, revision");

UserConnection fromQuery(const QSqlQuery &q)
{
    UserConnection c;
    c.id = q.value(0).toString();
    c.applicationId = q.value(1).toLongLong();
    c.sourceKey = q.value(2).toString();
    c.userId = q.value(3).toString();
    c.referenceId = q.value(4).toString();
    if (!UserConnection::fromString(q.value(5).toString(), &c.status))
        c.status = UserConnection::Status::Error;
    c.requestedScopes = q.value(6).toString();
    c.grantedScopes = q.value(7).toString();
    c.sealedTokens = q.value(8).toByteArray();
    c.tokenExpiresAt = StoredTime::parse(q.value(9).toString());
    c.createdAt = StoredTime::parse(q.value(10).toString());
    c.updatedAt = StoredTime::parse(q.value(11).toString());
    c.lastRefreshedAt = StoredTime::parse(q.value(12).toString());
    c.lastError = q.value(13).toString();
    c.revision = q.value(14).toInt();
    return c;
}

} // namespace

ConnectionRepository::ConnectionRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult ConnectionRepository::save(UserConnection *connection)
{
    if (connection->applicationId == 0 || connection->sourceKey.isEmpty() || connection->userId.isEmpty())
        return StoreResult::failure(
            StoreResult::Status::Invalid, tr("A connection needs an application, a source and a user."));
    if (!connection->updatedAt.isValid())
        connection->updatedAt = QDateTime::currentDateTimeUtc();
    return m_workspace.transaction([&]() -> StoreResult {
        const auto existing = findFor(connection->applicationId, connection->sourceKey, connection->userId);
        QSqlQuery query(m_workspace.database());
        if (existing) {
            query.prepare(QStringLiteral(
                "UPDATE connections SET reference_id = :ref, status = :status, requested_scopes = "
                ":requested, "
                "granted_scopes = :granted, sealed_tokens = :tokens, token_expires_at = :token_expires, "
                "updated_at = :updated, last_refreshed_at = :refreshed, last_error = :error, "
                "revision = revision + 1 WHERE id = :id"));
            query.bindValue(QStringLiteral(":id"), existing->id);
        } else {
            if (connection->id.isEmpty())
                connection->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (!connection->createdAt.isValid())
                connection->createdAt = connection->updatedAt;
            query.prepare(QStringLiteral(
                "INSERT INTO connections (id, application_id, source_key, user_id, reference_id, status, "
                "requested_scopes, granted_scopes, sealed_tokens, token_expires_at, created_at, updated_at, "
                "last_refreshed_at, last_error, revision) VALUES (:id, :app, :source, :user, :ref, :status, "
                ":requested, :granted, :tokens, :token_expires, :created, :updated, :refreshed, :error, 1)"));
            query.bindValue(QStringLiteral(":id"), connection->id);
            query.bindValue(QStringLiteral(":app"), connection->applicationId);
            query.bindValue(QStringLiteral(":source"), connection->sourceKey);
            query.bindValue(QStringLiteral(":user"), connection->userId);
            query.bindValue(QStringLiteral(":created"), StoredTime::format(connection->createdAt));
        }
        query.bindValue(QStringLiteral(":ref"), Workspace::notNull(connection->referenceId));
        query.bindValue(QStringLiteral(":status"), UserConnection::toString(connection->status));
        query.bindValue(QStringLiteral(":requested"), Workspace::notNull(connection->requestedScopes));
        query.bindValue(QStringLiteral(":granted"), Workspace::notNull(connection->grantedScopes));
        query.bindValue(QStringLiteral(":tokens"), Workspace::notNull(connection->sealedTokens));
        query.bindValue(QStringLiteral(":token_expires"), StoredTime::format(connection->tokenExpiresAt));
        query.bindValue(QStringLiteral(":updated"), StoredTime::format(connection->updatedAt));
        query.bindValue(QStringLiteral(":refreshed"), StoredTime::format(connection->lastRefreshedAt));
        query.bindValue(QStringLiteral(":error"), Workspace::notNull(connection->lastError));
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (existing) {
            connection->id = existing->id;
            connection->createdAt = existing->createdAt;
            connection->revision = existing->revision + 1;
        } else {
            connection->revision = 1;
        }
        return StoreResult::ok();
    });
}

QList<UserConnection> ConnectionRepository::select(const QString &where, const QVariantMap &values) const
{
    QList<UserConnection> connections;
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM connections WHERE ") + where);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec())
        return connections;
    while (query.next())
        connections << fromQuery(query);
    return connections;
}

std::optional<UserConnection> ConnectionRepository::find(const QString &id, qint64 applicationId) const
{
    const QList<UserConnection> found = applicationId == 0
        ? select(QStringLiteral("id = :id"), { { QStringLiteral(":id"), id } })
        : select(QStringLiteral("id = :id AND application_id = :app"),
            { { QStringLiteral(":id"), id }, { QStringLiteral(":app"), applicationId } });
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<UserConnection> ConnectionRepository::findFor(
    qint64 applicationId, const QString &sourceKey, const QString &userId) const
{
    const QList<UserConnection> found
        = select(QStringLiteral("application_id = :app AND source_key = :source AND user_id = :user"),
            { { QStringLiteral(":app"), applicationId }, { QStringLiteral(":source"), sourceKey },
                { QStringLiteral(":user"), userId } });
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<UserConnection> ConnectionRepository::forApplication(qint64 applicationId, const QString &userId) const
{
    if (userId.isEmpty())
        return select(QStringLiteral("application_id = :app ORDER BY created_at DESC, id"),
            { { QStringLiteral(":app"), applicationId } });
    return select(QStringLiteral("application_id = :app AND user_id = :user ORDER BY created_at DESC, id"),
        { { QStringLiteral(":app"), applicationId }, { QStringLiteral(":user"), userId } });
}

StoreResult ConnectionRepository::setStatus(
    const QString &id, UserConnection::Status status, const QString &lastError, const QDateTime &now)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral("UPDATE connections SET status = :status, last_error = :error, "
                                     "updated_at = :now, revision = revision + 1 WHERE id = :id"));
        query.bindValue(QStringLiteral(":status"), UserConnection::toString(status));
        query.bindValue(QStringLiteral(":error"), Workspace::notNull(lastError));
        query.bindValue(QStringLiteral(":now"), StoredTime::format(now));
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (query.numRowsAffected() == 0)
            return StoreResult::failure(
                StoreResult::Status::NotFound, tr("The connection no longer exists."));
        return StoreResult::ok();
    });
}
