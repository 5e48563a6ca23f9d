#pragma once

#include <QByteArray>
#include <QString>

/// Random bearer tokens (session ids, link tokens, states, special
/// tokens) and the hashes they are stored as.
class OpaqueToken
{
public:
    /// @p prefix followed by 32 random bytes in base64url: 256 bits, safe in URLs.
    static QString generate(const QString &prefix);
    /// The hex SHA-256 of @p token, which is what the workspace keeps.
    static QString hash(const QString &token);
    /// @p count random bytes from the operating system.
    static QByteArray randomBytes(int count);
};
