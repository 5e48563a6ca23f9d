#include "ConnectService.h"

#include "ApiError.h"
#include "ApplicationAuthenticator.h"
#include "AuthTokenApi.h"
#include "CatalogCache.h"
#include "Clock.h"
#include "CommitBatcher.h"
#include "ConnectContext.h"
#include "ConnectionsApi.h"
#include "FlowRoutes.h"
#include "LinkApi.h"
#include "LinkTokenRepository.h"
#include "OAuthStateRepository.h"
#include "TokenSealer.h"
#include "UserAccessTokenRepository.h"
#include "WalCheckpointer.h"
#include "WebhookSender.h"
#include "WidgetRoutes.h"
#include "WidgetSessionApi.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcService, "linkdeck.connect.service")

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    return QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method)))
        .toUpper();
}

} // namespace

ConnectService::ConnectService(Workspace &workspace, SecretStore *secrets, const TokenSealer &sealer,
    const Clock &clock, const ConnectSettings &settings, QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
    , m_context(new ConnectContext(workspace, secrets, sealer, clock, settings, this))
    , m_purgeTimer(new QTimer(this))
    , m_checkpointer(new WalCheckpointer(
          workspace, std::chrono::seconds(1), WalCheckpointer::DefaultRestartFrames, this))
{
    m_purgeTimer->setInterval(std::chrono::minutes(10));
    connect(m_purgeTimer, &QTimer::timeout, this, &ConnectService::purgeExpired);
    connect(m_context, &ConnectContext::eventRecorded, this, &ConnectService::eventRecorded);
    m_server->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        ConnectExchange exchange(request, std::move(responder));
        exchange.fail(ApiError::notFound());
    });
    addBuiltInRoutes();
}

ConnectService::~ConnectService()
{
    // Writes accepted from requests are stored and answered before the service goes.
    m_context->commits()->flush();
}

WebhookSender *ConnectService::webhooks() const
{
    return m_context->webhooks();
}

ApplicationAuthenticator *ConnectService::authenticator() const
{
    return m_context->authenticator();
}

bool ConnectService::listen(QString *error)
{
    const ConnectSettings &settings = m_context->settings();
    if (!m_context->sealer().hasKey()) {
        if (error)
            *error = tr("The connect service needs a token sealing key.");
        return false;
    }
    if (isListening()) {
        if (error)
            *error = tr("The connect service is already listening.");
        return false;
    }
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(settings.address, settings.port)) {
        if (error)
            *error = tr("The connect service cannot listen on %1 port %2: %3")
                         .arg(settings.address.toString())
                         .arg(settings.port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    m_context->setBaseUrl(baseUrl());
    qCInfo(lcService) << "listening on" << baseUrl().toDisplayString();
    purgeExpired();
    m_purgeTimer->start();
    // A commit that fills the WAL would otherwise checkpoint, fsync and
    // stall every request behind it (SQLite only; false elsewhere).
    if (m_checkpointer->start())
        qCDebug(lcService) << "WAL checkpoints run in a worker";
    // Webhooks a previous run left unfinished are owed still.
    m_context->webhooks()->resumeUnfinished();
    return true;
}

int ConnectService::purgeExpired()
{
    const QDateTime now = m_context->now();
    const int removed = LinkTokenRepository(m_context->workspace()).removeExpired(now)
        + OAuthStateRepository(m_context->workspace()).removeExpired(now)
        + UserAccessTokenRepository(m_context->workspace()).removeExpired(now);
    if (removed > 0)
        qCInfo(lcService) << "purged" << removed << "expired link tokens and authorizations";
    return removed;
}

bool ConnectService::isListening() const
{
    return m_port != 0;
}

QUrl ConnectService::baseUrl() const
{
    const QUrl configured = m_context->settings().publicBaseUrl;
    if (configured.isValid() && !configured.isEmpty())
        return configured;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress address = m_context->settings().address;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    url.setHost(address.toString());
    url.setPort(m_port);
    return url;
}

ExchangePtr ConnectService::open(
    const QHttpServerRequest &request, QHttpServerResponder &&responder, const QString &route)
{
    m_context->catalog().requestBegan();
    auto exchange = std::make_shared<ConnectExchange>(request, std::move(responder));
    const QString method = methodName(exchange->method());
    const QString path = exchange->path();
    QPointer<ConnectService> self(this);
    exchange->setAnsweredHandler([self, method, path, route](int status) {
        // The route, not the path: paths can hold session ids.
        qCDebug(lcService).noquote() << method << route << status;
        if (self)
            Q_EMIT self->requestAnswered(method, path, status);
    });
    const qsizetype limit = m_context->settings().maxBodyBytes;
    if (exchange->body().size() > limit
        || exchange->header(QByteArrayLiteral("Content-Length")).toLongLong() > limit) {
        exchange->fail(ApiError::bodyTooLarge(limit));
        return nullptr;
    }
    return exchange;
}

void ConnectService::addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler)
{
    m_server->route(path, method,
        [this, path, handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (const ExchangePtr exchange = open(request, std::move(responder), path))
                handler(exchange);
        });
}

