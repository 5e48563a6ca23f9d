#pragma once

#include "Application.h"
#include "Clock.h"
#include "WebhookDelivery.h"
#include "WebhookPolicy.h"

#include <QList>
#include <QObject>
#include <optional>

class QNetworkAccessManager;
class SecretStore;
class WebhookSender;
class Workspace;

/// The Webhooks page without its window: the applications, the deliveries
/// of the chosen one, whether a delivery's signature checks out against the
/// application's signing secret, replays and test events. Replays and test
/// events are new recorded deliveries sent by a WebhookSender.
class WebhooksController : public QObject
{
    Q_OBJECT

public:
    /// What the check of a recorded signature found.
    enum class Signature {
        Checking, ///< the secret is being read
        Valid, ///< the header signs the payload under the secret
        Invalid, ///< it does not
        SecretUnavailable, ///< the keyring holds no secret, or could not be read
        NotSigned, ///< never sent, so never signed
    };
    Q_ENUM(Signature)

    WebhooksController(Workspace &workspace, SecretStore &secrets, const WebhookPolicy &policy = {},
        QObject *parent = nullptr);
    ~WebhooksController() override;

    /// Reads the applications again, keeping the chosen one where it exists.
    void reload();
    QList<Application> applications() const { return m_applications; }

    /// Chooses the application with this id and reads its deliveries.
    void setApplication(qint64 applicationId);
    /// Chooses the application called @p nameOrClientId; false where none is.
    bool chooseApplication(const QString &nameOrClientId);
    /// The chosen application, if any.
    std::optional<Application> application() const;

    /// Reads the chosen application's deliveries again.
    void refreshDeliveries();
    QList<WebhookDelivery> deliveries() const { return m_deliveries; }
    std::optional<WebhookDelivery> delivery(qint64 id) const;

    /// Checks the recorded signature of @p deliveryId against the
    /// application's signing secret; signatureChecked() tells.
    void checkSignature(qint64 deliveryId);

    /// Sends the event of @p deliveryId again as a new delivery; returns its
    /// id, or 0 after errorOccurred().
    qint64 replay(qint64 deliveryId);
    /// Sends a test event to the chosen application's webhook URL; returns
    /// the delivery id, or 0 after errorOccurred(). testEventFinished() tells
    /// the outcome of its first attempt.
    qint64 sendTestEvent();

    WebhookSender *sender() const { return m_sender; }

    /// @p payload indented for reading; as it is where it is no JSON.
    static QString prettyPayload(const QString &payload);

Q_SIGNALS:
    void applicationsChanged();
    /// The chosen application changed, or its deliveries were read again.
    void deliveriesChanged();
    void signatureChecked(qint64 deliveryId, WebhooksController::Signature result);
    void testEventFinished(qint64 deliveryId, bool delivered, const QString &message);
    void errorOccurred(const QString &message);

private:
    void onAttemptFinished(qint64 deliveryId, int attempt, int responseCode);
    void onDeliveryFinished(qint64 deliveryId, bool delivered);

    Workspace &m_workspace;
    SecretStore &m_secrets;
    SystemClock m_clock;
    QNetworkAccessManager *m_network;
    WebhookSender *m_sender;
    QList<Application> m_applications;
    qint64 m_applicationId = 0;
    QList<WebhookDelivery> m_deliveries;
    QList<qint64> m_testEvents; ///< test deliveries whose first outcome is not told yet
};
