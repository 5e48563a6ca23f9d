#pragma once

#include "Clock.h"

#include <QHostAddress>
#include <QObject>
#include <QTextStream>

class CommandLine;
class ConnectService;
class SecretStore;
class UnixSignalWatcher;
class Workspace;

/// `linkdeck serve`: runs the connect service headless until SIGINT or
/// SIGTERM, then stops cleanly with status 0. It listens on loopback
/// unless --allow-remote is given.
class ServeCommand : public QObject
{
    Q_OBJECT

public:
    ServeCommand(Workspace &workspace, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~ServeCommand() override;

    void start(const CommandLine &line);

    /// Reads "HOST:PORT" or "[IPv6]:PORT"; HOST is an address or "localhost".
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void stop(int signalNumber);
    void finish(int exitCode);
    int fail(const QString &message);

    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
    SystemClock m_clock;
    SecretStore *m_secrets = nullptr;
    ConnectService *m_service = nullptr;
    UnixSignalWatcher *m_signals = nullptr;
    bool m_finished = false;
};
