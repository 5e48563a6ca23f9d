#pragma once

#include "ConnectSettings.h"
#include "TokenSealer.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <memory>

class ApplicationAuthenticator;
class CatalogCache;
class CommitBatcher;
class Clock;
struct ConnectEvent;
class CredentialVerifier;
class QNetworkAccessManager;
class SecretStore;
class WebhookSender;
class Workspace;

/// What every part of the connect service shares: the workspace, the
/// keyring, the sealer, the clock, the settings and the service's own
/// helpers. Owned by ConnectService.
class ConnectContext : public QObject
{
    Q_OBJECT

public:
    ConnectContext(Workspace &workspace, SecretStore *secrets, const TokenSealer &sealer, const Clock &clock,
        const ConnectSettings &settings, QObject *parent = nullptr);
    ~ConnectContext() override;

    Workspace &workspace() const { return m_workspace; }
    SecretStore *secrets() const { return m_secrets; }
    const TokenSealer &sealer() const { return m_sealer; }
    const Clock &clock() const { return m_clock; }
    const ConnectSettings &settings() const { return m_settings; }
    QDateTime now() const;

    QNetworkAccessManager *network() const { return m_network; }
    WebhookSender *webhooks() const { return m_webhooks; }
    ApplicationAuthenticator *authenticator() const { return m_authenticator; }
    /// The catalogue as requests read it: applications and the sources they may use.
    CatalogCache &catalog() const { return *m_catalog; }
    CredentialVerifier *credentials() const { return m_credentials; }
    /// Group commit on the workspace, for writes made per request under load.
    CommitBatcher *commits() const { return m_commits; }

    /// Where the service is reached, set once it listens.
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);
    /// The absolute URL of @p path ("/widget/…") on the service.
    QUrl endpoint(const QString &path) const;
    /// The same, fully encoded: put together from text kept for it, as an
    /// answer to every session request needs it.
    QString endpointText(const QString &path) const;

    /// Appends @p event to the log (timestamped now) and announces it.
    bool recordEvent(ConnectEvent *event);
    /// Announces an event appended in a transaction, once that committed.
    void announce(const ConnectEvent &event);

Q_SIGNALS:
    void eventRecorded(
        qint64 eventId, const QString &kind, const QString &sessionId, const QString &connectionId);

private:
    Workspace &m_workspace;
    SecretStore *m_secrets;
    TokenSealer m_sealer;
    const Clock &m_clock;
    ConnectSettings m_settings;
    std::unique_ptr<CatalogCache> m_catalog;
    QNetworkAccessManager *m_network;
    WebhookSender *m_webhooks;
    ApplicationAuthenticator *m_authenticator;
    CredentialVerifier *m_credentials;
    CommitBatcher *m_commits;
    QUrl m_baseUrl;
    QString m_baseText; ///< m_baseUrl fully encoded, without a trailing slash
};
