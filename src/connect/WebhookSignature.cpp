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

namespace {

struct ParsedHeader
{
    qint64 time = -1;
    QByteArray mac;
};

ParsedHeader parse(const QByteArray &header)
{
    ParsedHeader parsed;
    for (const QByteArray &part : header.split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("t="))
            parsed.time = item.mid(2).toLongLong();
        else if (item.startsWith("v1="))
            parsed.mac = item.mid(3);
    }
    return parsed;
}

bool macMatches(const ParsedHeader &parsed, const QByteArray &secret, const QByteArray &body)
{
    if (parsed.time <= 0 || parsed.mac.isEmpty())
        return false;
    const QByteArray expected = mac(secret, body, parsed.time);
    return parsed.mac.size() == expected.size()
        && sodium_memcmp(parsed.mac.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace

bool WebhookSignature::matches(const QByteArray &header, const QByteArray &secret, const QByteArray &body)
{
    return macMatches(parse(header), secret, body);
}

bool WebhookSignature::verify(const QByteArray &header, const QByteArray &secret, const QByteArray &body,
    const QDateTime &now, qint64 toleranceSeconds)
{
    const ParsedHeader parsed = parse(header);
    if (parsed.time <= 0 || qAbs(now.toSecsSinceEpoch() - parsed.time) > toleranceSeconds)
        return false;
    return macMatches(parsed, secret, body);
}
