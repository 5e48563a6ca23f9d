#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

class QObject;
class SecretStore;

/// Seals connection tokens for the workspace with libsodium's secretbox
/// (XSalsa20-Poly1305) under a 32-byte key. A sealed value is a version
/// byte, a random nonce and the authenticated ciphertext; opening one that
/// was changed, cut short or sealed under another key fails with a clear
/// error, never with garbage.
///
/// The key lives in the keyring (owner "workspace", field
/// "token_sealing_key", created on first use); a headless run may give it
/// in LINKDECK_SEALING_KEY (base64) or in the file named by
/// LINKDECK_SEALING_KEY_FILE (32 raw bytes or base64 text).
class TokenSealer
{
    Q_DECLARE_TR_FUNCTIONS(TokenSealer)

public:
    static constexpr int kKeySize = 32;

    /// Where a key came from, and why there is none.
    struct KeyResult
    {
        QByteArray key; ///< empty on failure
        QString origin; ///< "environment", "file" or "keyring", for messages
        QString error; ///< for the user, when there is no key
        bool created = false; ///< a new key was stored in the keyring
        bool isOk() const { return key.size() == kKeySize; }
    };
    using KeyCallback = std::function<void(const KeyResult &)>;

    /// A sealer without a key: seal() and open() fail.
    TokenSealer();
    /// A sealer with @p key; hasKey() is false unless it has kKeySize bytes.
    explicit TokenSealer(const QByteArray &key);

    bool hasKey() const { return m_key.size() == kKeySize; }

    /// @p plain sealed; empty without a key.
    QByteArray seal(const QByteArray &plain) const;
    /// Opens @p sealed into @p plain; false with @p error set where it
    /// cannot be opened.
    bool open(const QByteArray &sealed, QByteArray *plain, QString *error = nullptr) const;

    /// 32 random bytes.
    static QByteArray generateKey();
    /// A key from text: 32 raw bytes, or standard or URL-safe base64 of 32 bytes.
    static QByteArray decodeKey(const QByteArray &text);

    static QString keyOwner() { return QStringLiteral("workspace"); }
    static QString keyField() { return QStringLiteral("token_sealing_key"); }

    /// The key from LINKDECK_SEALING_KEY or LINKDECK_SEALING_KEY_FILE;
    /// isOk() false and error empty where neither is set.
    static KeyResult keyFromEnvironment();

    /// Finds the key: the environment first, else the keyring of @p store,
    /// where one is created and stored on first use. Answers on @p context.
    static void loadKey(SecretStore *store, QObject *context, KeyCallback done);

private:
    QByteArray m_key;
};
