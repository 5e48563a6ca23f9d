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
    QString referenceId; ///< the application's own id for the user, if it gave one
    QString successRedirectUrl; ///< where the user goes after linking; empty: a result page
    QString failureRedirectUrl; ///< where the user goes after a failure; empty: the success URL
    QDateTime createdAt;
    QDateTime expiresAt;

    bool isExpired(const QDateTime &now) const { return !expiresAt.isValid() || now >= expiresAt; }
    /// True where the token's filter lets @p sourceKey through.
    bool allows(const QString &sourceKey) const
    {
        return providers.isEmpty() || providers.contains(sourceKey);
    }
};
