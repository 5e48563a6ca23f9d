#include "JsonFields.h"

#include <QJsonArray>

bool JsonFields::optionalString(
    const QJsonObject &object, const QString &name, QString *value, ApiError *error, int maxLength)
{
    const QJsonValue field = object.value(name);
    if (field.isUndefined() || field.isNull()) {
        value->clear();
        return true;
    }
    if (!field.isString()) {
        *error = ApiError::invalidParameter(tr("\"%1\" must be a string.").arg(name));
        return false;
    }
    if (field.toString().size() > maxLength) {
        *error
            = ApiError::invalidParameter(tr("\"%1\" is longer than %2 characters.").arg(name).arg(maxLength));
        return false;
    }
    *value = field.toString();
    return true;
}

bool JsonFields::optionalStringList(const QJsonObject &object, const QString &name, QStringList *value,
    ApiError *error, int maxItems, int maxLength)
{
    value->clear();
    const QJsonValue field = object.value(name);
    if (field.isUndefined() || field.isNull())
        return true;
    if (!field.isArray()) {
        *error = ApiError::invalidParameter(tr("\"%1\" must be an array of strings.").arg(name));
        return false;
    }
    const QJsonArray array = field.toArray();
    if (array.size() > maxItems) {
        *error = ApiError::invalidParameter(tr("\"%1\" has more than %2 entries.").arg(name).arg(maxItems));
        return false;
    }
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > maxLength) {
            *error = ApiError::invalidParameter(tr("\"%1\" must be an array of strings.").arg(name));
            return false;
        }
        *value << item.toString();
    }
    return true;
}
