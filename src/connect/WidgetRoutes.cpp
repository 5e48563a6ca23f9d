#include "WidgetRoutes.h"

#include "ConnectService.h"
#include "PopupApi.h"
#include "WidgetEventLog.h"
#include "WidgetLinkApi.h"
#include "WidgetPageApi.h"

void WidgetRoutes::install(ConnectService &service, SpecialTokenIssuing *issuer)
{
    using Method = QHttpServerRequest::Method;
    ConnectContext *context = &service.context();
    service.addArgumentRoute(QStringLiteral("/widget/assets/<arg>"), Method::Get,
        [context](const QString &name, const ExchangePtr &exchange) {
            WidgetPageApi(*context).asset(exchange, name);
        });
    service.addArgumentRoute(QStringLiteral("/widget/<arg>"), Method::Get,
        [context](const QString &sessionId, const ExchangePtr &exchange) {
            WidgetPageApi(*context).page(exchange, sessionId);
        });
    service.addArgumentRoute(QStringLiteral("/widget/<arg>/view"), Method::Get,
        [context](const QString &sessionId, const ExchangePtr &exchange) {
            WidgetPageApi(*context).view(exchange, sessionId);
        });
    service.addArgumentRoute(QStringLiteral("/widget/<arg>/logo"), Method::Get,
        [context](const QString &sessionId, const ExchangePtr &exchange) {
            WidgetPageApi(*context).logo(exchange, sessionId);
        });
    service.addArgumentRoute(QStringLiteral("/widget/<arg>/events"), Method::Post,
        [context](const QString &sessionId, const ExchangePtr &exchange) {
            WidgetEventLog(*context).record(exchange, sessionId);
        });
    service.addArgumentRoute(QStringLiteral("/widget/<arg>/oauth"), Method::Post,
        [context](const QString &sessionId, const ExchangePtr &exchange) {
            WidgetLinkApi(*context).startOAuth(exchange, sessionId);
        });
    service.addArgumentRoute(QStringLiteral("/widget/<arg>/credentials"), Method::Post,
        [context](const QString &sessionId, const ExchangePtr &exchange) {
            WidgetLinkApi(*context).linkCredentials(exchange, sessionId);
        });
    service.addArgumentRoute(QStringLiteral("/widget/<arg>/sdk"), Method::Post,
        [context](const QString &sessionId, const ExchangePtr &exchange) {
            WidgetLinkApi(*context).chooseSdk(exchange, sessionId);
        });
    service.addArgumentRoute(QStringLiteral("/widget/<arg>/special-token"), Method::Post,
        [context, issuer](const QString &sessionId, const ExchangePtr &exchange) {
            PopupApi(*context, issuer).finish(exchange, sessionId);
        });
    service.addRoute(QStringLiteral("/connect"), Method::Get,
        [context, issuer](const ExchangePtr &exchange) { PopupApi(*context, issuer).open(exchange); });
}
