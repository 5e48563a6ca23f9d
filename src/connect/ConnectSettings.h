#pragma once

#include "WebhookPolicy.h"

#include <QHostAddress>
#include <QUrl>
#include <chrono>

/// How the connect service listens and how long what it hands out lasts.
struct ConnectSettings
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0: any free port
    /// The address applications and browsers reach the service at; empty:
    /// http://<address>:<port>. Widget URLs and OAuth redirect URIs use it.
    QUrl publicBaseUrl;
    std::chrono::seconds sessionLifetime { 60 * 60 };
    std::chrono::seconds linkTokenLifetime { 60 * 60 };
    /// How long a user has to come back from a provider's authorization page.
    std::chrono::seconds authorizationLifetime { 30 * 60 };
    /// How long the popup's special token may wait to be exchanged.
    std::chrono::seconds specialTokenLifetime { 10 * 60 };
    /// How long a user access token from that exchange reads connections.
    std::chrono::seconds userAccessTokenLifetime { 30 * 24 * 60 * 60 };
    /// How long an application secret read from the keyring is trusted
    /// before it is read again; a rotated secret replaces the old one
    /// within this time.
    std::chrono::seconds secretCacheLifetime { 60 };
    /// Larger request bodies are refused with 413.
    qsizetype maxBodyBytes = 64 * 1024;
    /// For each call to a provider's login endpoint.
    std::chrono::milliseconds providerTimeout { 15000 };
    WebhookPolicy webhooks;
};
