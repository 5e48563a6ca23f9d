#include "WebhookDeliveriesModel.h"

#include "StatusAccent.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {

// Today's times without the date: the columns stay narrow where most rows are recent.
QString shortTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

WebhookDeliveriesModel::WebhookDeliveriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WebhookDeliveriesModel::setDeliveries(const QList<WebhookDelivery> &deliveries)
{
    beginResetModel();
    m_deliveries = deliveries;
    endResetModel();
}

int WebhookDeliveriesModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_deliveries.size(); ++row) {
        if (m_deliveries.at(row).id == id)
            return row;
    }
    return -1;
}

QString WebhookDeliveriesModel::statusText(WebhookDelivery::Status status)
{
    switch (status) {
    case WebhookDelivery::Status::Pending:
        return tr("pending");
    case WebhookDelivery::Status::Retrying:
        return tr("retrying");
    case WebhookDelivery::Status::Delivered:
        return tr("delivered");
    case WebhookDelivery::Status::Failed:
        return tr("failed");
    }
    return {};
}

int WebhookDeliveriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deliveries.size());
}

int WebhookDeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookDeliveriesModel::display(const WebhookDelivery &delivery, int column) const
{
    switch (column) {
    case Event:
        return delivery.eventKind;
    case Status:
        return statusText(delivery.status);
    case Attempts:
        return delivery.attempts;
    case ResponseCode:
        return delivery.attempts == 0   ? QString()
            : delivery.lastResponseCode ? QString::number(delivery.lastResponseCode)
                                        : tr("no answer");
    case Duration:
        return delivery.attempts == 0 ? QString() : tr("%1 ms").arg(delivery.durationMs);
    case Created:
        return shortTime(delivery.createdAt);
    case NextAttempt:
        return shortTime(delivery.nextAttemptAt);
    }
    return {};
}

QVariant WebhookDeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookDelivery &delivery = m_deliveries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(delivery, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status || index.column() == ResponseCode)
            return delivery.lastError.isEmpty() ? QVariant() : QVariant(delivery.lastError);
        if (index.column() == Created && delivery.createdAt.isValid())
            return QLocale().toString(delivery.createdAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == NextAttempt && delivery.nextAttemptAt.isValid())
            return QLocale().toString(delivery.nextAttemptAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        switch (delivery.status) {
        case WebhookDelivery::Status::Delivered:
            return StatusAccent::color(StatusAccent::Kind::Ok, QGuiApplication::palette());
        case WebhookDelivery::Status::Failed:
            return StatusAccent::color(StatusAccent::Kind::Error, QGuiApplication::palette());
        case WebhookDelivery::Status::Retrying:
            return StatusAccent::color(StatusAccent::Kind::Warning, QGuiApplication::palette());
        case WebhookDelivery::Status::Pending:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts || index.column() == ResponseCode || index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DeliveryIdRole:
        return delivery.id;
    case SortRole:
        switch (index.column()) {
        case Attempts:
            return delivery.attempts;
        case ResponseCode:
            return delivery.lastResponseCode;
        case Duration:
            return delivery.durationMs;
        case Created:
            return delivery.createdAt;
        case NextAttempt:
            return delivery.nextAttemptAt;
        default:
            return display(delivery, index.column());
        }
    default:
        return {};
    }
}

QVariant WebhookDeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Event:
        return tr("Event");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case ResponseCode:
        return tr("Response");
    case Duration:
        return tr("Duration");
    case Created:
        return tr("Created");
    case NextAttempt:
        return tr("Next attempt");
    }
    return {};
}
