#include "RelativeTime.h"

namespace {

enum class Unit { Minutes, Hours, Days };

struct Span
{
    Unit unit;
    int count;
};

// Whole minutes up to two hours, whole hours up to two days, then days:
// coarse enough to read at a glance, fine enough to act on.
Span spanOf(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 120)
        return { Unit::Minutes, int(minutes) };
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return { Unit::Hours, int(hours) };
    return { Unit::Days, int(hours / 24) };
}

} // namespace

QString RelativeTime::expiry(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return tr("no expiry");
    const qint64 seconds = now.secsTo(expiresAt);
    if (seconds >= 0 && seconds < 60)
        return tr("expires in less than a minute");
    if (seconds < 0 && seconds > -60)
        return tr("expired just now");
    const Span span = spanOf(qAbs(seconds));
    if (seconds > 0) {
        switch (span.unit) {
        case Unit::Minutes:
            return tr("expires in %n minute(s)", nullptr, span.count);
        case Unit::Hours:
            return tr("expires in %n hour(s)", nullptr, span.count);
        case Unit::Days:
            return tr("expires in %n day(s)", nullptr, span.count);
        }
    }
    switch (span.unit) {
    case Unit::Minutes:
        return tr("expired %n minute(s) ago", nullptr, span.count);
    case Unit::Hours:
        return tr("expired %n hour(s) ago", nullptr, span.count);
    case Unit::Days:
        break;
    }
    return tr("expired %n day(s) ago", nullptr, span.count);
}

QString RelativeTime::since(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return tr("never");
    const qint64 seconds = at.secsTo(now);
    if (qAbs(seconds) < 60)
        return tr("just now");
    const Span span = spanOf(qAbs(seconds));
    if (seconds > 0) {
        switch (span.unit) {
        case Unit::Minutes:
            return tr("%n minute(s) ago", nullptr, span.count);
        case Unit::Hours:
            return tr("%n hour(s) ago", nullptr, span.count);
        case Unit::Days:
            return tr("%n day(s) ago", nullptr, span.count);
        }
    }
    switch (span.unit) {
    case Unit::Minutes:
        return tr("in %n minute(s)", nullptr, span.count);
    case Unit::Hours:
        return tr("in %n hour(s)", nullptr, span.count);
    case Unit::Days:
        break;
    }
    return tr("in %n day(s)", nullptr, span.count);
}
