#include "ConsoleConnectService.h"

#include "ConnectService.h"
#include "ConnectSettings.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TokenSealer.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcConsoleService, "linkdeck.connect.console")

ConsoleConnectService::ConsoleConnectService(
    Workspace &workspace, SecretStore &secrets, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_settings(settings)
{ }

ConsoleConnectService::~ConsoleConnectService() = default;

QUrl ConsoleConnectService::baseUrl() const
{
    return m_service ? m_service->baseUrl() : QUrl();
}

void ConsoleConnectService::start()
{
    if (m_state == State::Running || m_state == State::Starting)
        return;
    m_state = State::Starting;
    m_error.clear();
    TokenSealer::loadKey(&m_secrets, this, [this](const TokenSealer::KeyResult &key) {
        if (key.created)
            qCInfo(lcConsoleService) << "created a token sealing key in the keyring";
        onKey(key.isOk() ? key.key : QByteArray(), key.error);
    });
}

void ConsoleConnectService::whenReady(QObject *context, ReadyCallback done)
{
    if (m_state == State::Running) {
        // Asynchronous even when there is nothing to wait for, so callers
        // see one order either way.
        QPointer<ConsoleConnectService> self(this);
        QMetaObject::invokeMethod(
            context,
            [self, done]() {
                if (self)
                    done(self->m_service.get(), self->m_error);
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiting.append({ QPointer<QObject>(context), std::move(done) });
    start();
}

void ConsoleConnectService::onKey(const QByteArray &key, const QString &error)
{
    if (key.isEmpty())
        return fail(error);
    bool portOk = false;
    const uint port = m_settings.text(Settings::Key::ConnectServicePort).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(tr("The connect service port \"%1\" (%2 in %3) is not a port number; use 0 for any "
                       "free port.")
                        .arg(m_settings.text(Settings::Key::ConnectServicePort),
                            Settings::name(Settings::Key::ConnectServicePort), m_settings.fileName()));
    ConnectSettings settings;
    settings.address = QHostAddress(QHostAddress::LocalHost);
    settings.port = quint16(port);
    auto service
        = std::make_unique<ConnectService>(m_workspace, &m_secrets, TokenSealer(key), m_clock, settings);
    QString listenError;
    if (!service->listen(&listenError))
        return fail(
            tr("%1 Set another port (0: any free one) as %2 in %3.")
                .arg(listenError, Settings::name(Settings::Key::ConnectServicePort), m_settings.fileName()));
    m_service = std::move(service);
    m_state = State::Running;
    qCInfo(lcConsoleService) << "listening on" << baseUrl().toDisplayString();
    finish();
    Q_EMIT started(baseUrl());
}

void ConsoleConnectService::fail(const QString &message)
{
    qCWarning(lcConsoleService) << "cannot start:" << message;
    m_state = State::Failed;
    m_error = message;
    finish();
    Q_EMIT failed(message);
}

void ConsoleConnectService::finish()
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const Waiting &waiter : waiting) {
        if (waiter.context)
            waiter.done(m_service.get(), m_error);
    }
}
