#include "ConnectContext.h"

#include "ApplicationAuthenticator.h"
#include "CatalogCache.h"
#include "Clock.h"
#include "CommitBatcher.h"
#include "ConnectEvent.h"
#include "CredentialVerifier.h"
#include "EventRepository.h"
#include "WebhookSender.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcContext, "linkdeck.connect.context")

ConnectContext::ConnectContext(Workspace &workspace, SecretStore *secrets, const TokenSealer &sealer,
    const Clock &clock, const ConnectSettings &settings, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_sealer(sealer)
    , m_clock(clock)
    , m_settings(settings)
    , m_catalog(std::make_unique<CatalogCache>(workspace))
    , m_network(new QNetworkAccessManager(this))
    , m_webhooks(new WebhookSender(workspace, secrets, m_network, clock, settings.webhooks, this))
    , m_authenticator(
          new ApplicationAuthenticator(*m_catalog, secrets, clock, settings.secretCacheLifetime, this))
    , m_credentials(new CredentialVerifier(m_network, settings.providerTimeout, this))
    , m_commits(new CommitBatcher(workspace, this))
{ }

ConnectContext::~ConnectContext() = default;

QDateTime ConnectContext::now() const
{
    return m_clock.now();
}

QUrl ConnectContext::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

bool ConnectContext::recordEvent(ConnectEvent *event)
{
    event->at = m_clock.now();
    const StoreResult stored = EventRepository(m_workspace).append(event);
    if (!stored) {
        qCWarning(lcContext) << "could not record the event" << event->kind << stored.message;
        return false;
    }
    announce(*event);
    return true;
}

void ConnectContext::announce(const ConnectEvent &event)
{
    Q_EMIT eventRecorded(event.id, event.kind, event.sessionId, event.connectionId);
}
