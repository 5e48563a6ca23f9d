#pragma once

#include "AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

/// Audit log entries, newest first, one per row.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { At, Operator, Action, ObjectKind, ObjectId, Summary, ColumnCount };
    Q_ENUM(Column)

    explicit AuditTableModel(QObject *parent = nullptr);

    /// Replaces the rows.
    void setEntries(const QList<AuditEntry> &entries);
    AuditEntry entry(int row) const { return m_entries.value(row); }

    /// An object kind ("source", …) as the console says it, translated.
    static QString kindText(const QString &kind);
    /// An action ("create", "rotate_secret", …) as the console says it, translated.
    static QString actionText(const QString &action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};
