#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

/// Reads optional fields of a request body, refusing wrong types with
/// INVALID_PARAMETER. A missing or null field reads as empty.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    static bool optionalString(const QJsonObject &object, const QString &name, QString *value,
        ApiError *error, int maxLength = 2048);
    static bool optionalStringList(const QJsonObject &object, const QString &name, QStringList *value,
        ApiError *error, int maxItems = 100, int maxLength = 256);
};
