#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QList>
#include <QPair>
#include <QUrl>
#include <memory>

/// An application's webhook endpoint for tests: a QHttpServer on
/// 127.0.0.1 (any free port) that records every POST to /hook and answers
/// with the statuses queued in answers, then 200. Stopped when destroyed.
class WebhookReceiver
{
public:
    struct Request
    {
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };

    WebhookReceiver();
    ~WebhookReceiver();

    /// False where it could not listen.
    bool isListening() const { return m_port != 0; }
    /// http://127.0.0.1:PORT/hook
    QUrl url() const;

    QList<Request> requests;
    QList<int> answers;

private:
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};
