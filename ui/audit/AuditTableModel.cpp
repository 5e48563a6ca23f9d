#include "AuditTableModel.h"

#include "AuditLog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditTableModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString AuditTableModel::kindText(const QString &kind)
{
    if (kind == AuditLog::sourceKind())
        return tr("source");
    if (kind == AuditLog::applicationKind())
        return tr("application");
    if (kind == AuditLog::connectionKind())
        return tr("connection");
    return kind;
}

QString AuditTableModel::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts {
        { QStringLiteral("create"), QT_TR_NOOP("created") },
        { QStringLiteral("update"), QT_TR_NOOP("changed") },
        { QStringLiteral("delete"), QT_TR_NOOP("deleted") },
        { QStringLiteral("enable"), QT_TR_NOOP("enabled") },
        { QStringLiteral("disable"), QT_TR_NOOP("disabled") },
        { QStringLiteral("import"), QT_TR_NOOP("imported") },
        { QStringLiteral("set_secret"), QT_TR_NOOP("secret set") },
        { QStringLiteral("clear_secret"), QT_TR_NOOP("secret cleared") },
        { QStringLiteral("rotate_secret"), QT_TR_NOOP("secret rotated") },
        { QStringLiteral("revoke"), QT_TR_NOOP("revoked") },
        { QStringLiteral("disconnect"), QT_TR_NOOP("disconnected") },
    };
    const char *text = texts.value(action);
    return text ? tr(text) : action;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Summary && !entry.details.isEmpty())
        return QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Indented));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case Operator:
        return entry.operatorName;
    case Action:
        return actionText(entry.action);
    case ObjectKind:
        return kindText(entry.objectKind);
    case ObjectId:
        return entry.objectId;
    case Summary: {
        // What changed is the most useful part of the details to read at a glance.
        const QJsonArray changed = entry.details.value(QStringLiteral("changed")).toArray();
        QStringList names;
        for (const QJsonValue &name : changed)
            names << name.toString();
        return names.isEmpty() ? entry.summary
                               : tr("%1 (%2)").arg(entry.summary, names.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At:
        return tr("When");
    case Operator:
        return tr("Who");
    case Action:
        return tr("Action");
    case ObjectKind:
        return tr("Kind");
    case ObjectId:
        return tr("Object");
    case Summary:
        return tr("Summary");
    }
    return {};
}
