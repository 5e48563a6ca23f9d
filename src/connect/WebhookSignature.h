#pragma once

#include <QByteArray>
#include <QDateTime>

/// The `linkdeck-signature` header: "t=<unix seconds>,v1=<hex HMAC-SHA256
/// of "<t>.<body>" under the application's webhook secret>". Receivers
/// recompute the HMAC, compare it in constant time and refuse old t.
class WebhookSignature
{
public:
    static QByteArray headerName() { return QByteArrayLiteral("linkdeck-signature"); }

    static QByteArray sign(const QByteArray &secret, const QByteArray &body, qint64 unixTime);
    /// True where @p header signs @p body under @p secret, however old its
    /// time: for checking a recorded delivery after the fact.
    static bool matches(const QByteArray &header, const QByteArray &secret, const QByteArray &body);
    /// True where @p header signs @p body under @p secret and its time is
    /// within @p toleranceSeconds of @p now.
    static bool verify(const QByteArray &header, const QByteArray &secret, const QByteArray &body,
        const QDateTime &now, qint64 toleranceSeconds = 300);
};
