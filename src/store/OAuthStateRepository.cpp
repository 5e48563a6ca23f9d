#include "OAuthStateRepository.h"

#include "StoredTime.h"
#include "Workspace.h"

#include <QSqlQuery>

OAuthStateRepository::OAuthStateRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult OAuthStateRepository::insert(const OAuthState &state)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral(
            "INSERT INTO oauth_states (state_hash, application_id, source_key, session_id, link_token_hash, "
            "user_id, reference_id, redirect_uri, sealed_verifier, created_at, expires_at, flow, "
            "success_redirect_url, failure_redirect_url) VALUES (:hash, :app, :source, :session, :link, "
            ":user, :ref, :redirect, :verifier, :created, :expires, :flow, :success, :failure)"));
        query.bindValue(QStringLiteral(":hash"), state.stateHash);
        query.bindValue(QStringLiteral(":app"), state.applicationId);
        query.bindValue(QStringLiteral(":source"), state.sourceKey);
        query.bindValue(QStringLiteral(":session"),
            state.sessionId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(state.sessionId));
        query.bindValue(QStringLiteral(":link"), Workspace::notNull(state.linkTokenHash));
        query.bindValue(QStringLiteral(":user"), Workspace::notNull(state.userId));
        query.bindValue(QStringLiteral(":ref"), Workspace::notNull(state.referenceId));
        query.bindValue(QStringLiteral(":redirect"), Workspace::notNull(state.redirectUri));
        query.bindValue(QStringLiteral(":verifier"), Workspace::notNull(state.sealedVerifier));
        query.bindValue(QStringLiteral(":created"), StoredTime::format(state.createdAt));
        query.bindValue(QStringLiteral(":expires"), StoredTime::format(state.expiresAt));
        query.bindValue(QStringLiteral(":flow"), Workspace::notNull(state.flow));
        query.bindValue(QStringLiteral(":success"), Workspace::notNull(state.successRedirectUrl));
        query.bindValue(QStringLiteral(":failure"), Workspace::notNull(state.failureRedirectUrl));
        if (!query.exec())
            return Workspace::queryFailure(query);
        return StoreResult::ok();
    });
}

std::optional<OAuthState> OAuthStateRepository::findByHash(const QString &stateHash) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("SELECT state_hash, application_id, source_key, session_id, link_token_hash, "
                       "user_id, reference_id, redirect_uri, sealed_verifier, created_at, expires_at, "
                       "used_at, flow, success_redirect_url, failure_redirect_url FROM oauth_states "
                       "WHERE state_hash = :hash"));
    query.bindValue(QStringLiteral(":hash"), stateHash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    OAuthState state;
    state.stateHash = query.value(0).toString();
    state.applicationId = query.value(1).toLongLong();
    state.sourceKey = query.value(2).toString();
    state.sessionId = query.value(3).toString();
    state.linkTokenHash = query.value(4).toString();
    state.userId = query.value(5).toString();
    state.referenceId = query.value(6).toString();
    state.redirectUri = query.value(7).toString();
    state.sealedVerifier = query.value(8).toByteArray();
    state.createdAt = StoredTime::parse(query.value(9).toString());
    state.expiresAt = StoredTime::parse(query.value(10).toString());
    state.usedAt = StoredTime::parse(query.value(11).toString());
    state.flow = query.value(12).toString();
    state.successRedirectUrl = query.value(13).toString();
    state.failureRedirectUrl = query.value(14).toString();
    return state;
}

StoreResult OAuthStateRepository::markUsed(const QString &stateHash, const QDateTime &at)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral(
            "UPDATE oauth_states SET used_at = :at WHERE state_hash = :hash AND used_at = ''"));
        query.bindValue(QStringLiteral(":at"), StoredTime::format(at));
        query.bindValue(QStringLiteral(":hash"), stateHash);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (query.numRowsAffected() == 0)
            return StoreResult::failure(
                StoreResult::Status::Conflict, tr("This authorization was already used or does not exist."));
        return StoreResult::ok();
    });
}

int OAuthStateRepository::removeExpired(const QDateTime &now)
{
    return m_workspace.removeExpired(QStringLiteral("oauth_states"), StoredTime::format(now));
}
