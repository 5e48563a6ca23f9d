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

void ConnectContext::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    m_baseText = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    while (m_baseText.endsWith(QLatin1Char('/')))
        m_baseText.chop(1);
}

QUrl ConnectContext::endpoint(const QString &path) const
{
    return QUrl(endpointText(path), QUrl::StrictMode);
}

QString ConnectContext::endpointText(const QString &path) const
{
    // What QUrl leaves as it is in a fully encoded path.
    static const QByteArray kKept = QByteArrayLiteral("/!$&'()*+,;=:@");
    return m_baseText + QString::fromLatin1(QUrl::toPercentEncoding(path, kKept));
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
