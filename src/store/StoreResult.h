#pragma once

#include <QString>

/// The outcome of a write to the workspace.
struct StoreResult
{
    enum class Status { Ok, NotFound, Conflict, Invalid, Failed };

    Status status = Status::Ok;
    QString message; ///< for the user; empty when Ok

    static StoreResult ok() { return {}; }
    static StoreResult failure(Status status, const QString &message) { return { status, message }; }

    bool isOk() const { return status == Status::Ok; }
    explicit operator bool() const { return isOk(); }
};
