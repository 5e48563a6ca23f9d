#include "StoredTime.h"

namespace {

/// @p value in @p width decimal digits at @p out.
void putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString StoredTime::format(const QDateTime &time)
{
    if (!time.isValid())
        return QString(QLatin1String(""));
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    const int year = date.year();
    if (year < 1 || year > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // The connect service stores several times per request; written digit by
    // digit they cost a fraction of QDateTime::toString() (or of snprintf).
    char text[] = "0000-00-00T00:00:00.000Z";
    putDigits(text, year, 4);
    putDigits(text + 5, date.month(), 2);
    putDigits(text + 8, date.day(), 2);
    putDigits(text + 11, clock.hour(), 2);
    putDigits(text + 14, clock.minute(), 2);
    putDigits(text + 17, clock.second(), 2);
    putDigits(text + 20, clock.msec(), 3);
    return QString::fromLatin1(text, sizeof text - 1);
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
