#pragma once

#include "WebhookDelivery.h"
#include "WebhookPolicy.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <chrono>

struct Application;
class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class SecretStore;
class Workspace;

/// Sends webhooks to applications: a JSON POST to the application's
/// webhook URL, signed in the `linkdeck-signature` header with its webhook
/// secret (WebhookSignature), retried with exponential backoff as the
/// WebhookPolicy says. Every delivery is a row in webhook_deliveries and
/// every attempt an event ("webhook.attempt"). Redirects are not followed.
class WebhookSender : public QObject
{
    Q_OBJECT

public:
    WebhookSender(Workspace &workspace, SecretStore *secrets, QNetworkAccessManager *network,
        const Clock &clock, const WebhookPolicy &policy, QObject *parent = nullptr);

    void setPolicy(const WebhookPolicy &policy) { m_policy = policy; }
    WebhookPolicy policy() const { return m_policy; }

    /// Records a delivery of @p payload (with "type": @p kind added) to
    /// @p application and starts sending it. Returns the delivery's id; 0
    /// where the application has no webhook URL or the delivery could not
    /// be recorded.
    qint64 send(const Application &application, const QString &kind, const QJsonObject &payload,
        const QString &connectionId = {});

    /// Sends the event of the recorded delivery @p deliveryId again, as a
    /// new delivery to the application's current webhook URL. Returns the
    /// new delivery's id; 0 with @p error set where there is nothing to send.
    qint64 replay(qint64 deliveryId, QString *error = nullptr);

    /// Sends a "test" event to @p application, as a recorded delivery.
    qint64 sendTest(const Application &application);

    /// Takes up the deliveries recorded as pending or retrying with attempts
    /// left, for instance by a service that stopped before it was done: each
    /// is tried again when its next attempt is due. Returns how many.
    int resumeUnfinished();

    /// Deliveries still being tried.
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    /// After each attempt; @p responseCode is 0 where no HTTP answer came.
    void attemptFinished(qint64 deliveryId, int attempt, int responseCode);
    /// Once per delivery, when it was delivered or given up.
    void deliveryFinished(qint64 deliveryId, bool delivered);

private:
    struct Pending
    {
        WebhookDelivery delivery;
        QString clientId;
        QByteArray secret;
    };

    /// Reads the signing secret of the pending delivery @p id and tries it
    /// after @p delay.
    void start(qint64 id, std::chrono::milliseconds delay);
    void attempt(qint64 id);
    void finishAttempt(qint64 id, QNetworkReply *reply, qint64 elapsedMs);
    void giveUp(qint64 id, const QString &error);
    void record(const Pending &pending, const QJsonObject &attemptDetail);

    Workspace &m_workspace;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    WebhookPolicy m_policy;
    QHash<qint64, Pending> m_pending;
};
