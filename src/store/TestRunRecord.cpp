#include "TestRunRecord.h"

QString TestRunRecord::toString(Result result)
{
    switch (result) {
    case Result::Passed:
        return QStringLiteral("passed");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool TestRunRecord::fromString(const QString &text, Result *result)
{
    for (const Result r : { Result::Passed, Result::Failed, Result::Cancelled }) {
        if (text == toString(r)) {
            *result = r;
            return true;
        }
    }
    return false;
}
