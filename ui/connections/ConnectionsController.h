#pragma once

#include "Application.h"
#include "ConnectEvent.h"
#include "IntegrationSource.h"
#include "TokenSealer.h"
#include "UserConnection.h"

#include <QList>
#include <QObject>
#include <QString>
#include <optional>

class Clock;
class ConnectContext;
class SecretStore;
class Workspace;

/// The Connections page's actions, without a window: refresh a
/// connection's token now, call the source's test API with it, revoke it
/// (at the provider where it can, then here, with the "deauth" webhook),
/// copy its ids, export a redacted support bundle. Every action is logged
/// in the connection's event history with the operator's name.
///
/// One action runs at a time; busyChanged() and actionFinished() tell the
/// page. The tokens are opened with the workspace's sealing key, which is
/// loaded from the environment or the keyring when the controller starts.
class ConnectionsController : public QObject
{
    Q_OBJECT

public:
    enum class Action { None, Refresh, TestCall, Revoke };
    Q_ENUM(Action)

    /// What a connection's sealed tokens hold; never the tokens themselves.
    struct TokenState
    {
        bool sealed = false; ///< the connection holds sealed tokens
        bool readable = false; ///< and they could be opened
        bool accessToken = false;
        bool refreshToken = false;
        QString problem; ///< why they could not be opened
    };

    ConnectionsController(
        Workspace &workspace, SecretStore &secrets, const Clock &clock, QObject *parent = nullptr);
    ~ConnectionsController() override;

    /// The name every logged action carries; the OS user name unless set.
    void setOperatorName(const QString &name) { m_operator = name; }
    QString operatorName() const { return m_operator; }

    QDateTime now() const;

    /// The stored connection @p id, read now.
    std::optional<UserConnection> connection(const QString &id) const;
    /// Its history, oldest first.
    QList<ConnectEvent> events(const QString &id) const;
    /// The name of the application @p id (its id where it is gone).
    QString applicationName(qint64 id) const;
    std::optional<IntegrationSource> source(const QString &key) const;
    TokenState tokenState(const UserConnection &connection) const;

    /// True once the token sealing key is loaded; else sealingKeyProblem() says why.
    bool hasSealingKey() const { return m_sealer.hasKey(); }
    QString sealingKeyProblem() const { return m_keyProblem; }

    Action runningAction() const { return m_running; }
    bool isBusy() const { return m_running != Action::None; }

    /// Starts an action on connection @p id; false (with actionFinished()
    /// telling why) where it cannot start.
    bool refresh(const QString &id);
    bool testApiCall(const QString &id);
    bool revoke(const QString &id);

    /// The ids of @p connection as text for the clipboard: connection id,
    /// user id, reference id, application and source, one a line.
    QString idsText(const UserConnection &connection) const;
    /// Puts idsText() on the clipboard.
    void copyIds(const QString &id) const;
    /// Writes a redacted support bundle of connection @p id to @p path.
    bool exportBundle(const QString &id, const QString &path, QString *error) const;
    /// A file name for that bundle.
    QString suggestedBundleName(const QString &id) const;

Q_SIGNALS:
    void busyChanged(bool busy);
    /// An action ended (or could not start); @p message says what happened, in plain words.
    void actionFinished(
        const QString &connectionId, ConnectionsController::Action action, bool ok, const QString &message);
    /// The stored connection @p id changed (tokens, status, history).
    void connectionChanged(const QString &id);
    void sealingKeyChanged();

private:
    bool start(const QString &id, Action action, UserConnection *stored);
    void finish(const QString &id, Action action, bool ok, const QString &message);
    QJsonObject operatorDetail() const;
    /// The application of a started action's @p connection; where it is
    /// gone, the action finishes (asynchronously) saying so.
    std::optional<Application> applicationOf(const UserConnection &connection, Action action);

    Workspace &m_workspace;
    SecretStore &m_secrets;
    const Clock &m_clock;
    TokenSealer m_sealer;
    QString m_keyProblem;
    ConnectContext *m_context = nullptr; ///< once the key is loaded
    QString m_operator;
    Action m_running = Action::None;
};
