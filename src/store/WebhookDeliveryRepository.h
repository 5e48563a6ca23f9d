#pragma once

#include "StoreResult.h"
#include "WebhookDelivery.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Workspace;

/// Reads and writes webhook deliveries.
class WebhookDeliveryRepository
{
    Q_DECLARE_TR_FUNCTIONS(WebhookDeliveryRepository)

public:
    explicit WebhookDeliveryRepository(Workspace &workspace);

    /// Stores a new delivery and sets its id.
    StoreResult insert(WebhookDelivery *delivery);
    /// Stores the outcome of an attempt: attempts, status, response code,
    /// error, signature, next attempt, delivery time and duration.
    StoreResult update(const WebhookDelivery &delivery);
    std::optional<WebhookDelivery> find(qint64 id, qint64 applicationId = 0) const;
    /// Newest first.
    QList<WebhookDelivery> forApplication(qint64 applicationId) const;
    QList<WebhookDelivery> forConnection(const QString &connectionId) const;
    /// Deliveries neither delivered nor given up that have had fewer than
    /// @p maxAttempts attempts, the oldest first.
    QList<WebhookDelivery> unfinished(int maxAttempts) const;

private:
    QList<WebhookDelivery> select(const QString &where, const QVariantMap &values) const;

    Workspace &m_workspace;
};
