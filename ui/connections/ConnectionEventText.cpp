#include "ConnectionEventText.h"

#include <QJsonArray>

namespace {

QString headersText(const QJsonArray &headers)
{
    QStringList lines;
    for (const QJsonValue &header : headers) {
        const QJsonObject h = header.toObject();
        lines << h.value(QLatin1String("name")).toString() + QStringLiteral(": ")
                + h.value(QLatin1String("value")).toString();
    }
    return lines.join(QLatin1Char('\n'));
}

QString bodyText(const QJsonObject &content)
{
    if (content.value(QLatin1String("encoding")).toString() == QLatin1String("base64"))
        return ConnectionEventText::tr("(%n byte(s) of binary data)", nullptr,
            int(QByteArray::fromBase64(content.value(QLatin1String("text")).toString().toLatin1()).size()));
    return content.value(QLatin1String("text")).toString();
}

} // namespace

QString ConnectionEventText::title(const QString &kind)
{
    if (kind == QLatin1String("auth"))
        return tr("Authorized");
    if (kind == QLatin1String("auth.failed"))
        return tr("Authorization failed");
    if (kind == QLatin1String("oauth.started"))
        return tr("Authorization started");
    if (kind == QLatin1String("refresh"))
        return tr("Token refreshed");
    if (kind == QLatin1String("refresh.failed"))
        return tr("Refresh failed");
    if (kind == QLatin1String("api.test"))
        return tr("Test API call");
    if (kind == QLatin1String("deauth"))
        return tr("Revoked");
    if (kind == QLatin1String("webhook.attempt"))
        return tr("Webhook");
    return kind;
}

QString ConnectionEventText::summary(const ConnectEvent &event)
{
    const QJsonObject &d = event.detail;
    QStringList parts;
    if (event.kind == QLatin1String("webhook.attempt")) {
        parts << tr("%1, attempt %2")
                     .arg(d.value(QLatin1String("event_kind")).toString())
                     .arg(d.value(QLatin1String("attempt")).toInt());
        const int code = d.value(QLatin1String("response_code")).toInt();
        parts << (code == 0 ? tr("no answer") : tr("HTTP %1").arg(code));
        parts << d.value(QLatin1String("status")).toString();
    } else if (event.kind == QLatin1String("deauth")) {
        parts << (d.value(QLatin1String("provider_revoked")).toBool() ? tr("also at the provider")
                                                                      : tr("here only"));
        if (d.contains(QLatin1String("provider_error")))
            parts << d.value(QLatin1String("provider_error")).toString();
    } else if (event.kind == QLatin1String("refresh")) {
        parts << (d.value(QLatin1String("rotated")).toBool() ? tr("refresh token rotated")
                                                             : tr("refresh token kept"));
    } else if (event.kind == QLatin1String("api.test")) {
        const int code = d.value(QLatin1String("http_status")).toInt();
        parts << (code == 0 ? tr("no answer") : tr("HTTP %1").arg(code));
    }
    if (d.contains(QLatin1String("error")))
        parts << d.value(QLatin1String("error")).toString();
    if (d.contains(QLatin1String("operator")))
        parts << tr("by %1").arg(d.value(QLatin1String("operator")).toString());
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

bool ConnectionEventText::hasExchanges(const ConnectEvent &event)
{
    return !event.detail.value(QLatin1String("http")).toArray().isEmpty();
}

QString ConnectionEventText::exchanges(const ConnectEvent &event)
{
    QStringList texts;
    const QJsonArray entries = event.detail.value(QLatin1String("http")).toArray();
    for (const QJsonValue &entry : entries)
        texts << exchange(entry.toObject());
    return texts.join(QStringLiteral("\n\n"));
}

QString ConnectionEventText::exchange(const QJsonObject &harEntry)
{
    const QJsonObject request = harEntry.value(QLatin1String("request")).toObject();
    const QJsonObject response = harEntry.value(QLatin1String("response")).toObject();
    QString text = request.value(QLatin1String("method")).toString() + QLatin1Char(' ')
        + request.value(QLatin1String("url")).toString() + QLatin1Char('\n')
        + headersText(request.value(QLatin1String("headers")).toArray());
    const QString sent = bodyText(request.value(QLatin1String("postData")).toObject());
    if (!sent.isEmpty())
        text += QStringLiteral("\n\n") + sent;
    const int status = response.value(QLatin1String("status")).toInt();
    text += QStringLiteral("\n\n");
    if (status == 0) {
        text += tr("→ no answer: %1").arg(response.value(QLatin1String("_error")).toString());
        return text;
    }
    text += tr("→ HTTP %1 %2 (%n ms)", nullptr, harEntry.value(QLatin1String("time")).toInt())
                .arg(status)
                .arg(response.value(QLatin1String("statusText")).toString())
        + QLatin1Char('\n') + headersText(response.value(QLatin1String("headers")).toArray());
    const QString received = bodyText(response.value(QLatin1String("content")).toObject());
    if (!received.isEmpty())
        text += QStringLiteral("\n\n") + received;
    return text;
}
