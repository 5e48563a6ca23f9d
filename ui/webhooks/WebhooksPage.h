#pragma once

#include "ConsolePage.h"
#include "WebhooksController.h"

class PageMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class SecretStore;
class WebhookDeliveriesModel;
class Workspace;

/// Support's page for webhooks: the deliveries of one application with
/// their outcome, the signed payload of the selected one with its signature
/// checked, replays and test events. The work without a window is
/// WebhooksController's.
class WebhooksPage : public ConsolePage
{
    Q_OBJECT

public:
    WebhooksPage(Workspace &workspace, SecretStore &secrets, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    WebhooksController *controller() const { return m_controller; }

    /// Chooses the application with this name or client ID.
    bool select(const QString &id) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createDetail();
    void onApplicationsChanged();
    void onDeliveriesChanged();
    void showDelivery(qint64 id);
    void onSignatureChecked(qint64 deliveryId, WebhooksController::Signature result);
    void replaySelected();
    void sendTestEvent();
    void showMessage(const QString &message, bool error);
    qint64 selectedId() const;

    WebhooksController *m_controller = nullptr;
    WebhookDeliveriesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_applications = nullptr;
    QPushButton *m_sendTest = nullptr;
    QPushButton *m_refresh = nullptr;
    PageMessage *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_outcome = nullptr;
    QLineEdit *m_signature = nullptr;
    QLabel *m_signatureState = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QPushButton *m_replay = nullptr;
    qint64 m_shown = 0; ///< the delivery in the detail pane
    QString m_checked; ///< its signature header and payload, as checked last
};
