#pragma once

#include "Application.h"
#include "ConnectExchange.h"
#include "ConnectSettings.h"

#include <QHttpServerRequest>
#include <QObject>
#include <QUrl>
#include <functional>

class ApplicationAuthenticator;
class Clock;
class ConnectContext;
class QHttpServer;
class QTimer;
class SecretStore;
class TokenSealer;
class WalCheckpointer;
class WebhookSender;
class Workspace;

/// The connect service: an HTTP server on Qt HttpServer (loopback by
/// default) that applications and the connect widget talk to. It reads
/// sources and applications from the workspace and writes sessions, link
/// tokens, connections, events and webhook deliveries to it.
///
/// Routes now: POST /v1/widget/session, GET /v1/widget/session/{id},
/// POST /v1/link/token, POST /v1/link/provider/{oauth|password|email}/{source},
/// GET /v1/connections, GET /v1/health; provider callbacks, direct
/// connection URLs and the special token exchange (FlowRoutes). More plug
/// in with addRoute().
///
/// Every route refuses bodies over ConnectSettings::maxBodyBytes with 413
/// and answers errors as {"error": CODE, "message": text} (ApiError).
class ConnectService : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ExchangePtr &exchange)>;
    using ArgumentHandler = std::function<void(const QString &argument, const ExchangePtr &exchange)>;
    using ApplicationHandler
        = std::function<void(const ExchangePtr &exchange, const Application &application)>;

    /// @p clock must outlive the service; @p sealer must have a key.
    ConnectService(Workspace &workspace, SecretStore *secrets, const TokenSealer &sealer, const Clock &clock,
        const ConnectSettings &settings = {}, QObject *parent = nullptr);
    ~ConnectService() override;

    /// Starts listening on the settings' address and port, and takes up
    /// the webhook deliveries left unfinished; false with @p error set where
    /// it cannot.
    bool listen(QString *error = nullptr);
    bool isListening() const;
    /// The port listened on (the chosen one where the settings said 0).
    quint16 port() const { return m_port; }
    /// Where applications reach the service: the public base URL, or
    /// http://<address>:<port>.
    QUrl baseUrl() const;

    ConnectContext &context() const { return *m_context; }
    WebhookSender *webhooks() const;
    ApplicationAuthenticator *authenticator() const;

    /// Serves @p path (e.g. "/connect/result") for @p method.
    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    /// Serves a path with one variable part written "<arg>" (e.g.
    /// "/callback/<arg>"); the handler gets that part.
    void addArgumentRoute(const QString &pattern, QHttpServerRequest::Method method, ArgumentHandler handler);
    /// Runs @p handler with the application whose HTTP Basic credentials
    /// the request carries; answers 401 INVALID_CLIENT otherwise.
    void requireApplication(const ExchangePtr &exchange, ApplicationHandler handler);

    /// Deletes expired link tokens and authorizations; runs every ten
    /// minutes while the service listens. Returns how many rows went.
    int purgeExpired();

Q_SIGNALS:
    /// Each answered request, for a live view; @p path may hold a session id.
    void requestAnswered(const QString &method, const QString &path, int status);
    /// Each event appended to the log by the service.
    void eventRecorded(
        qint64 eventId, const QString &kind, const QString &sessionId, const QString &connectionId);

private:
    void addBuiltInRoutes();
    /// The exchange of a request, or null where it was refused already
    /// (an oversized body).
    ExchangePtr open(
        const QHttpServerRequest &request, QHttpServerResponder &&responder, const QString &route);

    QHttpServer *m_server;
    ConnectContext *m_context;
    QTimer *m_purgeTimer;
    WalCheckpointer *m_checkpointer;
    quint16 m_port = 0;
};
