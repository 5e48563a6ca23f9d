#include "Pkce.h"

#include <QCryptographicHash>
#include <QList>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <algorithm>

Q_LOGGING_CATEGORY(lcPkce, "linkdeck.auth.pkce")

Pkce Pkce::generate(IntegrationSource::PkceMode mode, int verifierLength)
{
    if (mode == IntegrationSource::PkceMode::Off)
        return {};
    return fromVerifier(mode, generateVerifier(verifierLength));
}

Pkce Pkce::fromVerifier(IntegrationSource::PkceMode mode, const QString &verifier)
{
    Pkce pkce;
    if (mode == IntegrationSource::PkceMode::Off)
        return pkce;
    if (!isValidVerifier(verifier))
        qCWarning(lcPkce) << "a code verifier outside RFC 7636's length or alphabet is used";
    pkce.m_mode = mode;
    pkce.m_verifier = verifier;
    pkce.m_challenge = challenge(verifier, mode);
    return pkce;
}

QString Pkce::generateVerifier(int length)
{
    length = std::clamp(length, MinVerifierLength, MaxVerifierLength);
    // base64url of uniformly random bytes: every character is unreserved and
    // unbiased, which picking from a 66-character alphabet would not be.
    const int byteCount = (length * 3 + 3) / 4;
    QList<quint32> words((byteCount + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.constData()), byteCount);
    const QByteArray text
        = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(length);
    return QString::fromLatin1(text);
}

QString Pkce::challenge(const QString &verifier, IntegrationSource::PkceMode mode)
{
    switch (mode) {
    case IntegrationSource::PkceMode::S256:
        return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    case IntegrationSource::PkceMode::Plain:
        return verifier;
    case IntegrationSource::PkceMode::Off:
        break;
    }
    return {};
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < MinVerifierLength || verifier.size() > MaxVerifierLength)
        return false;
    return std::all_of(verifier.cbegin(), verifier.cend(), [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('~');
    });
}

QString Pkce::methodName(IntegrationSource::PkceMode mode)
{
    return mode == IntegrationSource::PkceMode::Off ? QString() : IntegrationSource::toString(mode);
}
