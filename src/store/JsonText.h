#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <initializer_list>
#include <utility>

/// Compact JSON written directly, exactly as QJsonDocument::Compact writes
/// it, for what is written on every request: through QJsonObject and
/// QJsonDocument a few fields cost some 10,000 instructions or more.
class JsonText
{
public:
    using Field = std::pair<QLatin1String, QString>;

    /// @p text as a JSON string, quotes included, appended to @p json.
    static void appendString(QString &json, const QString &text);
    /// An object of string values, keys in QJsonObject's order (sorted);
    /// each key once.
    static QByteArray object(std::initializer_list<Field> fields);
    /// @p object as QJsonDocument::Compact writes it; written directly when
    /// its values are strings and lists of strings, as most events' details are.
    static QString fromObject(const QJsonObject &object);
};
