#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/// One step of a test run, as the timeline shows it and the workspace keeps it.
struct TestStep
{
    Q_DECLARE_TR_FUNCTIONS(TestStep)

public:
    /// The OAuth 2.0 steps first (their order is the run's), then OAuth
    /// 1.0a's request token, and the steps of a password or e-mail run.
    enum class Kind {
        Authorize,
        Token,
        ApiCall,
        Refresh,
        Revoke,
        PkceCheck, ///< a second code exchanged with a wrong code_verifier must be refused
        RequestToken,
        LinkToken,
        Credentials,
        Connection
    };
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
    /// Every kind, for readers of stored names.
    static QList<Kind> kinds();
};

Q_DECLARE_METATYPE(TestStep)
