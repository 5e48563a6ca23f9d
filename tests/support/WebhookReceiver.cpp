#include "WebhookReceiver.h"

#include <QHttpServerResponse>

QByteArray WebhookReceiver::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

WebhookReceiver::WebhookReceiver()
    : m_server(std::make_unique<QHttpServer>())
{
    m_server->route(
        QStringLiteral("/hook"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            requests << Request { request.body(), request.headers() };
            const int status = answers.isEmpty() ? 200 : answers.takeFirst();
            return QHttpServerResponse(static_cast<QHttpServerResponse::StatusCode>(status));
        });
    m_port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
}

WebhookReceiver::~WebhookReceiver() = default;

QUrl WebhookReceiver::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/hook"));
    return url;
}
