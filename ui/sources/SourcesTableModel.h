#pragma once

#include "IntegrationSource.h"
#include "TestRunRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

class SourcesController;

/// The Sources table: one row a source. The Enabled column is a checkbox
/// that enables or disables the source in one click (undoably).
class SourcesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Logo, Name, AuthType, Enabled, Credentials, LastTest, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, AuthTypeRole, SearchTextRole };

    explicit SourcesTableModel(SourcesController &controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The row of @p key, or -1.
    int rowOf(const QString &key) const;
    QString keyAt(int row) const;

    /// What the Credentials column says about @p source.
    static QString credentialsText(const IntegrationSource &source);
    /// Every text credentialsText() can return.
    static QStringList credentialsTexts();
    /// What the Last test column says of @p run: "passed, 21:04", "failed, 20/11/2026".
    static QString lastTestText(const TestRunRecord &run);

    /// Reads each source's last test result again (after runs on the Tests page).
    void reloadLastTests();

private:
    void refresh();
    QIcon logoFor(int row) const;

    SourcesController &m_controller;
    QList<IntegrationSource> m_sources;
    QHash<QString, TestRunRecord> m_lastTests; ///< by key; read in one query
    mutable QHash<QString, QIcon> m_logoCache; ///< by key and revision
    /// Logo bytes read ahead for the rows after the one asked for, by key and revision.
    mutable QHash<QString, QPair<QByteArray, QString>> m_logoBytes;
};
