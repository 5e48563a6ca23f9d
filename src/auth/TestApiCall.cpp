#include "TestApiCall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

TestApiCall::TestApiCall(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{ }

QUrl TestApiCall::url(const IntegrationSource &source)
{
    const QString path = source.testApiPath.trimmed();
    if (path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://")))
        return QUrl(path);
    QString host = source.apiHostUrl.trimmed();
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    return QUrl(host + path);
}

void TestApiCall::start(const IntegrationSource &source, const QString &accessToken)
{
    const QUrl target = url(source);
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
