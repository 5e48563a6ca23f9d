#include "PreviewLauncher.h"

#include "ApplicationRepository.h"
#include "ConnectService.h"
#include "ConsoleConnectService.h"
#include "SecretStore.h"
#include "WidgetSessionClient.h"
#include "WidgetUrlTemplate.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcPreviewLauncher, "linkdeck.web.preview.launcher")

namespace {

const QString kClientSecret = QStringLiteral("client_secret");

} // namespace

PreviewLauncher::PreviewLauncher(
    Workspace &workspace, SecretStore &secrets, ConsoleConnectService &connectService, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_connect(connectService)
    , m_client(new WidgetSessionClient(this))
{
    connect(
        m_client, &WidgetSessionClient::finished, this, [this](const WidgetSessionClient::Result &result) {
            if (!result.isOk())
                return fail(result.error);
            Launch launch;
            launch.sessionId = result.sessionId;
            if (m_options.target == PreviewOptions::Target::Remote) {
                launch.url = remoteUrl(result.sessionId);
            } else {
                launch.url = result.url;
                QUrlQuery query(launch.url);
                query.addQueryItem(QStringLiteral("theme"), m_options.theme);
                launch.url.setQuery(query);
                launch.service = m_service;
            }
            // The session id opens the widget for anyone who has it: not logged.
            qCDebug(lcPreviewLauncher) << "widget session minted on" << launch.url.host();
            Q_EMIT launched(launch);
        });
}

void PreviewLauncher::cancel()
{
    ++m_generation;
    m_client->cancel();
}

void PreviewLauncher::launch(const PreviewOptions &options)
{
    cancel();
    m_options = options;
    const auto application = ApplicationRepository(m_workspace).find(options.applicationId);
    if (!application)
        return fail(tr("Choose an application (add one on the Applications page)."));
    m_clientId = application->clientId;
    if (options.providers.isEmpty())
        return fail(tr("Choose at least one source to offer."));

    if (options.target == PreviewOptions::Target::Remote) {
        const WidgetUrlTemplate urlTemplate(options.urlTemplate);
        QString error;
        if (!urlTemplate.check(&error))
            return fail(error);
        if (urlTemplate.needsService() && options.serviceUrl.trimmed().isEmpty())
            return fail(tr("Enter the base URL of the remote connect service for {service}."));
        if (!urlTemplate.needsSession()) {
            Launch launch;
            launch.url = remoteUrl({});
            QTimer::singleShot(0, this, [this, launch, generation = m_generation]() {
                if (generation == m_generation)
                    Q_EMIT launched(launch);
            });
            return;
        }
    }
    if (!application->hasClientSecret)
        return fail(tr("%1 has no client secret yet. Generate one on the Applications page, then try "
                       "again.")
                        .arg(application->name));
    m_secrets.read(SecretStore::applicationOwner(m_clientId), kClientSecret, this,
        [this, name = application->name, generation = m_generation](const SecretStore::Result &read) {
            if (generation != m_generation)
                return;
            switch (read.status) {
            case SecretStore::Result::Status::Ok:
                return withSecret(read.value);
            case SecretStore::Result::Status::NotFound:
                return fail(tr("The client secret of %1 is not in this keyring, so the preview cannot ask "
                               "for a session. Rotate the secret on the Applications page (Client secret › "
                               "Rotate…) and try again.")
                                .arg(name));
            case SecretStore::Result::Status::NoKeyring:
            case SecretStore::Result::Status::Failed:
                return fail(tr("The client secret of %1 cannot be read: %2").arg(name, read.message));
            }
        });
}

void PreviewLauncher::withSecret(const QString &secret)
{
    if (m_options.target == PreviewOptions::Target::Remote)
        return mint(QUrl(m_options.serviceUrl.trimmed(), QUrl::StrictMode), secret, nullptr);
    m_connect.whenReady(
        this, [this, secret, generation = m_generation](ConnectService *service, const QString &error) {
            if (generation != m_generation)
                return;
            if (!service)
                return fail(tr("The console's connect service is not running. %1").arg(error));
            mint(service->baseUrl(), secret, service);
        });
}

void PreviewLauncher::mint(const QUrl &serviceUrl, const QString &secret, ConnectService *service)
{
    m_service = service;
    m_client->mint(
        serviceUrl, m_clientId, secret, { m_options.referenceId, m_options.providers, m_options.language });
}

void PreviewLauncher::fail(const QString &message)
{
    // Always asynchronous, like success.
    QTimer::singleShot(0, this, [this, message, generation = m_generation]() {
        if (generation == m_generation)
            Q_EMIT failed(message);
    });
}

QUrl PreviewLauncher::remoteUrl(const QString &sessionId) const
{
    return WidgetUrlTemplate(m_options.urlTemplate)
        .expand({ { QStringLiteral("service"), m_options.serviceUrl.trimmed() },
            { QStringLiteral("session_id"), sessionId }, { QStringLiteral("client_id"), m_clientId },
            { QStringLiteral("reference_id"), m_options.referenceId },
            { QStringLiteral("language"), m_options.language }, { QStringLiteral("theme"), m_options.theme },
            { QStringLiteral("providers"), m_options.providers.join(QLatin1Char(',')) } });
}
