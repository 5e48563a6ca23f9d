#pragma once

#include "ConnectEvent.h"
#include "ConnectionsController.h"
#include "UserConnection.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

/// One connection in detail beside the Connections table: who and what,
/// the token's state, requested against granted scopes (missing ones
/// highlighted), the actions, and the event history with the recorded
/// HTTP exchanges of the selected event.
class ConnectionDetailPane : public QWidget
{
    Q_OBJECT

public:
    /// What the pane shows of one connection.
    struct Contents
    {
        UserConnection connection;
        ConnectionsController::TokenState tokens;
        QList<ConnectEvent> events;
        QString applicationName;
        QString sourceName;
        bool canRefresh = false; ///< an OAuth 2.0 source
        bool canTestCall = false; ///< the source has a test API path
        QDateTime now;
    };

    explicit ConnectionDetailPane(QWidget *parent = nullptr);

    void setContents(const Contents &contents);
    /// Shows the hint for an empty selection.
    void clear();
    bool hasConnection() const { return !m_connectionId.isEmpty(); }
    QString connectionId() const { return m_connectionId; }

    /// Disables the actions and shows @p what while one runs.
    void setBusy(bool busy, const QString &what = {});
    /// Says how the last action ended.
    void showOutcome(bool ok, const QString &message);

    /// The scopes of @p requested missing from @p granted (both as stored:
    /// separated by spaces or commas).
    static QStringList missingScopes(const QString &requested, const QString &granted);

Q_SIGNALS:
    void refreshRequested();
    void testCallRequested();
    void revokeRequested();
    void copyIdsRequested();
    void exportRequested();

private:
    void showExchanges();
    void updateActions();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_connectionIdLabel = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_refreshed = nullptr;
    QLabel *m_token = nullptr;
    QLabel *m_refreshToken = nullptr;
    QLabel *m_lastError = nullptr;
    QListWidget *m_scopes = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_testCall = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_copyIds = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_outcome = nullptr;
    QTreeWidget *m_events = nullptr;
    QPlainTextEdit *m_exchange = nullptr;
    QString m_connectionId;
    Contents m_contents;
    bool m_busy = false;
};
