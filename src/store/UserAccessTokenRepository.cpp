#include "UserAccessTokenRepository.h"

#include "StoredTime.h"
#include "Workspace.h"

#include <QSqlQuery>

UserAccessTokenRepository::UserAccessTokenRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult UserAccessTokenRepository::insert(const UserAccessToken &token)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(
            QStringLiteral("INSERT INTO user_access_tokens (token_hash, application_id, user_id, "
                           "client_user_id, created_at, "
                           "expires_at) VALUES (:hash, :app, :user, :client_user, :created, :expires)"));
        query.bindValue(QStringLiteral(":hash"), token.tokenHash);
        query.bindValue(QStringLiteral(":app"), token.applicationId);
        query.bindValue(QStringLiteral(":user"), token.userId);
        query.bindValue(QStringLiteral(":client_user"), Workspace::notNull(token.clientUserId));
        query.bindValue(QStringLiteral(":created"), StoredTime::format(token.createdAt));
        query.bindValue(QStringLiteral(":expires"), StoredTime::format(token.expiresAt));
        if (!query.exec())
            return Workspace::queryFailure(query);
        return StoreResult::ok();
    });
}

std::optional<UserAccessToken> UserAccessTokenRepository::findByHash(const QString &tokenHash) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT token_hash, application_id, user_id, client_user_id, created_at, "
                                 "expires_at FROM user_access_tokens WHERE token_hash = :hash"));
    query.bindValue(QStringLiteral(":hash"), tokenHash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    UserAccessToken token;
    token.tokenHash = query.value(0).toString();
    token.applicationId = query.value(1).toLongLong();
    token.userId = query.value(2).toString();
    token.clientUserId = query.value(3).toString();
    token.createdAt = StoredTime::parse(query.value(4).toString());
    token.expiresAt = StoredTime::parse(query.value(5).toString());
    return token;
}

int UserAccessTokenRepository::removeExpired(const QDateTime &now)
{
    return m_workspace.removeExpired(QStringLiteral("user_access_tokens"), StoredTime::format(now));
}
