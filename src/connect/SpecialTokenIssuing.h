#pragma once

#include "ApiError.h"
#include "Application.h"

#include <QDateTime>
#include <QString>

/// What the Connect popup needs to hand its opener a special token: a
/// single-use token for an application's user, which the application's
/// server exchanges at `POST /v1/auth/token`.
class SpecialTokenIssuing
{
public:
    struct Issued
    {
        QString token; ///< empty where it failed, with error set
        QDateTime expiresAt;
        ApiError error;
    };

    virtual ~SpecialTokenIssuing() = default;
    /// A new token for @p clientUserId of @p application, naming the
    /// connection just made (@p connectionId, may be empty) and the widget
    /// session it was made in.
    virtual Issued issue(const Application &application, const QString &clientUserId,
        const QString &connectionId, const QString &sessionId)
        = 0;
};
