#include "WebhookSignature.h"

#include <QMessageAuthenticationCode>
#include <sodium.h>

namespace {

QByteArray mac(const QByteArray &secret, const QByteArray &body, qint64 unixTime)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, secret);
    code.addData(QByteArray::number(unixTime));
    code.addData(".", 1);
    code.addData(body);
    return code.result().toHex();
}

} // namespace

QByteArray WebhookSignature::sign(const QByteArray &secret, const QByteArray &body, qint64 unixTime)
{
    return "t=" + QByteArray::number(unixTime) + ",v1=" + mac(secret, body, unixTime);
}

bool WebhookSignature::verify(const QByteArray &header, const QByteArray &secret, const QByteArray &body,
    const QDateTime &now, qint64 toleranceSeconds)
{
    qint64 time = -1;
    QByteArray given;
    for (const QByteArray &part : header.split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("t="))
            time = item.mid(2).toLongLong();
        else if (item.startsWith("v1="))
            given = item.mid(3);
    }
    if (time <= 0 || given.isEmpty() || qAbs(now.toSecsSinceEpoch() - time) > toleranceSeconds)
        return false;
    const QByteArray expected = mac(secret, body, time);
    return given.size() == expected.size()
        && sodium_memcmp(given.constData(), expected.constData(), size_t(expected.size())) == 0;
}
