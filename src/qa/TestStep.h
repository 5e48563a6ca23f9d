#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

/// One step of a test run, as the timeline shows it and the workspace keeps it.
struct TestStep
{
    Q_DECLARE_TR_FUNCTIONS(TestStep)

public:
    enum class Kind { Authorize, Token, ApiCall, Refresh, Revoke };
    enum class Status { Pending, Running, Passed, Failed, Skipped };

    Kind kind = Kind::Authorize;
    Status status = Status::Pending;
    QDateTime startedAt; ///< UTC
    qint64 durationMs = 0;
    QString detail; ///< what happened, for people; never a secret or token
    QString diagnosis; ///< on failure: what went wrong and the fix

    static QString title(Kind kind);
    static QString name(Kind kind); ///< stable id: "authorize", "token", …
    static QString name(Status status);
};

Q_DECLARE_METATYPE(TestStep)
