#include "PopupApi.h"

#include "ApiError.h"
#include "BrowserPage.h"
#include "CatalogCache.h"
#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "EventRepository.h"
#include "LinkApi.h"
#include "OpaqueToken.h"
#include "PopupSession.h"
#include "SourceAccess.h"
#include "SpecialTokenIssuing.h"
#include "StoredTime.h"
#include "WidgetRedirects.h"
#include "WidgetRequest.h"
#include "WidgetSessionApi.h"
#include "WidgetSessionLookup.h"
#include "WidgetSessionRepository.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPopup, "linkdeck.connect.popup")

namespace {

QString parameter(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

} // namespace

PopupApi::PopupApi(ConnectContext &context, SpecialTokenIssuing *issuer)
    : m_context(context)
    , m_issuer(issuer)
{ }

void PopupApi::open(const ExchangePtr &exchange)
{
    const QUrlQuery query = exchange->query();
    Workspace &workspace = m_context.workspace();
    const QString clientId = parameter(query, QStringLiteral("clientId"));
    const auto application = clientId.isEmpty() ? std::nullopt : m_context.catalog().application(clientId);
    if (!application)
        return BrowserPage::error(exchange, ApiError::invalidClient());
    const QString clientUserId = parameter(query, QStringLiteral("clientUserId"));
    if (!LinkApi::isValidUserId(clientUserId))
        return BrowserPage::error(exchange,
            ApiError::invalidUserId(
                tr("\"clientUserId\" must be 1 to 128 letters, digits or the characters . _ : @ + -")));

    // The opener's origin must be one the application registered a
    // redirect URL at: only there may the special token be posted.
    PopupSession popup;
    popup.clientUserId = clientUserId;
    const QString redirectUri = parameter(query, QStringLiteral("redirectUri"));
    const QString origin = parameter(query, QStringLiteral("origin"));
    if (!redirectUri.isEmpty()) {
        if (!application->redirectUrls.contains(redirectUri))
            return BrowserPage::error(exchange, ApiError::invalidRedirectUrl(redirectUri));
        popup.redirectUrl = redirectUri;
    } else {
        for (const QString &url : application->redirectUrls) {
            if (origin.isEmpty() || PopupSession::originOf(QUrl(url, QUrl::StrictMode)) == origin) {
                popup.redirectUrl = url;
                break;
            }
        }
    }
    if (popup.redirectUrl.isEmpty())
        return BrowserPage::error(exchange, ApiError::invalidRedirectUrl(origin));
    popup.openerOrigin = PopupSession::originOf(QUrl(popup.redirectUrl, QUrl::StrictMode));
    if (popup.openerOrigin.isEmpty() || (!origin.isEmpty() && origin != popup.openerOrigin))
        return BrowserPage::error(
            exchange, ApiError::invalidRedirectUrl(origin.isEmpty() ? popup.redirectUrl : origin));

    QString language = parameter(query, QStringLiteral("language")).toLower();
    if (language.isEmpty())
        language = WidgetSessionApi::languages().constFirst();
    if (!WidgetSessionApi::languages().contains(language))
        return BrowserPage::error(exchange,
            ApiError::invalidParameter(
                tr("The language \"%1\" is not offered; use one of %2.")
                    .arg(language, WidgetSessionApi::languages().join(QStringLiteral(", ")))));
    QStringList providers;
    const QString filter = parameter(query, QStringLiteral("providers"));
    ApiError error;
    if (filter.isEmpty())
        providers = m_context.catalog().allUsable(*application);
    else if (!SourceAccess::checkAll(workspace, *application,
                 filter.split(QLatin1Char(','), Qt::SkipEmptyParts), &providers, &error))
        return BrowserPage::error(exchange, error);
    if (providers.isEmpty())
        return BrowserPage::error(
            exchange, ApiError::invalidProvider(tr("This application may not use any enabled provider.")));

    WidgetSession session;
    session.applicationId = application->id;
    session.referenceId = clientUserId;
    session.providers = providers;
    session.language = language;
    session.createdAt = m_context.now();
    session.id = OpaqueToken::generateOrdered(QStringLiteral("ws_"), session.createdAt);
    session.expiresAt = session.createdAt.addSecs(m_context.settings().sessionLifetime.count());

    ConnectEvent event;
    event.applicationId = application->id;
    event.sessionId = session.id;
    event.kind = QStringLiteral("session.created");
    event.detail = popup.toDetail();
    event.detail.insert(QStringLiteral("reference_id"), clientUserId);
    event.detail.insert(QStringLiteral("providers"), QJsonArray::fromStringList(providers));
    event.detail.insert(QStringLiteral("language"), language);
    event.at = session.createdAt;
    const StoreResult stored = workspace.transaction([&]() -> StoreResult {
        if (const StoreResult inserted = WidgetSessionRepository(workspace).insert(session); !inserted)
            return inserted;
        return EventRepository(workspace).append(&event);
    });
    if (!stored)
        return BrowserPage::error(exchange, ApiError::internal(stored.message));
    m_context.announce(event);
    qCInfo(lcPopup) << "popup session opened for application" << application->clientId;

    // Relative, so the page is found on whatever address the browser used.
    QUrl page(WidgetSessionApi::widgetPath(session.id).mid(1));
    const QString theme = parameter(query, QStringLiteral("theme"));
    if (theme == QLatin1String("light") || theme == QLatin1String("dark"))
        page = WidgetRedirects::withParameter(page, QStringLiteral("theme"), theme);
    exchange->redirect(page);
}

void PopupApi::finish(const ExchangePtr &exchange, const QString &sessionId)
{
    QJsonObject body;
    if (!WidgetRequest::jsonBody(exchange, &body))
        return;
    const auto lookup = WidgetSessionLookup::open(m_context, exchange, sessionId);
    if (!lookup)
        return;
    const auto popup = PopupSession::find(m_context.workspace(), sessionId);
    if (!popup)
        return exchange->fail(ApiError::invalidRequest(tr("This widget session is not a Connect popup.")));
    if (!m_issuer)
        return exchange->fail(ApiError::internal(tr("This service cannot issue special tokens.")));

    // The connection made last in this popup, if any.
    QString connectionId;
    for (const ConnectEvent &event : EventRepository(m_context.workspace()).forSession(sessionId)) {
        if (event.kind == QLatin1String("auth") && !event.connectionId.isEmpty())
            connectionId = event.connectionId;
    }
    const SpecialTokenIssuing::Issued issued
        = m_issuer->issue(lookup->application, popup->clientUserId, connectionId, sessionId);
    if (issued.token.isEmpty())
        return exchange->fail(issued.error.isError()
                ? issued.error
                : ApiError::internal(tr("The special token could not be issued.")));
    const QUrl redirect = WidgetRedirects::withParameter(
        QUrl(popup->redirectUrl, QUrl::StrictMode), QStringLiteral("specialToken"), issued.token);
    exchange->respond(200,
        QJsonObject {
            { QStringLiteral("special_token"), issued.token },
            { QStringLiteral("expires_at"), StoredTime::format(issued.expiresAt) },
            { QStringLiteral("target_origin"), popup->openerOrigin },
            { QStringLiteral("redirect_url"), redirect.toString(QUrl::FullyEncoded) },
        });
}
