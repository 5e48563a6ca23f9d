#include "ServeCommand.h"

#include "CommandLine.h"
#include "ConnectService.h"
#include "ConnectSettings.h"
#include "SecretStore.h"
#include "TokenSealer.h"
#include "UnixSignalWatcher.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcServe, "linkdeck.cli.serve")

ServeCommand::ServeCommand(Workspace &workspace, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_out(out)
    , m_err(err)
{ }

ServeCommand::~ServeCommand()
{
    // The service goes before the clock it reads.
    delete m_service;
}

bool ServeCommand::parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *error = tr("\"%1\" is not HOST:PORT.").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || text.count(QLatin1Char(':')) > 1) {
            *error = tr("\"%1\" is not HOST:PORT (for IPv6, [ADDRESS]:PORT).").arg(text);
            return false;
        }
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number > 65535) {
        *error = tr("\"%1\" is not a port number (0 to 65535).").arg(portText);
        return false;
    }
    const QHostAddress parsed
        = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (parsed.isNull()) {
        *error = tr("\"%1\" is not an IP address.").arg(host);
        return false;
    }
    *address = parsed;
    *port = quint16(number);
    return true;
}

int ServeCommand::fail(const QString &message)
{
    m_err << message << '\n';
    return 1;
}

void ServeCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    // Always asynchronous, so callers can connect after start().
    QTimer::singleShot(0, this, [this, exitCode]() { Q_EMIT finished(exitCode); });
}

void ServeCommand::start(const CommandLine &line)
{
    if (line.words().size() != 1) {
        m_err << tr("Usage: linkdeck serve [--listen 127.0.0.1:PORT] [--allow-remote] [--public-url URL]")
              << '\n';
        return finish(2);
    }
    ConnectSettings settings;
    QString error;
    const QString listen = line.listen().isEmpty() ? QStringLiteral("127.0.0.1:0") : line.listen();
    if (!parseListen(listen, &settings.address, &settings.port, &error))
        return finish(fail(error));
    if (!settings.address.isLoopback() && !line.allowRemote())
        return finish(fail(tr("%1 is not a loopback address. The connect service speaks plain HTTP; to serve "
                              "other machines anyway (behind a TLS proxy), add --allow-remote.")
                               .arg(settings.address.toString())));
    if (!line.publicUrl().isEmpty()) {
        settings.publicBaseUrl = QUrl(line.publicUrl(), QUrl::StrictMode);
        if (!settings.publicBaseUrl.isValid() || settings.publicBaseUrl.host().isEmpty()
            || !settings.publicBaseUrl.scheme().startsWith(QLatin1String("http")))
            return finish(fail(tr("\"%1\" is not an http(s) URL.").arg(line.publicUrl())));
    }

    // Signals are watched from the start, so an early SIGTERM also ends cleanly.
    m_signals = new UnixSignalWatcher(this);
    connect(m_signals, &UnixSignalWatcher::signalled, this, &ServeCommand::stop);

    m_secrets = new SecretStore(m_workspace.id(), this);
    TokenSealer::loadKey(m_secrets, this,
        [this, settings, allowRemote = line.allowRemote()](const TokenSealer::KeyResult &key) {
            if (m_finished)
                return;
            if (!key.isOk())
                return finish(fail(key.error));
            if (key.created)
                m_err << tr("Created a token sealing key in the keyring.") << '\n';
            m_service = new ConnectService(m_workspace, m_secrets, TokenSealer(key.key), m_clock, settings);
            QString listenError;
            if (!m_service->listen(&listenError))
                return finish(fail(listenError));
            if (allowRemote && settings.publicBaseUrl.isEmpty() && !settings.address.isLoopback())
                m_err << tr("Warning: without --public-url, widget URLs and redirect URIs name %1.")
                             .arg(m_service->baseUrl().toDisplayString())
                      << '\n';
            m_out
                << tr("Linkdeck connect service listening on %1").arg(m_service->baseUrl().toDisplayString())
                << '\n';
            m_out << tr("Workspace: %1. Stop with Ctrl+C.").arg(m_workspace.location()) << '\n';
            m_out.flush();
            m_err.flush();
        });
}

void ServeCommand::stop(int signalNumber)
{
    qCInfo(lcServe) << "stopping on signal" << signalNumber;
    delete m_service;
    m_service = nullptr;
    m_err << tr("Stopped.") << '\n';
    finish(0);
}
