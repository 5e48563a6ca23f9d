#include "SpecialTokenRepository.h"

#include "StoredTime.h"
#include "Workspace.h"

#include <QSqlQuery>

SpecialTokenRepository::SpecialTokenRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult SpecialTokenRepository::insert(const SpecialToken &token)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral(
            "INSERT INTO special_tokens (token_hash, application_id, client_user_id, connection_id, detail, "
            "created_at, expires_at) VALUES (:hash, :app, :user, :connection, :detail, :created, :expires)"));
        query.bindValue(QStringLiteral(":hash"), token.tokenHash);
        query.bindValue(QStringLiteral(":app"), token.applicationId);
        query.bindValue(QStringLiteral(":user"), token.clientUserId);
        query.bindValue(QStringLiteral(":connection"),
            token.connectionId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(token.connectionId));
        query.bindValue(
            QStringLiteral(":detail"), token.detail.isEmpty() ? QStringLiteral("{}") : token.detail);
        query.bindValue(QStringLiteral(":created"), StoredTime::format(token.createdAt));
        query.bindValue(QStringLiteral(":expires"), StoredTime::format(token.expiresAt));
        if (!query.exec())
            return Workspace::queryFailure(query);
        return StoreResult::ok();
    });
}

std::optional<SpecialToken> SpecialTokenRepository::findByHash(const QString &tokenHash) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("SELECT token_hash, application_id, client_user_id, connection_id, detail, "
                       "created_at, used_at, expires_at FROM special_tokens WHERE token_hash = :hash"));
    query.bindValue(QStringLiteral(":hash"), tokenHash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    SpecialToken token;
    token.tokenHash = query.value(0).toString();
    token.applicationId = query.value(1).toLongLong();
    token.clientUserId = query.value(2).toString();
    token.connectionId = query.value(3).toString();
    token.detail = query.value(4).toString();
    token.createdAt = StoredTime::parse(query.value(5).toString());
    token.usedAt = StoredTime::parse(query.value(6).toString());
    token.expiresAt = StoredTime::parse(query.value(7).toString());
    return token;
}

std::optional<SpecialToken> SpecialTokenRepository::consume(
    const QString &tokenHash, qint64 applicationId, const QDateTime &now)
{
    std::optional<SpecialToken> consumed;
    m_workspace.transaction([&]() -> StoreResult {
        // One guarded UPDATE: of two concurrent exchanges only one changes the row.
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral("UPDATE special_tokens SET used_at = :now WHERE token_hash = :hash AND "
                                     "application_id = :app AND used_at = '' AND expires_at > :now"));
        query.bindValue(QStringLiteral(":now"), StoredTime::format(now));
        query.bindValue(QStringLiteral(":hash"), tokenHash);
        query.bindValue(QStringLiteral(":app"), applicationId);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (query.numRowsAffected() == 1)
            consumed = findByHash(tokenHash);
        return StoreResult::ok();
    });
    return consumed;
}
