#include "PopupSession.h"

#include "ConnectEvent.h"
#include "EventRepository.h"

namespace {

const QLatin1String kMode("mode");
const QLatin1String kPopup("popup");
const QLatin1String kClientUserId("client_user_id");
const QLatin1String kOpenerOrigin("opener_origin");
const QLatin1String kRedirectUrl("redirect_url");

} // namespace

QJsonObject PopupSession::toDetail() const
{
    return { { kMode, kPopup }, { kClientUserId, clientUserId }, { kOpenerOrigin, openerOrigin },
        { kRedirectUrl, redirectUrl } };
}

std::optional<PopupSession> PopupSession::fromDetail(const QJsonObject &detail)
{
    if (detail.value(kMode).toString() != kPopup)
        return std::nullopt;
    PopupSession popup;
    popup.clientUserId = detail.value(kClientUserId).toString();
    popup.openerOrigin = detail.value(kOpenerOrigin).toString();
    popup.redirectUrl = detail.value(kRedirectUrl).toString();
    if (popup.clientUserId.isEmpty())
        return std::nullopt;
    return popup;
}

std::optional<PopupSession> PopupSession::find(Workspace &workspace, const QString &sessionId)
{
    // The session's first event is its creation: only the service writes it.
    const QList<ConnectEvent> events = EventRepository(workspace).forSession(sessionId);
    for (const ConnectEvent &event : events) {
        if (event.kind == QLatin1String("session.created"))
            return fromDetail(event.detail);
    }
    return std::nullopt;
}

QString PopupSession::originOf(const QUrl &url)
{
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        origin.setPort(url.port());
    return origin.toString(QUrl::FullyEncoded);
}
