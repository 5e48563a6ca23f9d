#pragma once

#include "HttpExchange.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

/// A test run's timeline: the browser's hops on the authorization page and
/// the HTTP exchanges, in the order they happened. Everything in it comes
/// redacted.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Kind, Method, Url, Status, Duration, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void addHop(const QJsonObject &hop);
    void addExchange(const HttpExchange &exchange);
    /// Shows a stored run: its hops and exchanges, in the order they happened.
    void setStoredRun(const QJsonArray &navigations, const QList<HttpExchange> &exchanges);
    /// Replaces the exchanges (redacted once more at the end of a run), keeping the hops.
    void setExchanges(const QList<HttpExchange> &exchanges);

    /// True where row @p row is an HTTP exchange, not a browser hop.
    bool isExchange(int row) const { return row >= 0 && row < m_entries.size() && !m_entries.at(row).isHop; }
    /// The request and the response of row @p row, as text: method, URL,
    /// status, headers, bodies and timing; for a hop, its URL and what it carried.
    QString details(int row) const;

private:
    struct Entry
    {
        bool isHop = false;
        QJsonObject hop;
        HttpExchange exchange;
        QDateTime at() const;
    };
    QList<Entry> m_entries;
};
