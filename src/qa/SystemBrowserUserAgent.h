#pragma once

#include "UserAgent.h"

#include <QCoreApplication>
#include <memory>

class QHttpServer;

/// The authorization page in the person's own browser (RFC 8252): the URL
/// opens with QDesktopServices, and the redirect comes back to a listener
/// on 127.0.0.1 at a random port. The redirect URI is therefore
/// http://127.0.0.1:PORT/PATH, which the provider must accept for any port
/// (as RFC 8252 §7.3 asks of native clients). A response in the URL
/// fragment never reaches the listener; use the embedded browser for those.
class SystemBrowserUserAgent : public UserAgent
{
    Q_OBJECT

public:
    explicit SystemBrowserUserAgent(QObject *parent = nullptr);
    ~SystemBrowserUserAgent() override;

    /// Starts listening for the redirect at @p path; false (errorString()
    /// says why) where no loopback port is free.
    bool listen(const QString &path = QStringLiteral("/callback"));
    /// The redirect URI to send, once listen() succeeded.
    QUrl redirectUri() const { return m_redirectUri; }
    QString errorString() const { return m_error; }

    /// Opens @p authorizationUrl in the system browser; @p redirectUri must
    /// be redirectUri().
    void authorize(const QUrl &authorizationUrl, const QUrl &redirectUri) override;
    void cancel() override;

private:
    std::unique_ptr<QHttpServer> m_server;
    QUrl m_redirectUri;
    QString m_error;
    bool m_waiting = false;
};
