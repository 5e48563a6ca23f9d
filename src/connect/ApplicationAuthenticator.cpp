#include "ApplicationAuthenticator.h"

#include "CatalogCache.h"
#include "Clock.h"
#include "SecretStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcAuthenticator, "linkdeck.connect.auth")

namespace {

// A digest only ever compared within this process, never stored: BLAKE2b
// (libsodium's generic hash) takes less work than SHA-256 on every request.
QByteArray digest(const QByteArray &secret)
{
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
        reinterpret_cast<const unsigned char *>(secret.constData()), quint64(secret.size()), nullptr, 0);
    return hash;
}

const QString kSecretField = QStringLiteral("client_secret");

// A wrong secret makes the keyring be read again (the secret may have been
// rotated), but not more often than this per application, so that guessing
// cannot flood the keyring.
constexpr qint64 kRereadIntervalMs = 5000;

} // namespace

ApplicationAuthenticator::ApplicationAuthenticator(CatalogCache &catalog, SecretStore *secrets,
    const Clock &clock, std::chrono::seconds cacheLifetime, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_cacheLifetime(cacheLifetime)
{
    // Before libsodium's first use; calling it again does nothing.
    if (sodium_init() < 0)
        qCCritical(lcAuthenticator) << "libsodium could not be initialised";
}

bool ApplicationAuthenticator::parseBasic(const QByteArray &header, QString *clientId, QByteArray *secret)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.size() < 7 || trimmed.left(6).compare("Basic ", Qt::CaseInsensitive) != 0)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(
        trimmed.mid(6).trimmed(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon <= 0)
        return false;
    *clientId = QString::fromUtf8(decoded.decoded.left(colon));
    *secret = decoded.decoded.mid(colon + 1);
    return !secret->isEmpty();
}

bool ApplicationAuthenticator::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

void ApplicationAuthenticator::forget(const QString &clientId)
{
    m_digests.remove(clientId);
}

void ApplicationAuthenticator::authenticate(const QByteArray &authorization, QObject *context, Callback done)
{
    QString clientId;
    QByteArray secret;
    if (!parseBasic(authorization, &clientId, &secret))
        return done(std::nullopt, ApiError::invalidClient());
    const std::optional<Application> application = m_catalog.application(clientId);
    if (!application) {
        qCInfo(lcAuthenticator) << "unknown client ID";
        return done(std::nullopt, ApiError::invalidClient());
    }
    // Digests of equal length compare in constant time whatever the secret's length.
    const QByteArray given = digest(secret);
    const auto cached = m_digests.constFind(clientId);
    const QDateTime now = m_clock.now();
    if (cached != m_digests.cend() && cached->readAt.addSecs(m_cacheLifetime.count()) > now) {
        if (constantTimeEquals(cached->digest, given))
            return done(application, {});
        if (cached->readAt.addMSecs(kRereadIntervalMs) > now) {
            qCInfo(lcAuthenticator) << "wrong client secret for" << clientId;
            return done(std::nullopt, ApiError::invalidClient());
        }
    }

    QPointer<ApplicationAuthenticator> self(this);
    m_secrets->read(SecretStore::applicationOwner(clientId), kSecretField, context,
        [self, clientId, given, application, done](const SecretStore::Result &read) {
            if (read.status == SecretStore::Result::Status::NoKeyring
                || read.status == SecretStore::Result::Status::Failed)
                return done(std::nullopt,
                    ApiError::keyringUnavailable(
                        ApiError::tr("The application's secret cannot be checked: %1").arg(read.message)));
            if (!read.isOk() || read.value.isEmpty()) {
                qCInfo(lcAuthenticator) << "application" << clientId << "has no client secret";
                return done(std::nullopt, ApiError::invalidClient());
            }
            const QByteArray stored = digest(read.value.toUtf8());
            if (self)
                self->m_digests.insert(clientId, { stored, self->m_clock.now() });
            if (!constantTimeEquals(stored, given)) {
                qCInfo(lcAuthenticator) << "wrong client secret for" << clientId;
                return done(std::nullopt, ApiError::invalidClient());
            }
            done(application, {});
        });
}
