#include "OpaqueToken.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

QByteArray OpaqueToken::randomBytes(int count)
{
    QList<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), count);
}

QString OpaqueToken::generate(const QString &prefix)
{
    return prefix
        + QString::fromLatin1(
            randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OpaqueToken::generateOrdered(const QString &prefix, const QDateTime &createdAt)
{
    return generate(
        prefix + QStringLiteral("%1").arg(createdAt.toMSecsSinceEpoch(), 12, 16, QLatin1Char('0')));
}

QString OpaqueToken::hash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
