#pragma once

#include "Clock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class ConnectService;
class SecretStore;
class Settings;
class Workspace;

/// The connect service the console runs for its own pages (Preview,
/// Tests): on 127.0.0.1, on the port of Settings::Key::ConnectServicePort
/// (0, the default: any free port), with the token sealing key found as
/// `linkdeck serve` finds it (environment, else the keyring). It starts on
/// demand, the first time a page asks, so a console that never previews
/// pays nothing for it.
class ConsoleConnectService : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    /// Answers a start: the running service, or null with a message for the user.
    using ReadyCallback = std::function<void(ConnectService *service, const QString &error)>;

    /// Everything given must outlive this object.
    ConsoleConnectService(
        Workspace &workspace, SecretStore &secrets, Settings &settings, QObject *parent = nullptr);
    ~ConsoleConnectService() override;

    /// Starts the service unless it runs or is starting; after a failure
    /// it is tried again. started() or failed() tell how it went.
    void start();
    /// Starts the service where needed and calls @p done on @p context once
    /// it runs or could not start (always asynchronously; not at all where
    /// @p context is gone by then).
    void whenReady(QObject *context, ReadyCallback done);

    State state() const { return m_state; }
    /// The running service; null unless state() is Running.
    ConnectService *service() const { return m_service.get(); }
    /// Where the running service listens; empty unless it runs.
    QUrl baseUrl() const;
    /// Why the last start failed, for the user.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    struct Waiting
    {
        QPointer<QObject> context;
        ReadyCallback done;
    };

    /// Listens with @p key; @p error says why there is none where it is empty.
    void onKey(const QByteArray &key, const QString &error);
    void fail(const QString &message);
    /// Answers everyone waiting in whenReady().
    void finish();

    Workspace &m_workspace;
    SecretStore &m_secrets;
    Settings &m_settings;
    // Declared before the service, which reads it to its end.
    SystemClock m_clock;
    std::unique_ptr<ConnectService> m_service;
    State m_state = State::Stopped;
    QString m_error;
    QList<Waiting> m_waiting;
};
