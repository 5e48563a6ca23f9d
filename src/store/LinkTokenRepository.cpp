#include "LinkTokenRepository.h"

#include "JsonColumn.h"
#include "StoredTime.h"
#include "Workspace.h"

#include <QSqlQuery>

LinkTokenRepository::LinkTokenRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult LinkTokenRepository::insert(const LinkToken &token)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral(
            "INSERT INTO link_tokens (token_hash, application_id, user_id, providers, "
            "reference_id, success_redirect_url, failure_redirect_url, created_at, expires_at) "
            "VALUES (:hash, :app, :user, :providers, :ref, :success, :failure, :created, "
            ":expires)"));
        query.bindValue(QStringLiteral(":hash"), token.tokenHash);
        query.bindValue(QStringLiteral(":app"), token.applicationId);
        query.bindValue(QStringLiteral(":user"), token.userId);
        query.bindValue(QStringLiteral(":providers"), JsonColumn::fromList(token.providers));
        query.bindValue(QStringLiteral(":ref"), Workspace::notNull(token.referenceId));
        query.bindValue(QStringLiteral(":success"), Workspace::notNull(token.successRedirectUrl));
        query.bindValue(QStringLiteral(":failure"), Workspace::notNull(token.failureRedirectUrl));
        query.bindValue(QStringLiteral(":created"), StoredTime::format(token.createdAt));
        query.bindValue(QStringLiteral(":expires"), StoredTime::format(token.expiresAt));
        if (!query.exec())
            return Workspace::queryFailure(query);
        return StoreResult::ok();
    });
}

std::optional<LinkToken> LinkTokenRepository::findByHash(const QString &tokenHash) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("SELECT token_hash, application_id, user_id, providers, created_at, expires_at, "
                       "reference_id, success_redirect_url, failure_redirect_url "
                       "FROM link_tokens WHERE token_hash = :hash"));
    query.bindValue(QStringLiteral(":hash"), tokenHash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    LinkToken token;
    token.tokenHash = query.value(0).toString();
    token.applicationId = query.value(1).toLongLong();
    token.userId = query.value(2).toString();
    token.providers = JsonColumn::toList(query.value(3).toString());
    token.createdAt = StoredTime::parse(query.value(4).toString());
    token.expiresAt = StoredTime::parse(query.value(5).toString());
    token.referenceId = query.value(6).toString();
    token.successRedirectUrl = query.value(7).toString();
    token.failureRedirectUrl = query.value(8).toString();
    return token;
}

int LinkTokenRepository::removeExpired(const QDateTime &now)
{
    return m_workspace.removeExpired(QStringLiteral("link_tokens"), StoredTime::format(now));
}
