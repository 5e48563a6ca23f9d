#include "PreviewTimelineModel.h"

#include "ConnectService.h"
#include "EventRepository.h"

#include <QJsonArray>
#include <QLocale>

PreviewTimelineModel::PreviewTimelineModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{ }

void PreviewTimelineModel::clear()
{
    disconnect(m_connection);
    m_sessionId.clear();
    m_connectionIds.clear();
    m_lastEventId = 0;
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void PreviewTimelineModel::followSession(ConnectService *service, const QString &sessionId)
{
    disconnect(m_connection);
    m_sessionId = sessionId;
    m_connectionIds.clear();
    // Connected before reading, and deduplicated by id, so that no event
    // falls between what is read and what is announced.
    m_connection = connect(service, &ConnectService::eventRecorded, this,
        [this](qint64 eventId, const QString &, const QString &session, const QString &connection) {
            onEventRecorded(eventId, session, connection);
        });
    for (const ConnectEvent &event : EventRepository(m_workspace).forSession(sessionId))
        appendEvent(event);
}

void PreviewTimelineModel::onEventRecorded(
    qint64 eventId, const QString &sessionId, const QString &connectionId)
{
    if (eventId <= m_lastEventId)
        return;
    const bool ours = (!sessionId.isEmpty() && sessionId == m_sessionId)
        || (!connectionId.isEmpty() && m_connectionIds.contains(connectionId));
    if (!ours)
        return;
    const QList<ConnectEvent> events = EventRepository(m_workspace).since(eventId - 1, 1);
    if (!events.isEmpty() && events.constFirst().id == eventId)
        appendEvent(events.constFirst());
}

void PreviewTimelineModel::appendEvent(const ConnectEvent &event)
{
    if (event.id <= m_lastEventId)
        return;
    m_lastEventId = event.id;
    if (!event.connectionId.isEmpty())
        m_connectionIds.insert(event.connectionId);
    append({ event.id, event.at, event.kind, detailsText(event.detail) });
}

void PreviewTimelineModel::addBrowserEntry(const QString &kind, const QUrl &url)
{
    const QUrl shown = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    append({ 0, QDateTime::currentDateTimeUtc(), kind, shown.toDisplayString() });
}

void PreviewTimelineModel::append(const Entry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

QStringList PreviewTimelineModel::kinds() const
{
    QStringList kinds;
    for (const Entry &entry : m_entries)
        kinds << entry.kind;
    return kinds;
}

QString PreviewTimelineModel::detailsText(const QJsonObject &detail)
{
    QStringList parts;
    // QJsonObject keeps its keys sorted.
    for (auto it = detail.constBegin(); it != detail.constEnd(); ++it) {
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &item : it.value().toArray())
                items << item.toVariant().toString();
            value = items.join(QStringLiteral(", "));
        } else {
            value = it.value().toVariant().toString();
        }
        if (!value.isEmpty())
            parts << it.key() + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral("; "));
}

int PreviewTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PreviewTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(entry.at.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
        case Kind:
            return entry.kind;
        case Details:
            return entry.details;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
        case Kind:
            return entry.eventId ? tr("Recorded by the connect service (event %1)").arg(entry.eventId)
                                 : tr("Loaded by the preview's browser");
        case Details:
            return entry.details;
        }
    }
    return {};
}

QVariant PreviewTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Event");
    case Details:
        return tr("Details");
    }
    return {};
}
