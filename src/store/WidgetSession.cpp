#include "WidgetSession.h"

QString WidgetSession::toString(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("open");
}

WidgetSession::State WidgetSession::stateFromString(const QString &text)
{
    if (text == QLatin1String("completed"))
        return State::Completed;
    if (text == QLatin1String("failed"))
        return State::Failed;
    return State::Open;
}
