#include "SourceFilterModel.h"

#include "SourcesTableModel.h"

void SourceFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void SourceFilterModel::setAuthType(const QString &authType)
{
    m_authType = authType;
    invalidateFilter();
}

bool SourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_authType.isEmpty() && index.data(SourcesTableModel::AuthTypeRole).toString() != m_authType)
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(SourcesTableModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}
