#include "WidgetSessionClient.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSessionClient, "linkdeck.connect.sessionclient")

namespace {

constexpr int kTimeoutMs = 15000;

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

WidgetSessionClient::WidgetSessionClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

WidgetSessionClient::~WidgetSessionClient()
{
    cancel();
}

QUrl WidgetSessionClient::endpoint(const QUrl &serviceUrl)
{
    QUrl url = serviceUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + QStringLiteral("/v1/widget/session"));
    return url;
}

void WidgetSessionClient::mint(
    const QUrl &serviceUrl, const QString &clientId, const QString &secret, const Request &request)
{
    cancel();
    const QString scheme = serviceUrl.scheme();
    if (!serviceUrl.isValid() || serviceUrl.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        Result failed;
        failed.error
            = tr("\"%1\" is not an http(s) address of a connect service.").arg(serviceUrl.toDisplayString());
        return finish(failed);
    }
    if (scheme == QLatin1String("http") && !isLoopback(serviceUrl.host())) {
        Result failed;
        failed.error = tr("The application's secret would travel in clear text to %1; use https for a "
                          "service on another machine.")
                           .arg(serviceUrl.host());
        return finish(failed);
    }

    QJsonObject body { { QStringLiteral("language"), request.language } };
    if (!request.referenceId.isEmpty())
        body.insert(QStringLiteral("reference_id"), request.referenceId);
    if (!request.providers.isEmpty())
        body.insert(QStringLiteral("providers"), QJsonArray::fromStringList(request.providers));

    QNetworkRequest post(endpoint(serviceUrl));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post.setRawHeader("Authorization", "Basic " + (clientId.toUtf8() + ':' + secret.toUtf8()).toBase64());
    post.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->post(post, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_reply = reply;
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, serviceUrl]() { onReply(reply, serviceUrl); });
    qCDebug(lcSessionClient) << "minting a session at" << endpoint(serviceUrl).toDisplayString();
}

void WidgetSessionClient::cancel()
{
    ++m_generation;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void WidgetSessionClient::onReply(QNetworkReply *reply, const QUrl &serviceUrl)
{
    reply->deleteLater();
    if (m_reply != reply)
        return;
    m_reply.clear();
    Result result;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 0) {
        result.error = tr("The connect service at %1 cannot be reached: %2")
                           .arg(serviceUrl.toDisplayString(), reply->errorString());
        return finish(result);
    }
    if (status != 200) {
        const QString code = json.value(QStringLiteral("error")).toString();
        const QString message = json.value(QStringLiteral("message")).toString();
        result.error = code.isEmpty()
            ? tr("The connect service at %1 answered HTTP %2.").arg(serviceUrl.toDisplayString()).arg(status)
            : tr("The connect service refused the session: %1 (%2)").arg(message, code);
        return finish(result);
    }
    const QUrl url(json.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    const QString sessionId = json.value(QStringLiteral("session_id")).toString();
    if (sessionId.isEmpty() || !url.isValid()) {
        result.error = tr("The connect service at %1 gave no session.").arg(serviceUrl.toDisplayString());
        return finish(result);
    }
    result.sessionId = sessionId;
    result.url = url;
    result.expiresAt
        = QDateTime::fromString(json.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    finish(result);
}

void WidgetSessionClient::finish(const Result &result)
{
    // Always asynchronous, so callers may connect after mint(); dropped
    // where a later mint() or cancel() came first.
    QTimer::singleShot(0, this, [this, result, generation = m_generation]() {
        if (generation == m_generation)
            Q_EMIT finished(result);
    });
}
