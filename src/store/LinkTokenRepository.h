#pragma once

#include "LinkToken.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <optional>

class Workspace;

/// Reads and writes link tokens, by the hash of the token.
class LinkTokenRepository
{
    Q_DECLARE_TR_FUNCTIONS(LinkTokenRepository)

public:
    explicit LinkTokenRepository(Workspace &workspace);

    StoreResult insert(const LinkToken &token);
    std::optional<LinkToken> findByHash(const QString &tokenHash) const;
    /// Deletes the tokens that expired before @p now; returns how many.
    int removeExpired(const QDateTime &now);

private:
    Workspace &m_workspace;
};
