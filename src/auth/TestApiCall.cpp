#include "TestApiCall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

TestApiCall::TestApiCall(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{ }

void TestApiCall::start(const IntegrationSource &source, const QString &accessToken)
{
    const QUrl target = source.testApiUrl();
    QNetworkRequest request(target);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);

    HttpExchange exchange;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = "GET";
    exchange.url = target;
    exchange.requestHeaders = { { QByteArrayLiteral("Authorization"), request.rawHeader("Authorization") },
        { QByteArrayLiteral("Accept"), request.rawHeader("Accept") } };
    m_timer.start();
    QNetworkReply *reply = m_manager->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, exchange]() mutable {
        reply->deleteLater();
        exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        exchange.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        exchange.responseBody = reply->read(MaxResponseBytes);
        exchange.durationMs = m_timer.elapsed();
        for (const auto &header : reply->rawHeaderPairs())
            exchange.responseHeaders.append(header);
        if (exchange.status == 0)
            exchange.error = reply->errorString();
        Q_EMIT finished(exchange);
    });
}
