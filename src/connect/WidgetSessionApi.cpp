#include "WidgetSessionApi.h"

#include "ApiError.h"
#include "ApplicationRepository.h"
#include "CatalogCache.h"
#include "CommitBatcher.h"
#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "EventRepository.h"
#include "JsonFields.h"
#include "JsonText.h"
#include "OpaqueToken.h"
#include "SourceAccess.h"
#include "SourceRepository.h"
#include "StoredTime.h"
#include "WidgetSessionRepository.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <memory>

Q_LOGGING_CATEGORY(lcWidgetSession, "linkdeck.connect.session")

WidgetSessionApi::WidgetSessionApi(ConnectContext &context)
    : m_context(context)
{ }

QStringList WidgetSessionApi::languages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QString WidgetSessionApi::widgetPath(const QString &sessionId)
{
    return QStringLiteral("/widget/") + sessionId;
}

void WidgetSessionApi::create(const ExchangePtr &exchange, const Application &application)
{
    QJsonObject body;
    ApiError error;
    if (!exchange->jsonBody(&body, &error))
        return exchange->fail(error);

    QString referenceId;
    QStringList providers;
    QString language;
    QString successUrl;
    QString failureUrl;
    if (!JsonFields::optionalString(body, QStringLiteral("reference_id"), &referenceId, &error, 256)
        || !JsonFields::optionalStringList(body, QStringLiteral("providers"), &providers, &error)
        || !JsonFields::optionalString(body, QStringLiteral("language"), &language, &error, 16)
        || !JsonFields::optionalString(body, QStringLiteral("auth_success_redirect_url"), &successUrl, &error)
        || !JsonFields::optionalString(
            body, QStringLiteral("auth_failure_redirect_url"), &failureUrl, &error))
        return exchange->fail(error);

    language = language.isEmpty() ? languages().constFirst() : language.toLower();
    if (!languages().contains(language))
        return exchange->fail(
            ApiError::invalidParameter(tr("The language \"%1\" is not offered; use one of %2.")
                                           .arg(language, languages().join(QStringLiteral(", ")))));
    for (const QString &url : { successUrl, failureUrl }) {
        // Exact match only: a prefix or pattern would let a session send users elsewhere.
        if (!url.isEmpty() && !application.redirectUrls.contains(url))
            return exchange->fail(ApiError::invalidRedirectUrl(url));
    }
    Workspace &workspace = m_context.workspace();
    if (providers.isEmpty()) {
        providers = m_context.catalog().allUsable(application);
        if (providers.isEmpty())
            return exchange->fail(
                ApiError::invalidProvider(tr("This application may not use any enabled provider.")));
    } else if (!SourceAccess::checkAll(workspace, application, providers, &providers, &error)) {
        return exchange->fail(error);
    }

    WidgetSession session;
    session.applicationId = application.id;
    session.referenceId = referenceId;
    session.providers = providers;
    session.language = language;
    session.successRedirectUrl = successUrl;
    session.failureRedirectUrl = failureUrl;
    session.createdAt = m_context.now();
    session.id = OpaqueToken::generateOrdered(QStringLiteral("ws_"), session.createdAt);
    session.expiresAt = session.createdAt.addSecs(m_context.settings().sessionLifetime.count());

    auto event = std::make_shared<ConnectEvent>();
    event->applicationId = application.id;
    event->sessionId = session.id;
    event->kind = QStringLiteral("session.created");
    event->at = session.createdAt;
    // Written directly, as on every session.
    const QString detail = JsonText::object({ { QLatin1String("reference_id"), referenceId },
        { QLatin1String("providers"), providers }, { QLatin1String("language"), language } });
    // Stored with the other sessions asked for meanwhile, in one commit;
    // answered only once that commit is done.
    ConnectContext *context = &m_context;
    context->commits()->submit(
        [context, session, event, detail]() -> StoreResult {
            Workspace &workspace = context->workspace();
            if (const StoreResult inserted = WidgetSessionRepository(workspace).insert(session); !inserted)
                return inserted;
            return EventRepository(workspace).append(event.get(), detail);
        },
        [context, exchange, session, event, clientId = application.clientId](const StoreResult &stored) {
            if (!stored)
                return exchange->fail(ApiError::internal(stored.message));
            context->announce(*event);
            qCInfo(lcWidgetSession) << "session created for application" << clientId;
            // The answer every session request waits for, written directly.
            const QString answer = JsonText::object({
                { QLatin1String("session_id"), session.id },
                { QLatin1String("url"), context->endpointText(widgetPath(session.id)) },
                { QLatin1String("expires_at"), StoredTime::format(session.expiresAt) },
            });
            exchange->respond(200, QByteArrayLiteral("application/json"), answer.toUtf8());
        });
}

void WidgetSessionApi::show(const ExchangePtr &exchange, const QString &sessionId)
{
    Workspace &workspace = m_context.workspace();
    const auto session = WidgetSessionRepository(workspace).find(sessionId);
    const auto application
        = session ? ApplicationRepository(workspace).find(session->applicationId) : std::nullopt;
    if (!session || !application || session->isExpired(m_context.now()))
        return exchange->fail(ApiError::invalidRequest(tr("The widget session is invalid or has expired.")));

    QJsonArray providers;
    const SourceRepository sources(workspace);
    const QStringList usable = m_context.catalog().allUsable(*application);
    for (const QString &key : session->providers) {
        const auto source = usable.contains(key) ? sources.find(key) : std::nullopt;
        if (!source)
            continue;
        providers.append(QJsonObject {
            { QStringLiteral("key"), source->key },
            { QStringLiteral("name"), source->displayName },
            { QStringLiteral("auth_type"), IntegrationSource::toString(source->authType) },
            { QStringLiteral("description"), source->description },
        });
    }
    exchange->respond(200,
        QJsonObject {
            { QStringLiteral("session_id"), session->id },
            { QStringLiteral("application"), application->name },
            { QStringLiteral("language"), session->language },
            { QStringLiteral("providers"), providers },
            { QStringLiteral("state"), WidgetSession::toString(session->state) },
            { QStringLiteral("expires_at"), StoredTime::format(session->expiresAt) },
        });
}
