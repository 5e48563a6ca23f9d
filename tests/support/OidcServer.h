#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

/// A real OpenID Connect server (oidc-provider, tests/peers/oidc-server.mjs)
/// on a free loopback port, for as long as the object lives.
class OidcServer
{
public:
    /// Starts the server with these oidc-provider client records.
    explicit OidcServer(const QJsonArray &clients, bool pkceRequired = true);
    ~OidcServer();
    OidcServer(const OidcServer &) = delete;
    OidcServer &operator=(const OidcServer &) = delete;

    /// True once the server listens; errorMessage() says why not.
    bool isRunning() const { return !m_issuer.isEmpty(); }
    QString errorMessage() const { return m_error; }
    /// e.g. "http://127.0.0.1:40123".
    QString issuer() const { return m_issuer; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_issuer;
    QString m_error;
};
