#include "WebhooksController.h"

#include "ApplicationRepository.h"
#include "SecretStore.h"
#include "WebhookDeliveryRepository.h"
#include "WebhookSender.h"
#include "WebhookSignature.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <algorithm>

Q_LOGGING_CATEGORY(lcWebhooksUi, "linkdeck.ui.webhooks")

WebhooksController::WebhooksController(
    Workspace &workspace, SecretStore &secrets, const WebhookPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
    , m_sender(new WebhookSender(workspace, &secrets, m_network, m_clock, policy, this))
{
    connect(m_sender, &WebhookSender::attemptFinished, this, &WebhooksController::onAttemptFinished);
    connect(m_sender, &WebhookSender::deliveryFinished, this, &WebhooksController::onDeliveryFinished);
}

// The sender goes first: its timers and replies refer to the clock.
WebhooksController::~WebhooksController()
{
    delete m_sender;
}

void WebhooksController::reload()
{
    StoreResult result;
    const QList<Application> applications = ApplicationRepository(m_workspace).all(&result);
    if (!result) {
        Q_EMIT errorOccurred(result.message);
        return;
    }
    m_applications = applications;
    Q_EMIT applicationsChanged();
    const bool chosenExists = std::any_of(m_applications.cbegin(), m_applications.cend(),
        [this](const Application &a) { return a.id == m_applicationId; });
    if (!chosenExists)
        m_applicationId = m_applications.isEmpty() ? 0 : m_applications.constFirst().id;
    refreshDeliveries();
}

void WebhooksController::setApplication(qint64 applicationId)
{
    if (applicationId == m_applicationId)
        return;
    m_applicationId = applicationId;
    refreshDeliveries();
}

bool WebhooksController::chooseApplication(const QString &nameOrClientId)
{
    for (const Application &a : std::as_const(m_applications)) {
        if (a.clientId == nameOrClientId || a.name.compare(nameOrClientId, Qt::CaseInsensitive) == 0) {
            setApplication(a.id);
            return true;
        }
    }
    return false;
}

std::optional<Application> WebhooksController::application() const
{
    for (const Application &a : m_applications) {
        if (a.id == m_applicationId)
            return a;
    }
    return std::nullopt;
}

void WebhooksController::refreshDeliveries()
{
    m_deliveries = m_applicationId == 0
        ? QList<WebhookDelivery>()
        : WebhookDeliveryRepository(m_workspace).forApplication(m_applicationId);
    Q_EMIT deliveriesChanged();
}

std::optional<WebhookDelivery> WebhooksController::delivery(qint64 id) const
{
    for (const WebhookDelivery &d : m_deliveries) {
        if (d.id == id)
            return d;
    }
    return WebhookDeliveryRepository(m_workspace).find(id);
}

void WebhooksController::checkSignature(qint64 deliveryId)
{
    const std::optional<WebhookDelivery> found = delivery(deliveryId);
    if (!found || found->signatureHeader.isEmpty()) {
        Q_EMIT signatureChecked(deliveryId, Signature::NotSigned);
        return;
    }
    const std::optional<Application> owner = ApplicationRepository(m_workspace).find(found->applicationId);
    if (!owner) {
        Q_EMIT signatureChecked(deliveryId, Signature::SecretUnavailable);
        return;
    }
    Q_EMIT signatureChecked(deliveryId, Signature::Checking);
    const QByteArray header = found->signatureHeader.toLatin1();
    const QByteArray body = found->payload.toUtf8();
    m_secrets.read(SecretStore::applicationOwner(owner->clientId), QStringLiteral("webhook_secret"), this,
        [this, deliveryId, header, body](const SecretStore::Result &read) {
            if (!read.isOk() || read.value.isEmpty()) {
                Q_EMIT signatureChecked(deliveryId, Signature::SecretUnavailable);
                return;
            }
            // A rotated secret no longer matches what was signed before: that is
            // what "invalid" then says, truthfully.
            const bool valid = WebhookSignature::matches(header, read.value.toUtf8(), body);
            Q_EMIT signatureChecked(deliveryId, valid ? Signature::Valid : Signature::Invalid);
        });
}

qint64 WebhooksController::replay(qint64 deliveryId)
{
    QString error;
    const qint64 id = m_sender->replay(deliveryId, &error);
    if (id == 0) {
        Q_EMIT errorOccurred(error);
        return 0;
    }
    refreshDeliveries();
    return id;
}

qint64 WebhooksController::sendTestEvent()
{
    const std::optional<Application> chosen = application();
    if (!chosen) {
        Q_EMIT errorOccurred(tr("Choose an application first."));
        return 0;
    }
    // Read again: the URL may have been edited on the Applications page.
    const std::optional<Application> stored = ApplicationRepository(m_workspace).find(chosen->id);
    if (!stored || stored->webhookUrl.trimmed().isEmpty()) {
        Q_EMIT errorOccurred(
            tr("\"%1\" has no webhook URL; set one on the Applications page.").arg(chosen->name));
        return 0;
    }
    const qint64 id = m_sender->sendTest(*stored);
    if (id == 0) {
        Q_EMIT errorOccurred(tr("The test event could not be recorded."));
        return 0;
    }
    qCInfo(lcWebhooksUi) << "test event" << id << "for" << stored->clientId;
    m_testEvents << id;
    refreshDeliveries();
    return id;
}

void WebhooksController::onAttemptFinished(qint64 deliveryId, int attempt, int responseCode)
{
    Q_UNUSED(attempt)
    refreshDeliveries();
    if (!m_testEvents.removeOne(deliveryId))
        return;
    const std::optional<WebhookDelivery> sent = delivery(deliveryId);
    const qint64 duration = sent ? sent->durationMs : 0;
    const bool delivered = responseCode >= 200 && responseCode < 300;
    QString message;
    if (delivered)
        message = tr("Delivered: HTTP %1 in %2 ms.").arg(responseCode).arg(duration);
    else if (responseCode != 0)
        message
            = tr("Not delivered: the receiver answered HTTP %1 in %2 ms.").arg(responseCode).arg(duration);
    else
        message = tr("Not delivered: %1").arg(sent ? sent->lastError : QString());
    if (!delivered && sent && sent->status == WebhookDelivery::Status::Retrying)
        message += QLatin1Char(' ') + tr("It is tried again as the retry policy says.");
    Q_EMIT testEventFinished(deliveryId, delivered, message);
}

void WebhooksController::onDeliveryFinished(qint64 deliveryId, bool delivered)
{
    refreshDeliveries();
    // Given up before any attempt (no secret, no valid URL).
    if (!m_testEvents.removeOne(deliveryId))
        return;
    const std::optional<WebhookDelivery> sent = delivery(deliveryId);
    Q_EMIT testEventFinished(
        deliveryId, delivered, tr("Not sent: %1").arg(sent ? sent->lastError : tr("unknown reason")));
}

QString WebhooksController::prettyPayload(const QString &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return payload;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}
