#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>

struct ApiError;

/// One request to the connect service and the means to answer it, now or
/// after asynchronous work (a keyring read, a call to a provider). It keeps
/// a copy of the request, so it outlives the server's request object; if
/// the client went away meanwhile, answering does nothing.
class ConnectExchange
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    ConnectExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    /// Answers 500 where no one answered: a request is never left hanging.
    ~ConnectExchange();
    ConnectExchange(const ConnectExchange &) = delete;
    ConnectExchange &operator=(const ConnectExchange &) = delete;

    QHttpServerRequest::Method method() const { return m_method; }
    QString path() const { return m_url.path(); }
    QUrl url() const { return m_url; }
    QUrlQuery query() const { return QUrlQuery(m_url); }
    QByteArray body() const { return m_body; }
    /// The first header named @p name (case-insensitive); empty where there is none.
    QByteArray header(const QByteArray &name) const;
    QHostAddress remoteAddress() const { return m_remoteAddress; }

    /// The body as a JSON object, {} for an empty body; false with @p error
    /// set for anything else.
    bool jsonBody(QJsonObject *object, ApiError *error) const;

    void respond(int status, const QJsonObject &body);
    void respond(
        int status, const QByteArray &mimeType, const QByteArray &body, const QList<Header> &headers = {});
    void fail(const ApiError &error);
    /// 303 See Other to @p location.
    void redirect(const QUrl &location);

    bool isAnswered() const { return m_status != 0; }
    /// The status answered with, 0 before.
    int status() const { return m_status; }
    /// Called once with the status when the exchange is answered.
    void setAnsweredHandler(std::function<void(int status)> handler) { m_answered = std::move(handler); }

private:
    QHttpServerRequest::Method m_method;
    QUrl m_url;
    QByteArray m_body;
    QList<Header> m_headers;
    QHostAddress m_remoteAddress;
    QPointer<QTcpSocket> m_socket;
    std::optional<QHttpServerResponder> m_responder;
    std::function<void(int)> m_answered;
    int m_status = 0;
};

using ExchangePtr = std::shared_ptr<ConnectExchange>;
