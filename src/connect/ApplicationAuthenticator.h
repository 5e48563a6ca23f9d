#pragma once

#include "ApiError.h"
#include "Application.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <chrono>
#include <functional>
#include <optional>

class CatalogCache;
class Clock;
class SecretStore;

/// Checks an application's HTTP Basic credentials: its client ID and its
/// client secret, which lives in the keyring. Secrets are compared in
/// constant time. The digests of secrets already read are kept in memory
/// for a while (the cache lifetime, on the service's clock); a secret that
/// does not match is read again (at most every five seconds per
/// application), so a new secret works within seconds and an old one stops
/// working when its digest expires.
class ApplicationAuthenticator : public QObject
{
    Q_OBJECT

public:
    using Callback
        = std::function<void(const std::optional<Application> &application, const ApiError &error)>;

    ApplicationAuthenticator(CatalogCache &catalog, SecretStore *secrets, const Clock &clock,
        std::chrono::seconds cacheLifetime, QObject *parent = nullptr);

    /// Checks the Authorization header @p authorization. Answers at once
    /// (before returning) where that needs no keyring: a malformed header,
    /// an unknown client ID, a secret whose digest is kept; otherwise once
    /// the keyring answered, on @p context.
    void authenticate(const QByteArray &authorization, QObject *context, Callback done);

    /// Drops what is known of @p clientId's secret (after a rotation).
    void forget(const QString &clientId);

    /// Splits "Basic base64(id:secret)"; false where it is not that.
    static bool parseBasic(const QByteArray &header, QString *clientId, QByteArray *secret);
    /// Equal lengths and bytes, in time independent of where they differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    struct CachedDigest
    {
        QByteArray digest; ///< BLAKE2b of the secret
        QDateTime readAt;
    };

    CatalogCache &m_catalog;
    SecretStore *m_secrets;
    const Clock &m_clock;
    std::chrono::seconds m_cacheLifetime;
    QHash<QString, CachedDigest> m_digests; ///< by client ID
};
