#pragma once

#include "SpecialToken.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <optional>

class Workspace;

/// Reads and writes the popup's special tokens, by the hash of the token.
class SpecialTokenRepository
{
    Q_DECLARE_TR_FUNCTIONS(SpecialTokenRepository)

public:
    explicit SpecialTokenRepository(Workspace &workspace);

    StoreResult insert(const SpecialToken &token);
    std::optional<SpecialToken> findByHash(const QString &tokenHash) const;
    /// Uses the token of @p applicationId once, at @p now: the first call
    /// returns it, any later one (or one after it expired) nothing.
    std::optional<SpecialToken> consume(const QString &tokenHash, qint64 applicationId, const QDateTime &now);

private:
    Workspace &m_workspace;
};
