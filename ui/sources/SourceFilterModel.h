#pragma once

#include <QSortFilterProxyModel>

/// Narrows the Sources table by a search text (key, name, description)
/// and by auth type.
class SourceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString &text);
    /// An auth type name ("oauth2", …), or empty for all.
    void setAuthType(const QString &authType);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_authType;
};
