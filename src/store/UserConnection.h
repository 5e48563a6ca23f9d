#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// One user's link between an application and a source, with the
/// provider's tokens sealed (TokenSealer); at most one per application,
/// source and user.
struct UserConnection
{
    enum class Status { Active, Expired, NeedsReauth, Revoked, Error };

    QString id;
    qint64 applicationId = 0;
    QString sourceKey;
    QString userId;
    QString referenceId;
    Status status = Status::Active;
    QString requestedScopes;
    QString grantedScopes;
    QByteArray sealedTokens;
    QDateTime tokenExpiresAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastRefreshedAt;
    QString lastError;
    int revision = 0;

    static QString toString(Status status);
    static bool fromString(const QString &text, Status *status);
};
