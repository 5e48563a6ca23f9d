#pragma once

#include "IntegrationSource.h"

#include <QString>

/// Proof Key for Code Exchange (RFC 7636): a random code verifier and the
/// challenge derived from it with the source's method. A default-constructed
/// Pkce is "off": no verifier, no challenge.
class Pkce
{
public:
    static constexpr int MinVerifierLength = 43;
    static constexpr int MaxVerifierLength = 128;
    static constexpr int DefaultVerifierLength = 64;

    Pkce() = default;

    /// A fresh verifier from the system's cryptographic random source, and
    /// its challenge; an empty Pkce for PkceMode::Off.
    static Pkce generate(IntegrationSource::PkceMode mode, int verifierLength = DefaultVerifierLength);
    /// A Pkce for a known verifier (a stored flow, a test vector).
    static Pkce fromVerifier(IntegrationSource::PkceMode mode, const QString &verifier);

    /// A random verifier of @p length characters (clamped to 43..128), all
    /// from the unreserved set.
    static QString generateVerifier(int length = DefaultVerifierLength);
    /// The code_challenge for @p verifier: base64url(SHA-256) without padding
    /// for S256, the verifier itself for plain, empty for off.
    static QString challenge(const QString &verifier, IntegrationSource::PkceMode mode);
    /// True for 43 to 128 characters of [A-Z] [a-z] [0-9] "-" "." "_" "~".
    static bool isValidVerifier(const QString &verifier);
    /// The code_challenge_method: "S256", "plain", or empty for off.
    static QString methodName(IntegrationSource::PkceMode mode);

    bool isEnabled() const { return m_mode != IntegrationSource::PkceMode::Off; }
    IntegrationSource::PkceMode mode() const { return m_mode; }
    QString verifier() const { return m_verifier; }
    QString challenge() const { return m_challenge; }
    QString method() const { return methodName(m_mode); }

private:
    IntegrationSource::PkceMode m_mode = IntegrationSource::PkceMode::Off;
    QString m_verifier;
    QString m_challenge;
};
