#include "WidgetSessionLookup.h"

#include "ApplicationRepository.h"
#include "CatalogCache.h"
#include "ConnectContext.h"
#include "OpaqueToken.h"
#include "PopupSession.h"
#include "SourceAccess.h"
#include "WidgetSessionRepository.h"

std::optional<WidgetSessionLookup> WidgetSessionLookup::find(
    ConnectContext &context, const QString &sessionId)
{
    Workspace &workspace = context.workspace();
    const auto session
        = sessionId.isEmpty() ? std::nullopt : WidgetSessionRepository(workspace).find(sessionId);
    if (!session || session->isExpired(context.now()))
        return std::nullopt;
    const auto application = ApplicationRepository(workspace).find(session->applicationId);
    if (!application)
        return std::nullopt;
    WidgetSessionLookup lookup;
    lookup.session = *session;
    lookup.application = *application;
    const QStringList usable = context.catalog().allUsable(*application);
    for (const QString &key : session->providers) {
        if (usable.contains(key))
            lookup.offered << key;
    }
    return lookup;
}

std::optional<WidgetSessionLookup> WidgetSessionLookup::open(
    ConnectContext &context, const ExchangePtr &exchange, const QString &sessionId)
{
    auto lookup = find(context, sessionId);
    if (!lookup)
        exchange->fail(ApiError::invalidRequest(tr("The widget session is invalid or has expired.")));
    return lookup;
}

std::optional<IntegrationSource> WidgetSessionLookup::offeredSource(
    ConnectContext &context, const QString &key, ApiError *error) const
{
    auto source = SourceAccess::usable(context.workspace(), application, key, error);
    if (!source)
        return std::nullopt;
    if (!offered.contains(source->key)) {
        *error = ApiError::invalidProvider(tr("This session does not offer the provider \"%1\".").arg(key));
        return std::nullopt;
    }
    return source;
}

QString WidgetSessionLookup::userId(ConnectContext &context) const
{
    if (const auto popup = PopupSession::find(context.workspace(), session.id))
        return popup->clientUserId;
    const QString seed = session.referenceId.isEmpty()
        ? QStringLiteral("session:") + session.id
        : QStringLiteral("reference:%1:%2").arg(application.id).arg(session.referenceId);
    return QStringLiteral("wu_") + OpaqueToken::hash(seed).left(32);
}

LinkOrigin WidgetSessionLookup::origin(ConnectContext &context) const
{
    LinkOrigin origin;
    origin.sessionId = session.id;
    origin.userId = userId(context);
    origin.referenceId = session.referenceId;
    return origin;
}
