#pragma once

#include <QDateTime>
#include <QString>

/// An opaque bearer token an application holds for one of its users, got
/// by exchanging a popup's special token (POST /v1/auth/token). It reads
/// that user's connections (GET /v1/connections with "Authorization:
/// Bearer …"). Only its SHA-256 is stored.
struct UserAccessToken
{
    QString tokenHash; ///< hex SHA-256 of the token
    qint64 applicationId = 0;
    QString userId; ///< the platform's id of the user (the "userCode")
    QString clientUserId; ///< the application's own id of the user
    QDateTime createdAt;
    QDateTime expiresAt;

    bool isExpired(const QDateTime &now) const { return !expiresAt.isValid() || now >= expiresAt; }
};
