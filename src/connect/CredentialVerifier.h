#pragma once

#include "CredentialCheck.h"

#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;

/// Checks a user's credentials (username and password, or an e-mail
/// address) against a provider's login endpoint: a JSON POST whose 2xx
/// answer accepts them and 401 or 403 rejects them. Credentials go only
/// over https (or to loopback) and are never logged or kept.
class CredentialVerifier : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialCheck &)>;

    CredentialVerifier(
        QNetworkAccessManager *network, std::chrono::milliseconds timeout, QObject *parent = nullptr);

    /// POSTs @p credentials to @p loginUrl; answers on @p context.
    void verify(const QUrl &loginUrl, const QJsonObject &credentials, QObject *context, Callback done);

    /// True for https, and for http to a loopback host.
    static bool isSafeForCredentials(const QUrl &url);

private:
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout;
};
