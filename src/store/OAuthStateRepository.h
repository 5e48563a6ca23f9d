#pragma once

#include "OAuthState.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <optional>

class Workspace;

/// Reads and writes authorizations under way, by the hash of their state.
class OAuthStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(OAuthStateRepository)

public:
    explicit OAuthStateRepository(Workspace &workspace);

    StoreResult insert(const OAuthState &state);
    std::optional<OAuthState> findByHash(const QString &stateHash) const;
    /// Marks the state used, once: a second call fails with Conflict, so a
    /// replayed callback cannot finish an authorization twice.
    StoreResult markUsed(const QString &stateHash, const QDateTime &at);
    /// Deletes the states that expired before @p now; returns how many.
    int removeExpired(const QDateTime &now);

private:
    Workspace &m_workspace;
};
