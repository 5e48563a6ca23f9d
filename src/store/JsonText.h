#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <utility>
#include <variant>

/// Compact JSON written directly, exactly as QJsonDocument::Compact writes
/// it, for what is written on every request: through QJsonObject and
/// QJsonDocument a few fields cost some 10,000 instructions or more.
class JsonText
{
public:
    /// A value written directly: a string or a list of strings.
    using Value = std::variant<QString, QStringList>;
    /// A key (plain ASCII, needing no escape) and its value.
    using Field = std::pair<QLatin1String, Value>;

    /// @p text as a JSON string, quotes included, appended to @p json.
    static void appendString(QString &json, const QString &text);
    /// @p list as a JSON array of strings, appended to @p json.
    static void appendList(QString &json, const QStringList &list);
    /// An object of such values, keys in QJsonObject's order (sorted); each
    /// key once.
    static QString object(std::initializer_list<Field> fields);
    /// @p object as QJsonDocument::Compact writes it; written directly when
    /// its values are strings and lists of strings, as most events' details are.
    static QString fromObject(const QJsonObject &object);
};
