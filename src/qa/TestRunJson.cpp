#include "TestRunJson.h"

#include "StoredTime.h"

namespace {

const auto kStatuses = { TestStep::Status::Pending, TestStep::Status::Running, TestStep::Status::Passed,
    TestStep::Status::Failed, TestStep::Status::Skipped };

} // namespace

QJsonObject TestRunJson::fromStep(const TestStep &step)
{
    QJsonObject object {
        { QStringLiteral("kind"), TestStep::name(step.kind) },
        { QStringLiteral("status"), TestStep::name(step.status) },
        { QStringLiteral("durationMs"), step.durationMs },
        { QStringLiteral("detail"), step.detail },
        { QStringLiteral("diagnosis"), step.diagnosis },
    };
    if (step.startedAt.isValid())
        object.insert(QStringLiteral("startedAt"), StoredTime::format(step.startedAt));
    return object;
}

QJsonArray TestRunJson::fromSteps(const QList<TestStep> &steps)
{
    QJsonArray array;
    for (const TestStep &step : steps)
        array.append(fromStep(step));
    return array;
}

TestStep TestRunJson::toStep(const QJsonObject &object)
{
    TestStep step;
    const QString kind = object.value(QLatin1String("kind")).toString();
    for (const TestStep::Kind k : TestStep::kinds()) {
        if (TestStep::name(k) == kind)
            step.kind = k;
    }
    const QString status = object.value(QLatin1String("status")).toString();
    for (const TestStep::Status s : kStatuses) {
        if (TestStep::name(s) == status)
            step.status = s;
    }
    step.startedAt = StoredTime::parse(object.value(QLatin1String("startedAt")).toString());
    step.durationMs = object.value(QLatin1String("durationMs")).toInteger();
    step.detail = object.value(QLatin1String("detail")).toString();
    step.diagnosis = object.value(QLatin1String("diagnosis")).toString();
    return step;
}

QList<TestStep> TestRunJson::toSteps(const QJsonArray &array)
{
    QList<TestStep> steps;
    for (const QJsonValue &value : array)
        steps << toStep(value.toObject());
    return steps;
}
