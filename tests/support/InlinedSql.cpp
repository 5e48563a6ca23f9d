#include "InlinedSql.h"

#include <QSqlDriver>
#include <QSqlField>

QString InlinedSql::inlined(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    QString text;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c != QLatin1Char('?') || next >= values.size()) {
            text += c;
            continue;
        }
        const QVariant &value = values.at(next++);
        QSqlField field(QStringLiteral("value"), value.metaType());
        field.setValue(value);
        text += database.driver()->formatValue(field);
    }
    return text;
}
