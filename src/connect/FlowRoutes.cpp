#include "FlowRoutes.h"

#include "AuthTokenApi.h"
#include "ConnectContext.h"
#include "ConnectService.h"
#include "DirectConnectApi.h"
#include "ProviderCallback.h"
#include "SpecialTokenIssuer.h"

SpecialTokenIssuing *FlowRoutes::install(ConnectService &service)
{
    using Method = QHttpServerRequest::Method;
    ConnectContext *context = &service.context();
    service.addArgumentRoute(QStringLiteral("/callback/<arg>"), Method::Get,
        [context](const QString &source, const ExchangePtr &exchange) {
            ProviderCallback(*context).handle(exchange, source);
        });
    service.addRoute(QStringLiteral("/connect/direct"), Method::Get,
        [context](const ExchangePtr &exchange) { DirectConnectApi(*context).connectSource(exchange); });
    service.addRoute(QStringLiteral("/connect/revoke"), Method::Get,
        [context](const ExchangePtr &exchange) { DirectConnectApi(*context).revokeSource(exchange); });
    service.addRoute(QStringLiteral("/connect/result"), Method::Get,
        [context](const ExchangePtr &exchange) { DirectConnectApi(*context).showResult(exchange); });
    ConnectService *target = &service;
    service.addRoute(
        QStringLiteral("/v1/auth/token"), Method::Post, [target, context](const ExchangePtr &exchange) {
            target->requireApplication(
                exchange, [context](const ExchangePtr &authenticated, const Application &application) {
                    AuthTokenApi(*context).exchange(authenticated, application);
                });
        });
    return new SpecialTokenIssuer(*context, context);
}
