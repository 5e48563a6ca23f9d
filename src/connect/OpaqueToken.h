#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// Random bearer tokens (session ids, link tokens, states, special
/// tokens) and the hashes they are stored as.
class OpaqueToken
{
public:
    /// @p prefix followed by 32 random bytes in base64url: 256 bits, safe in URLs.
    static QString generate(const QString &prefix);
    /// Like generate(), with @p createdAt in milliseconds, as 12 hex digits,
    /// before the random part: tokens kept in clear as a key sort by when
    /// they were made, so new rows are appended to the key's index rather
    /// than scattered over its pages. As hard to guess as generate()'s.
    static QString generateOrdered(const QString &prefix, const QDateTime &createdAt);
    /// The hex SHA-256 of @p token, which is what the workspace keeps.
    static QString hash(const QString &token);
    /// @p count random bytes from the operating system.
    static QByteArray randomBytes(int count);
};
