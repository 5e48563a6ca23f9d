#pragma once

#include "Clock.h"

#include <chrono>

/// A clock that stands still until the test moves it: expiry without waiting.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2030, 1, 15), QTime(12, 0), Qt::UTC))
        : m_now(start)
    { }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advance(std::chrono::seconds seconds) { m_now = m_now.addSecs(seconds.count()); }

private:
    QDateTime m_now;
};
