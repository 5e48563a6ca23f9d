#include "StoredTime.h"

QString StoredTime::format(const QDateTime &time)
{
    if (!time.isValid())
        return QString(QLatin1String(""));
    return time.toUTC().toString(Qt::ISODateWithMs);
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
