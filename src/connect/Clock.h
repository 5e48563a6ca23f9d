#pragma once

#include <QDateTime>

/// The time every expiry is measured against. The service takes a Clock
/// so that tests move time on instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current time, in UTC.
    virtual QDateTime now() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