void ConnectService::addArgumentRoute(
    const QString &pattern, QHttpServerRequest::Method method, ArgumentHandler handler)
{
    m_server->route(pattern, method,
        [this, pattern, handler](
            const QString &argument, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (const ExchangePtr exchange = open(request, std::move(responder), pattern))
                handler(argument, exchange);
        });
}

void ConnectService::requireApplication(const ExchangePtr &exchange, ApplicationHandler handler)
{
    m_context->authenticator()->authenticate(exchange->header(QByteArrayLiteral("Authorization")), this,
        [exchange, handler](const std::optional<Application> &application, const ApiError &error) {
            if (!application)
                return exchange->fail(error);
            handler(exchange, *application);
        });
}

void ConnectService::addBuiltInRoutes()
{
    using Method = QHttpServerRequest::Method;
    ConnectContext *context = m_context;
    addRoute(QStringLiteral("/v1/health"), Method::Get, [](const ExchangePtr &exchange) {
        exchange->respond(200, QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } });
    });
    addRoute(
        QStringLiteral("/v1/widget/session"), Method::Post, [this, context](const ExchangePtr &exchange) {
            requireApplication(
                exchange, [context](const ExchangePtr &authenticated, const Application &application) {
                    WidgetSessionApi(*context).create(authenticated, application);
                });
        });
    addArgumentRoute(QStringLiteral("/v1/widget/session/<arg>"), Method::Get,
        [context](const QString &sessionId, const ExchangePtr &exchange) {
            WidgetSessionApi(*context).show(exchange, sessionId);
        });
    addRoute(QStringLiteral("/v1/link/token"), Method::Post, [this, context](const ExchangePtr &exchange) {
        requireApplication(
            exchange, [context](const ExchangePtr &authenticated, const Application &application) {
                LinkApi(*context).createToken(authenticated, application);
            });
    });
    addArgumentRoute(QStringLiteral("/v1/link/provider/oauth/<arg>"), Method::Post,
        [context](const QString &source, const ExchangePtr &exchange) {
            LinkApi(*context).startOAuth(exchange, source);
        });
    addArgumentRoute(QStringLiteral("/v1/link/provider/password/<arg>"), Method::Post,
        [context](const QString &source, const ExchangePtr &exchange) {
            LinkApi(*context).linkPassword(exchange, source);
        });
    addArgumentRoute(QStringLiteral("/v1/link/provider/email/<arg>"), Method::Post,
        [context](const QString &source, const ExchangePtr &exchange) {
            LinkApi(*context).linkEmail(exchange, source);
        });
    addRoute(QStringLiteral("/v1/connections"), Method::Get, [this, context](const ExchangePtr &exchange) {
        // A user access token from the popup's special token reads its user's connections.
        if (AuthTokenApi::hasBearer(exchange))
            return ConnectionsApi(*context).listForBearer(exchange);
        requireApplication(
            exchange, [context](const ExchangePtr &authenticated, const Application &application) {
                ConnectionsApi(*context).list(authenticated, application);
            });
    });
    // The flows' ends and shortcuts; the popup gets their special token issuer.
    WidgetRoutes::install(*this, FlowRoutes::install(*this));
}
