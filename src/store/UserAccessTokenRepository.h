#pragma once

#include "StoreResult.h"
#include "UserAccessToken.h"

#include <QCoreApplication>
#include <optional>

class Workspace;

/// Reads and writes applications' user access tokens, by the hash of the token.
class UserAccessTokenRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserAccessTokenRepository)

public:
    explicit UserAccessTokenRepository(Workspace &workspace);

    StoreResult insert(const UserAccessToken &token);
    std::optional<UserAccessToken> findByHash(const QString &tokenHash) const;
    /// Deletes the tokens that expired before @p now; returns how many.
    int removeExpired(const QDateTime &now);

private:
    Workspace &m_workspace;
};
