#pragma once

#include "ConnectionQuery.h"
#include "UserConnection.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

class Clock;
class ConnectionCounter;
class Workspace;

/// Every connection of the workspace, fetched lazily: the view asks for
/// more rows as it scrolls (canFetchMore()/fetchMore()), a batch at a time
/// from ConnectionRepository::page() with keyset paging, so a million
/// connections cost what the rows on screen do. Filtering and sorting are
/// the database's: setFilter() and sort() query again from the start.
///
/// The rows never wait for the count: an exact count reads every matching
/// row, so it runs on a ConnectionCounter's thread and countsChanged() tells
/// when it arrives; until then isCounting() is true.
class ConnectionsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UserId,
        ReferenceId,
        Application,
        Source,
        Status,
        Created,
        LastRefreshed,
        TokenExpiry,
        LastError,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ConnectionIdRole = Qt::UserRole + 1, ///< the row's connection id, in every column
        StatusRole, ///< the UserConnection::Status, as an int
    };

    /// Rows fetched at a time.
    static constexpr int BatchSize = 200;

    ConnectionsTableModel(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);

    /// Shows the connections that match @p filter's search, status,
    /// application and source (its order is the model's own).
    void setFilter(const ConnectionQuery &filter);
    ConnectionQuery query() const { return m_query; }
    /// True where the filter narrows the connections down.
    bool isFiltered() const;
    /// How many connections match, fetched or not; 0 while isCounting().
    qint64 matchingCount() const { return m_count; }
    /// True while the count of the current filter is being made.
    bool isCounting() const;
    /// Reads the stored connection @p id again where it is fetched.
    void reloadConnection(const QString &id);

    /// The row of connection @p id among those fetched, or -1.
    int rowOf(const QString &id) const;
    UserConnection connection(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Orders by @p column in the database; every column but LastError.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// matchingCount() or isCounting() changed.
    void countsChanged();
    /// A query failed; @p message says why.
    void errorOccurred(const QString &message);

private:
    /// Reads names of applications and sources, and queries again from the start.
    void reload();
    /// Fetches the first page again; with @p recount, counts the matches again.
    void requery(bool recount);
    void onCounted(qint64 count);
    void onCountFailed(const QString &message);
    QString applicationName(qint64 id) const;

    Workspace &m_workspace;
    const Clock &m_clock;
    ConnectionQuery m_query;
    QList<UserConnection> m_rows;
    ConnectionCounter *m_counter = nullptr;
    qint64 m_count = 0;
    bool m_exhausted = true; ///< the last page came back short: nothing more to fetch
    /// Inside a reset or an insertion: those who handle its signals (views,
    /// QAbstractItemModelTester) may ask for more, but no rows may be
    /// inserted before it is done.
    bool m_changing = false;
    QHash<qint64, QString> m_applicationNames;
    QHash<QString, QString> m_sourceNames;
};
