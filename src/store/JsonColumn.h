#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

/// Lists and maps kept as compact JSON text in one column.
class JsonColumn
{
public:
    static QString fromList(const QStringList &list);
    static QString fromMap(const QMap<QString, QString> &map);
    static QStringList toList(const QString &text);
    static QMap<QString, QString> toMap(const QString &text);
};
