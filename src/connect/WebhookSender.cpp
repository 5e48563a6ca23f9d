#include "WebhookSender.h"

#include "Application.h"
#include "ApplicationRepository.h"
#include "Clock.h"
#include "EventRepository.h"
#include "SecretStore.h"
#include "WebhookDeliveryRepository.h"
#include "WebhookSignature.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcWebhooks, "linkdeck.connect.webhooks")

WebhookSender::WebhookSender(Workspace &workspace, SecretStore *secrets, QNetworkAccessManager *network,
    const Clock &clock, const WebhookPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_network(network)
    , m_clock(clock)
    , m_policy(policy)
{ }

qint64 WebhookSender::send(const Application &application, const QString &kind, const QJsonObject &payload,
    const QString &connectionId)
{
    if (application.webhookUrl.trimmed().isEmpty())
        return 0;
    QJsonObject body = payload;
    body.insert(QStringLiteral("type"), kind);

    Pending pending;
    pending.clientId = application.clientId;
    WebhookDelivery &delivery = pending.delivery;
    delivery.applicationId = application.id;
    delivery.connectionId = connectionId;
    delivery.eventKind = kind;
    delivery.url = application.webhookUrl.trimmed();
    delivery.payload = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    delivery.createdAt = m_clock.now();
    delivery.nextAttemptAt = delivery.createdAt;
    if (const StoreResult stored = WebhookDeliveryRepository(m_workspace).insert(&delivery); !stored) {
        qCWarning(lcWebhooks) << "could not record a webhook delivery:" << stored.message;
        return 0;
    }
    const qint64 id = delivery.id;
    m_pending.insert(id, pending);
    start(id, std::chrono::milliseconds(0));
    return id;
}

qint64 WebhookSender::replay(qint64 deliveryId, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    const std::optional<WebhookDelivery> original = WebhookDeliveryRepository(m_workspace).find(deliveryId);
    if (!original)
        return fail(tr("The webhook delivery no longer exists."));
    const std::optional<Application> application
        = ApplicationRepository(m_workspace).find(original->applicationId);
    if (!application)
        return fail(tr("The application of this delivery no longer exists."));
    if (application->webhookUrl.trimmed().isEmpty())
        return fail(tr("\"%1\" has no webhook URL.").arg(application->name));
    const QJsonObject payload = QJsonDocument::fromJson(original->payload.toUtf8()).object();
    qCInfo(lcWebhooks) << "replaying delivery" << deliveryId;
    const qint64 id = send(*application, original->eventKind, payload, original->connectionId);
    return id != 0 ? id : fail(tr("The replay could not be recorded."));
}

qint64 WebhookSender::sendTest(const Application &application)
{
    return send(application, QStringLiteral("test"),
        QJsonObject {
            { QStringLiteral("message"), QStringLiteral("A test event from Linkdeck.") },
            { QStringLiteral("client_id"), application.clientId },
            { QStringLiteral("sent_at"), m_clock.now().toString(Qt::ISODate) },
        });
}

int WebhookSender::resumeUnfinished()
{
    int resumed = 0;
    const QDateTime now = m_clock.now();
    const QList<WebhookDelivery> unfinished
        = WebhookDeliveryRepository(m_workspace).unfinished(m_policy.maxAttempts);
    for (const WebhookDelivery &delivery : unfinished) {
        if (m_pending.contains(delivery.id))
            continue;
        const std::optional<Application> application
            = ApplicationRepository(m_workspace).find(delivery.applicationId);
        if (!application)
            continue;
        Pending pending;
        pending.delivery = delivery;
        pending.clientId = application->clientId;
        m_pending.insert(delivery.id, pending);
        const qint64 wait = delivery.nextAttemptAt.isValid() ? now.msecsTo(delivery.nextAttemptAt) : 0;
        start(delivery.id, std::chrono::milliseconds(qMax<qint64>(0, wait)));
        ++resumed;
    }
    if (resumed > 0)
        qCInfo(lcWebhooks) << "resumed" << resumed << "unfinished webhook deliveries";
    return resumed;
}

void WebhookSender::start(qint64 id, std::chrono::milliseconds delay)
{
    const Pending &pending = m_pending[id];
    const QUrl url(pending.delivery.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        QTimer::singleShot(
            0, this, [this, id]() { giveUp(id, tr("The webhook URL is not an http(s) URL.")); });
        return;
    }

    // The secret is read once per delivery and kept only while it is tried.
    m_secrets->read(SecretStore::applicationOwner(pending.clientId), QStringLiteral("webhook_secret"), this,
        [this, id, delay](const SecretStore::Result &read) {
            if (!m_pending.contains(id))
                return;
            if (!read.isOk() || read.value.isEmpty()) {
                const QString reason = read.status == SecretStore::Result::Status::NotFound
                    ? tr("The application has no webhook signing secret; nothing was sent.")
                    : tr("The webhook signing secret could not be read: %1").arg(read.message);
                return giveUp(id, reason);
            }
            m_pending[id].secret = read.value.toUtf8();
            if (delay.count() > 0)
                QTimer::singleShot(delay, this, [this, id]() { attempt(id); });
            else
                attempt(id);
        });
}

void WebhookSender::attempt(qint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    WebhookDelivery &delivery = it->delivery;
    ++delivery.attempts;
    const QByteArray body = delivery.payload.toUtf8();
    const QByteArray signature = WebhookSignature::sign(it->secret, body, m_clock.now().toSecsSinceEpoch());
    delivery.signatureHeader = QString::fromLatin1(signature);

    QNetworkRequest request(QUrl(delivery.url, QUrl::StrictMode));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(WebhookSignature::headerName(), signature);
    request.setRawHeader(QByteArrayLiteral("linkdeck-event"), delivery.eventKind.toUtf8());
    request.setRawHeader(QByteArrayLiteral("linkdeck-delivery"), QByteArray::number(id));
    request.setRawHeader(QByteArrayLiteral("linkdeck-attempt"), QByteArray::number(delivery.attempts));
    request.setTransferTimeout(int(m_policy.timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcWebhooks) << "delivery" << id << "attempt" << delivery.attempts << "to"
                        << QUrl(delivery.url).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply, timer]() {
        reply->deleteLater();
        finishAttempt(id, reply, timer->elapsed());
    });
}

