#include "Application.h"

#include <QRandomGenerator>

namespace {
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}
} // namespace

QString Application::generateClientId()
{
    return QStringLiteral("ld_") + QString::fromLatin1(randomBytes(12).toHex());
}

QString Application::generateSecret()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
