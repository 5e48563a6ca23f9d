#include "StoredTime.h"

#include <cstdio>

QString StoredTime::format(const QDateTime &time)
{
    if (!time.isValid())
        return QString(QLatin1String(""));
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    // The connect service stores several times per request; printing them
    // directly is some forty times cheaper than QDateTime::toString().
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(),
        date.month(), date.day(), clock.hour(), clock.minute(), clock.second(), clock.msec());
    return QString::fromLatin1(text, length);
}

QDateTime StoredTime::parse(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}
