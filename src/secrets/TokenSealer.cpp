#include "TokenSealer.h"

#include "SecretStore.h"

#include <QFile>
#include <QFileDevice>
#include <QLoggingCategory>
#include <QPointer>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcSealer, "linkdeck.secrets.sealer")

namespace {

constexpr char kFormatVersion = 0x01;
constexpr int kHeaderSize = 1 + crypto_secretbox_NONCEBYTES;

bool sodiumReady()
{
    // sodium_init() is safe to call more than once; once is enough.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

TokenSealer::TokenSealer() = default;

TokenSealer::TokenSealer(const QByteArray &key)
    : m_key(key.size() == kKeySize ? key : QByteArray())
{
    m_key.detach();
}

QByteArray TokenSealer::seal(const QByteArray &plain) const
{
    if (!hasKey() || !sodiumReady())
        return {};
    QByteArray sealed(kHeaderSize + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    out[0] = kFormatVersion;
    randombytes_buf(out + 1, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(out + kHeaderSize, reinterpret_cast<const unsigned char *>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), out + 1,
        reinterpret_cast<const unsigned char *>(m_key.constData()));
    return sealed;
}

bool TokenSealer::open(const QByteArray &sealed, QByteArray *plain, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!hasKey())
        return fail(tr("There is no token sealing key."));
    if (!sodiumReady())
        return fail(tr("The cryptography library could not be initialised."));
    if (sealed.size() < kHeaderSize + int(crypto_secretbox_MACBYTES))
        return fail(tr("The sealed data is cut short."));
    if (sealed.at(0) != kFormatVersion)
        return fail(tr("The sealed data is in an unknown format."));
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData());
    const qsizetype cipherSize = sealed.size() - kHeaderSize;
    QByteArray opened(cipherSize - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(opened.data()), in + kHeaderSize,
            static_cast<unsigned long long>(cipherSize), in + 1,
            reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0) {
        sodium_memzero(opened.data(), size_t(opened.size()));
        return fail(tr("The sealed data could not be opened: it was changed, or sealed with another key."));
    }
    if (plain)
        *plain = opened;
    return true;
}

QByteArray TokenSealer::generateKey()
{
    QByteArray key(kKeySize, Qt::Uninitialized);
    if (sodiumReady())
        randombytes_buf(key.data(), size_t(key.size()));
    else
        key.clear();
    return key;
}

QByteArray TokenSealer::decodeKey(const QByteArray &text)
{
    if (text.size() == kKeySize)
        return text;
    const QByteArray trimmed = text.trimmed();
    for (const auto options : { QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding }) {
        const auto decoded
            = QByteArray::fromBase64Encoding(trimmed, options | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == kKeySize)
            return decoded.decoded;
    }
    return {};
}

TokenSealer::KeyResult TokenSealer::keyFromEnvironment()
{
    KeyResult result;
    const QByteArray fromEnv = qgetenv("LINKDECK_SEALING_KEY");
    if (!fromEnv.isEmpty()) {
        result.origin = QStringLiteral("environment");
        result.key = decodeKey(fromEnv);
        if (!result.isOk())
            result.error = tr("LINKDECK_SEALING_KEY must be the base64 text of %1 bytes.").arg(kKeySize);
        return result;
    }
    const QString fileName = qEnvironmentVariable("LINKDECK_SEALING_KEY_FILE");
    if (fileName.isEmpty())
        return result;
    result.origin = QStringLiteral("file");
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read the sealing key file %1: %2").arg(fileName, file.errorString());
        return result;
    }
    if (file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
        qCWarning(lcSealer) << "the sealing key file" << fileName << "can be read by other users";
    result.key = decodeKey(file.read(4096));
    if (!result.isOk())
        result.error = tr("The sealing key file %1 must hold %2 raw bytes or their base64 text.")
                           .arg(fileName)
                           .arg(kKeySize);
    return result;
}

void TokenSealer::loadKey(SecretStore *store, QObject *context, KeyCallback done)
{
    const KeyResult fromEnvironment = keyFromEnvironment();
    if (fromEnvironment.isOk() || !fromEnvironment.error.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done, fromEnvironment]() { done(fromEnvironment); }, Qt::QueuedConnection);
        return;
    }
    QPointer<SecretStore> guardedStore(store);
    store->read(
        keyOwner(), keyField(), context, [guardedStore, context, done](const SecretStore::Result &read) {
            KeyResult result;
            result.origin = QStringLiteral("keyring");
            if (read.isOk()) {
                result.key = decodeKey(read.value.toLatin1());
                if (!result.isOk())
                    result.error = tr("The token sealing key in the keyring is damaged.");
                return done(result);
            }
            if (read.status != SecretStore::Result::Status::NotFound || !guardedStore) {
                result.error
                    = tr("The token sealing key could not be read from the keyring: %1 Set "
                         "LINKDECK_SEALING_KEY or LINKDECK_SEALING_KEY_FILE to run without a keyring.")
                          .arg(read.message);
                return done(result);
            }
            // First use: create the key and keep it in the keyring.
            const QByteArray key = generateKey();
            guardedStore->write(keyOwner(), keyField(), QString::fromLatin1(key.toBase64()), context,
                [done, key](const SecretStore::Result &written) {
                    KeyResult created;
                    created.origin = QStringLiteral("keyring");
                    if (!written.isOk()) {
                        created.error = tr("A token sealing key could not be stored in the keyring: %1")
                                            .arg(written.message);
                        return done(created);
                    }
                    qCInfo(lcSealer) << "created a token sealing key in the keyring";
                    created.key = key;
                    created.created = true;
                    done(created);
                });
        });
}
