#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// A short-lived token that lets one user of an application link
/// providers. Only the SHA-256 of the token is stored.
struct LinkToken
{
    QString tokenHash; ///< hex SHA-256 of the token
    qint64 applicationId = 0;
    QString userId;
    QStringList providers; ///< empty: every provider the application may use
    QDateTime createdAt;
    QDateTime expiresAt;

    bool isExpired(const QDateTime &now) const { return !expiresAt.isValid() || now >= expiresAt; }
    /// True where the token's filter lets @p sourceKey through.
    bool allows(const QString &sourceKey) const
    {
        return providers.isEmpty() || providers.contains(sourceKey);
    }
};
