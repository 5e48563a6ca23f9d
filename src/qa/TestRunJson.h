#pragma once

#include "TestStep.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

/// A test run's steps as the workspace keeps them and the exports read
/// them: {"kind": "token", "status": "failed", "startedAt": ISO 8601 UTC,
/// "durationMs": 12, "detail": …, "diagnosis": …}.
class TestRunJson
{
public:
    static QJsonObject fromStep(const TestStep &step);
    static QJsonArray fromSteps(const QList<TestStep> &steps);
    /// A step of an unknown kind or status reads as a pending authorize step.
    static TestStep toStep(const QJsonObject &object);
    static QList<TestStep> toSteps(const QJsonArray &array);
};