void WebhookSender::finishAttempt(qint64 id, QNetworkReply *reply, qint64 elapsedMs)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    WebhookDelivery &delivery = it->delivery;
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool delivered = code >= 200 && code < 300;
    delivery.lastResponseCode = code;
    delivery.durationMs = elapsedMs;
    delivery.lastError = delivered ? QString()
        : code == 0                ? reply->errorString()
                                   : tr("The receiver answered with HTTP status %1.").arg(code);
    const int attemptNumber = delivery.attempts;
    bool again = false;
    if (delivered) {
        delivery.status = WebhookDelivery::Status::Delivered;
        delivery.deliveredAt = m_clock.now();
        delivery.nextAttemptAt = {};
    } else if (delivery.attempts < m_policy.maxAttempts) {
        again = true;
        const auto delay = m_policy.delayBefore(delivery.attempts + 1);
        delivery.status = WebhookDelivery::Status::Retrying;
        delivery.nextAttemptAt = m_clock.now().addMSecs(delay.count());
        QTimer::singleShot(delay, this, [this, id]() { attempt(id); });
    } else {
        delivery.status = WebhookDelivery::Status::Failed;
        delivery.nextAttemptAt = {};
    }
    qCInfo(lcWebhooks) << "delivery" << id << "attempt" << attemptNumber << "->" << code
                       << WebhookDelivery::toString(delivery.status);
    record(*it,
        QJsonObject {
            { QStringLiteral("delivery_id"), id },
            { QStringLiteral("event_kind"), delivery.eventKind },
            { QStringLiteral("attempt"), attemptNumber },
            { QStringLiteral("response_code"), code },
            { QStringLiteral("duration_ms"), elapsedMs },
            { QStringLiteral("status"), WebhookDelivery::toString(delivery.status) },
            { QStringLiteral("error"), delivery.lastError },
        });
    Q_EMIT attemptFinished(id, attemptNumber, code);
    if (!again) {
        m_pending.remove(id);
        Q_EMIT deliveryFinished(id, delivered);
    }
}

void WebhookSender::giveUp(qint64 id, const QString &error)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->delivery.status = WebhookDelivery::Status::Failed;
    it->delivery.lastError = error;
    it->delivery.nextAttemptAt = {};
    qCWarning(lcWebhooks) << "delivery" << id << "given up:" << error;
    record(*it,
        QJsonObject {
            { QStringLiteral("delivery_id"), id },
            { QStringLiteral("event_kind"), it->delivery.eventKind },
            { QStringLiteral("attempt"), 0 },
            { QStringLiteral("status"), WebhookDelivery::toString(it->delivery.status) },
            { QStringLiteral("error"), error },
        });
    m_pending.erase(it);
    Q_EMIT deliveryFinished(id, false);
}

void WebhookSender::record(const Pending &pending, const QJsonObject &attemptDetail)
{
    const StoreResult result = m_workspace.transaction([&]() -> StoreResult {
        if (const StoreResult updated = WebhookDeliveryRepository(m_workspace).update(pending.delivery);
            !updated)
            return updated;
        ConnectEvent event;
        event.applicationId = pending.delivery.applicationId;
        event.connectionId = pending.delivery.connectionId;
        event.kind = QStringLiteral("webhook.attempt");
        event.detail = attemptDetail;
        event.at = m_clock.now();
        return EventRepository(m_workspace).append(&event);
    });
    if (!result)
        qCWarning(lcWebhooks) << "could not record webhook attempt:" << result.message;
}
