#pragma once

#include "PreviewOptions.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ConnectService;
class ConsoleConnectService;
class SecretStore;
class WidgetSessionClient;
class Workspace;

/// Turns what the Preview page is asked to show into the URL of a widget:
/// reads the application's secret from the keyring, starts the console's
/// connect service where needed, mints a widget session over HTTP as a
/// developer's server would (or on a remote service), and puts the theme
/// or the template's placeholders in. Needs no window. A new launch()
/// abandons the one before.
class PreviewLauncher : public QObject
{
    Q_OBJECT

public:
    struct Launch
    {
        QUrl url; ///< what the preview loads
        QString sessionId; ///< empty where none was minted
        /// The service whose events the session's timeline follows; null for a remote one.
        QPointer<ConnectService> service;
    };

    PreviewLauncher(Workspace &workspace, SecretStore &secrets, ConsoleConnectService &connectService,
        QObject *parent = nullptr);

    /// Starts on @p options; launched() or failed() tells.
    void launch(const PreviewOptions &options);
    /// Abandons the launch under way; neither signal comes for it.
    void cancel();

Q_SIGNALS:
    void launched(const PreviewLauncher::Launch &launch);
    void failed(const QString &message);

private:
    void withSecret(const QString &secret);
    void mint(const QUrl &serviceUrl, const QString &secret, ConnectService *service);
    void fail(const QString &message);
    /// The remote template with every placeholder but {session_id} filled.
    QUrl remoteUrl(const QString &sessionId) const;

    Workspace &m_workspace;
    SecretStore &m_secrets;
    ConsoleConnectService &m_connect;
    WidgetSessionClient *m_client;
    PreviewOptions m_options;
    QString m_clientId;
    QPointer<ConnectService> m_service; ///< of the session being minted
    /// Counts launches, so that answers to an abandoned one are dropped.
    quint64 m_generation = 0;
};
