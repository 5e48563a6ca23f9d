#pragma once

#include "WebhookDelivery.h"

#include <QAbstractTableModel>
#include <QList>

/// The webhook deliveries of one application, newest first: what was
/// sent, how it went and when it is tried next.
class WebhookDeliveriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Event, Status, Attempts, ResponseCode, Duration, Created, NextAttempt, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        DeliveryIdRole = Qt::UserRole + 1, ///< the row's delivery id, in every column
        SortRole, ///< a value that sorts the column by meaning (numbers, times)
    };

    explicit WebhookDeliveriesModel(QObject *parent = nullptr);

    /// Replaces the rows.
    void setDeliveries(const QList<WebhookDelivery> &deliveries);
    WebhookDelivery delivery(int row) const { return m_deliveries.value(row); }
    /// The row of the delivery @p id, or -1.
    int rowOf(qint64 id) const;

    /// The status as the table says it, translated.
    static QString statusText(WebhookDelivery::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const WebhookDelivery &delivery, int column) const;

    QList<WebhookDelivery> m_deliveries;
};
