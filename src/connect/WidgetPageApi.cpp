#include "WidgetPageApi.h"

#include "ApiError.h"
#include "ConnectContext.h"
#include "PopupSession.h"
#include "SourceRepository.h"
#include "StoredTime.h"
#include "WidgetAssets.h"
#include "WidgetRedirects.h"
#include "WidgetSessionLookup.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWidgetPage, "linkdeck.connect.widget.page")

WidgetPageApi::WidgetPageApi(ConnectContext &context)
    : m_context(context)
{ }

void WidgetPageApi::page(const ExchangePtr &exchange, const QString &sessionId)
{
    const bool valid = WidgetSessionLookup::find(m_context, sessionId).has_value();
    const WidgetAssets::Asset asset = WidgetAssets::page();
    if (asset.body.isEmpty())
        return exchange->fail(ApiError::internal(tr("The widget is missing from this build.")));
    exchange->respond(valid ? 200 : 404, asset.mimeType, asset.body, WidgetAssets::pageHeaders());
}

void WidgetPageApi::asset(const ExchangePtr &exchange, const QString &name)
{
    WidgetAssets::Asset asset;
    if (!WidgetAssets::find(name, &asset))
        return exchange->fail(ApiError::notFound());
    exchange->respond(200, asset.mimeType, asset.body,
        name == QLatin1String("connect.js") ? WidgetAssets::embeddableHeaders()
                                            : WidgetAssets::pageHeaders());
}

void WidgetPageApi::view(const ExchangePtr &exchange, const QString &sessionId)
{
    const auto lookup = WidgetSessionLookup::open(m_context, exchange, sessionId);
    if (!lookup)
        return;
    const SourceRepository sources(m_context.workspace());
    const auto logos = sources.logos(lookup->offered);
    QJsonArray providers;
    for (const QString &key : lookup->offered) {
        const auto source = sources.find(key);
        if (!source)
            continue;
        providers.append(QJsonObject {
            { QStringLiteral("key"), source->key },
            { QStringLiteral("name"), source->displayName },
            { QStringLiteral("auth_type"), IntegrationSource::toString(source->authType) },
            { QStringLiteral("description"), source->description },
            { QStringLiteral("logo"), logos.contains(key) },
        });
    }
    const auto popup = PopupSession::find(m_context.workspace(), sessionId);
    const QUrl exitUrl = popup ? QUrl()
                               : WidgetRedirects::failure(lookup->session, QStringLiteral("user_exit"),
                                   tr("The user closed the connect widget."));
    exchange->respond(200,
        QJsonObject {
            { QStringLiteral("session_id"), lookup->session.id },
            { QStringLiteral("application"), lookup->application.name },
            { QStringLiteral("language"), lookup->session.language },
            { QStringLiteral("state"), WidgetSession::toString(lookup->session.state) },
            { QStringLiteral("expires_at"), StoredTime::format(lookup->session.expiresAt) },
            { QStringLiteral("mode"), popup ? QStringLiteral("popup") : QStringLiteral("session") },
            { QStringLiteral("providers"), providers },
            { QStringLiteral("exit_url"), exitUrl.toString(QUrl::FullyEncoded) },
            { QStringLiteral("opener_origin"), popup ? popup->openerOrigin : QString() },
        });
}

void WidgetPageApi::logo(const ExchangePtr &exchange, const QString &sessionId)
{
    const auto lookup = WidgetSessionLookup::open(m_context, exchange, sessionId);
    if (!lookup)
        return;
    const QString key = exchange->query().queryItemValue(QStringLiteral("source"), QUrl::FullyDecoded);
    ApiError error;
    const auto source = lookup->offeredSource(m_context, key, &error);
    if (!source)
        return exchange->fail(error);
    const auto logos = SourceRepository(m_context.workspace()).logos({ source->key });
    const auto found = logos.constFind(source->key);
    if (found == logos.constEnd())
        return exchange->fail(ApiError::notFound());
    const QString mimeType = found->second;
    // Only image types go out as what they claim to be.
    if (mimeType != QLatin1String("image/png") && mimeType != QLatin1String("image/jpeg")
        && mimeType != QLatin1String("image/svg+xml")) {
        qCWarning(lcWidgetPage) << "the logo of" << source->key << "has an unexpected type" << mimeType;
        return exchange->fail(ApiError::notFound());
    }
    exchange->respond(200, mimeType.toLatin1(), found->first, WidgetAssets::logoHeaders());
}
