#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <algorithm>

void JsonText::appendString(QString &json, const QString &text)
{
    json += QLatin1Char('"');
    // Ids, URLs and times need no escape: appended whole.
    const bool plain = std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return c.unicode() >= 0x20 && c != QLatin1Char('"') && c != QLatin1Char('\\'); });
    if (plain) {
        json += text;
        json += QLatin1Char('"');
        return;
    }
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            json += QLatin1String("\\\"");
            break;
        case '\\':
            json += QLatin1String("\\\\");
            break;
        case '\b':
            json += QLatin1String("\\b");
            break;
        case '\f':
            json += QLatin1String("\\f");
            break;
        case '\n':
            json += QLatin1String("\\n");
            break;
        case '\r':
            json += QLatin1String("\\r");
            break;
        case '\t':
            json += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                json += c;
        }
    }
    json += QLatin1Char('"');
}

void JsonText::appendList(QString &json, const QStringList &list)
{
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        appendString(json, list.at(i));
    }
    json += QLatin1Char(']');
}

QString JsonText::object(std::initializer_list<Field> fields)
{
    QVarLengthArray<const Field *, 8> sorted;
    for (const Field &field : fields)
        sorted.append(&field);
    std::sort(
        sorted.begin(), sorted.end(), [](const Field *a, const Field *b) { return a->first < b->first; });
    QString json;
    json.reserve(256);
    json += QLatin1Char('{');
    for (const Field *field : sorted) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1Char('"');
        json += field->first;
        json += QLatin1String("\":");
        if (const auto *text = std::get_if<QString>(&field->second))
            appendString(json, *text);
        else
            appendList(json, std::get<QStringList>(field->second));
    }
    json += QLatin1Char('}');
    return json;
}

QString JsonText::fromObject(const QJsonObject &object)
{
    QString json;
    json.reserve(256);
    json += QLatin1Char('{');
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        appendString(json, it.key());
        json += QLatin1Char(':');
        const QJsonValue value = it.value();
        if (value.isString()) {
            appendString(json, value.toString());
            continue;
        }
        if (!value.isArray())
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        json += QLatin1Char('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (!item.isString())
                return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            if (i > 0)
                json += QLatin1Char(',');
            appendString(json, item.toString());
        }
        json += QLatin1Char(']');
    }
    json += QLatin1Char('}');
    return json;
}
