#pragma once

#include <QDateTime>
#include <QString>

/// Times as the workspace keeps them: UTC, ISO 8601 with milliseconds, so
/// that text order is time order on both backends. An empty text is "never".
class StoredTime
{
public:
    static QString format(const QDateTime &time);
    /// An invalid QDateTime for an empty or unreadable @p text.
    static QDateTime parse(const QString &text);
};
