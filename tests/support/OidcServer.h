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
    /// How the server treats PKCE.
    enum class Pkce {
        Required, ///< every authorization request must carry a code_challenge
        Optional, ///< checked where a code_challenge was sent
        Ignored, ///< never checked: challenges and verifiers are dropped unseen, as by a careless provider
    };

    /// Starts the server with these oidc-provider client records.
    explicit OidcServer(const QJsonArray &clients, Pkce pkce = Pkce::Required);
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
