#pragma once

#include "ConnectEvent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QUrl>

class ConnectService;
class Workspace;

/// The timeline beside the previewed widget: what the connect service
/// recorded for the widget session (session.created, widget.open,
/// oauth.started, auth, …), live, and what the preview's browser loaded.
class PreviewTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Kind, Details, ColumnCount };
    Q_ENUM(Column)

    struct Entry
    {
        qint64 eventId = 0; ///< 0 for what the browser did
        QDateTime at;
        QString kind;
        QString details;
    };

    explicit PreviewTimelineModel(Workspace &workspace, QObject *parent = nullptr);

    /// Forgets every entry and stops following a session.
    void clear();
    /// Shows the events of @p sessionId recorded so far, then those
    /// @p service records (and those of the connections it makes), live.
    void followSession(ConnectService *service, const QString &sessionId);
    /// Adds what the browser did: @p kind ("browser.load", "browser.error")
    /// at @p url, shown without its query, which may hold codes and states.
    void addBrowserEntry(const QString &kind, const QUrl &url);

    QList<Entry> entries() const { return m_entries; }
    /// The kinds of the entries, oldest first.
    QStringList kinds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// An event's detail as "key: value" pairs, in key order.
    static QString detailsText(const QJsonObject &detail);

private:
    void onEventRecorded(qint64 eventId, const QString &sessionId, const QString &connectionId);
    void appendEvent(const ConnectEvent &event);
    void append(const Entry &entry);

    Workspace &m_workspace;
    QMetaObject::Connection m_connection;
    QString m_sessionId;
    QSet<QString> m_connectionIds; ///< made through the session
    qint64 m_lastEventId = 0;
    QList<Entry> m_entries;
};
