#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// A real OAuth 1.0a provider (python3-oauthlib, tests/peers/oauth1-server.py)
/// on a free loopback port, for as long as the object lives.
class OAuth1Server
{
public:
    /// Starts the provider knowing these consumer keys and secrets, and
    /// accepting only @p signatureMethods ("HMAC-SHA1", …) where given.
    explicit OAuth1Server(const QMap<QString, QString> &clients, const QStringList &signatureMethods = {});
    ~OAuth1Server();
    OAuth1Server(const OAuth1Server &) = delete;
    OAuth1Server &operator=(const OAuth1Server &) = delete;

    bool isRunning() const { return !m_base.isEmpty(); }
    QString errorMessage() const { return m_error; }
    /// e.g. "http://127.0.0.1:40123".
    QString base() const { return m_base; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_base;
    QString m_error;
};
