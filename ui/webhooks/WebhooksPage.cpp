#include "WebhooksPage.h"

#include "PageMessage.h"
#include "RecordTable.h"
#include "StatusAccent.h"
#include "WebhookDeliveriesModel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

WebhooksPage::WebhooksPage(Workspace &workspace, SecretStore &secrets, QWidget *parent)
    : ConsolePage(parent)
    , m_controller(new WebhooksController(workspace, secrets, WebhookPolicy(), this))
    , m_model(new WebhookDeliveriesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("webhooksPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WebhookDeliveriesModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createToolbar());

    m_message = new PageMessage(this);
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("webhooksStack"));
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setObjectName(QStringLiteral("webhooksSplitter"));
    splitter->setChildrenCollapsible(false);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("deliveriesTable"));
    m_table->setAccessibleName(tr("Webhook deliveries"));
    RecordTable::setUp(m_table);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WebhookDeliveriesModel::Created, Qt::DescendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->addWidget(m_table);
    splitter->addWidget(createDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Room for every column of the table; the payload pane takes the rest.
    splitter->setSizes({ 640, 420 });
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            showDelivery(current.data(WebhookDeliveriesModel::DeliveryIdRole).toLongLong());
        });
    connect(
        m_controller, &WebhooksController::applicationsChanged, this, &WebhooksPage::onApplicationsChanged);
    connect(m_controller, &WebhooksController::deliveriesChanged, this, &WebhooksPage::onDeliveriesChanged);
    connect(m_controller, &WebhooksController::signatureChecked, this, &WebhooksPage::onSignatureChecked);
    connect(m_controller, &WebhooksController::errorOccurred, this,
        [this](const QString &message) { showMessage(message, true); });
    connect(m_controller, &WebhooksController::testEventFinished, this,
        [this](qint64, bool delivered, const QString &message) { showMessage(message, !delivered); });
    m_controller->reload();
}

WebhooksPage::~WebhooksPage() = default;

QWidget *WebhooksPage::createToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("toolbarWidget"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Application:"), bar);
    m_applications = new QComboBox(bar);
    m_applications->setObjectName(QStringLiteral("applicationCombo"));
    m_applications->setAccessibleName(tr("Application"));
    m_applications->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_applications->setMinimumContentsLength(24);
    label->setBuddy(m_applications);

    m_sendTest = new QPushButton(tr("Send &test event"), bar);
    m_sendTest->setObjectName(QStringLiteral("sendTestButton"));
    m_sendTest->setToolTip(tr("Post a signed \"test\" event to the application's webhook URL"));
    m_refresh = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refre&sh"), bar);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(
        tr("Read the deliveries again (%1)").arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));

    row->addWidget(label);
    row->addWidget(m_applications);
    row->addStretch(1);
    row->addWidget(m_sendTest);
    row->addWidget(m_refresh);

    connect(m_applications, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_controller->setApplication(m_applications->itemData(index).toLongLong());
    });
    connect(m_sendTest, &QPushButton::clicked, this, &WebhooksPage::sendTestEvent);
    connect(m_refresh, &QPushButton::clicked, m_controller, &WebhooksController::reload);
    return bar;
}

QWidget *WebhooksPage::createDetail()
{
    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("detailWidget"));
    auto *column = new QVBoxLayout(detail);
    column->setContentsMargins(8, 0, 0, 0);

    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("detailTitleLabel"));
    QFont font = m_detailTitle->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_detailTitle->setFont(font);
    column->addWidget(m_detailTitle);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_url = new QLabel(detail);
    m_url->setObjectName(QStringLiteral("urlLabel"));
    m_url->setTextFormat(Qt::PlainText);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setWordWrap(true);
    form->addRow(tr("Sent to:"), m_url);
    m_outcome = new QLabel(detail);
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Outcome:"), m_outcome);
    m_signature = new QLineEdit(detail);
    m_signature->setObjectName(QStringLiteral("signatureEdit"));
    m_signature->setReadOnly(true);
    m_signature->setFont(fixed);
    m_signature->setAccessibleName(tr("linkdeck-signature header"));
    form->addRow(tr("&linkdeck-signature:"), m_signature);
    m_signatureState = new QLabel(detail);
    m_signatureState->setObjectName(QStringLiteral("signatureStateLabel"));
    m_signatureState->setTextFormat(Qt::PlainText);
    form->addRow(tr("Signature check:"), m_signatureState);
    column->addLayout(form);

    auto *payloadLabel = new QLabel(tr("Signed &payload:"), detail);
    column->addWidget(payloadLabel);
    m_payload = new QPlainTextEdit(detail);
    m_payload->setObjectName(QStringLiteral("payloadEdit"));
    m_payload->setReadOnly(true);
    m_payload->setFont(fixed);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setTabChangesFocus(true);
    payloadLabel->setBuddy(m_payload);
    column->addWidget(m_payload, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_replay = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Replay"), detail);
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_replay->setToolTip(tr("Send this event again, as a new delivery to the current webhook URL"));
    buttons->addWidget(m_replay);
    column->addLayout(buttons);

    connect(m_replay, &QPushButton::clicked, this, &WebhooksPage::replaySelected);
    return detail;
}

bool WebhooksPage::select(const QString &id)
{
    return m_controller->chooseApplication(id);
}

void WebhooksPage::showEvent(QShowEvent *event)
{
    ConsolePage::showEvent(event);
    // Applications may have been added, and deliveries sent, meanwhile.
    if (!event->spontaneous())
        m_controller->reload();
}

void WebhooksPage::onApplicationsChanged()
{
    const QSignalBlocker blocker(m_applications);
    m_applications->clear();
    for (const Application &a : m_controller->applications())
        m_applications->addItem(a.name, a.id);
}

void WebhooksPage::onDeliveriesChanged()
{
    const std::optional<Application> application = m_controller->application();
    {
        const QSignalBlocker blocker(m_applications);
        m_applications->setCurrentIndex(application ? m_applications->findData(application->id) : -1);
    }
    const qint64 keep = m_shown;
    m_model->setDeliveries(m_controller->deliveries());
    m_sendTest->setEnabled(application.has_value());

    if (!application) {
        m_empty->setText(tr("No applications yet. Webhooks go to the applications' webhook URLs; add an "
                            "application on the Applications page."));
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(application->webhookUrl.isEmpty()
                ? tr("\"%1\" has no webhook URL, so no webhooks are sent to it. Set one on the "
                     "Applications page.")
                      .arg(application->name)
                : tr("No webhooks were sent to \"%1\" yet. Send a test event to try its URL.")
                      .arg(application->name));
    }
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 0 : 1);
    if (empty) {
        showDelivery(0);
        return;
    }
    const int row = m_model->rowOf(keep);
    // A delivery that went away (another application chosen) gives way to the first row.
    const QModelIndex target
        = row < 0 ? m_proxy->index(0, 0) : m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(
        target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showDelivery(target.data(WebhookDeliveriesModel::DeliveryIdRole).toLongLong());
}

void WebhooksPage::showDelivery(qint64 id)
{
    const int row = m_model->rowOf(id);
    m_replay->setEnabled(row >= 0);
    if (row < 0) {
        m_shown = 0;
        m_checked.clear();
        m_detailTitle->clear();
        m_url->clear();
        m_outcome->clear();
        m_signature->clear();
        m_signatureState->clear();
        m_payload->clear();
        return;
    }
    const WebhookDelivery delivery = m_model->delivery(row);
    m_detailTitle->setText(tr("%1 event · delivery %2").arg(delivery.eventKind).arg(delivery.id));
    m_url->setText(delivery.url);
    QString outcome = tr("%1 after %n attempt(s)", nullptr, delivery.attempts)
                          .arg(WebhookDeliveriesModel::statusText(delivery.status));
    if (delivery.lastResponseCode != 0)
        outcome += tr(", HTTP %1 in %2 ms").arg(delivery.lastResponseCode).arg(delivery.durationMs);
    if (!delivery.lastError.isEmpty())
        outcome += QStringLiteral(" — ") + delivery.lastError;
    m_outcome->setText(outcome);
    m_signature->setText(delivery.signatureHeader);
    m_signature->setCursorPosition(0);
    const QString pretty = WebhooksController::prettyPayload(delivery.payload);
    if (m_payload->toPlainText() != pretty)
        m_payload->setPlainText(pretty);
    // Checked again only where what is signed, or the signature, changed.
    const QString checked = delivery.signatureHeader + QLatin1Char('\n') + delivery.payload;
    if (id != m_shown || checked != m_checked) {
        m_shown = id;
        m_checked = checked;
        m_controller->checkSignature(id);
    }
}

void WebhooksPage::onSignatureChecked(qint64 deliveryId, WebhooksController::Signature result)
{
    if (deliveryId != m_shown)
        return;
    switch (result) {
    case WebhooksController::Signature::Checking:
        m_signatureState->setText(tr("checking…"));
        StatusAccent::clear(m_signatureState);
        break;
    case WebhooksController::Signature::Valid:
        m_signatureState->setText(tr("valid — signed with the application's current signing secret"));
        StatusAccent::apply(m_signatureState, StatusAccent::Kind::Ok);
        break;
    case WebhooksController::Signature::Invalid:
        m_signatureState->setText(
            tr("invalid — does not match the payload under the current signing secret"));
        StatusAccent::apply(m_signatureState, StatusAccent::Kind::Error);
        break;
    case WebhooksController::Signature::SecretUnavailable:
        m_signatureState->setText(tr("secret not available — the keyring has no signing secret for it"));
        StatusAccent::apply(m_signatureState, StatusAccent::Kind::Warning);
        break;
    case WebhooksController::Signature::NotSigned:
        m_signatureState->setText(tr("not signed — it was never sent"));
        StatusAccent::clear(m_signatureState);
        break;
    }
}

qint64 WebhooksPage::selectedId() const
{
    return m_table->currentIndex().data(WebhookDeliveriesModel::DeliveryIdRole).toLongLong();
}

void WebhooksPage::replaySelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    m_message->hide();
    if (const qint64 replayed = m_controller->replay(id)) {
        showMessage(tr("Replaying delivery %1 as delivery %2.").arg(id).arg(replayed), false);
        const int row = m_model->rowOf(replayed);
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
}

void WebhooksPage::sendTestEvent()
{
    m_message->hide();
    if (const qint64 id = m_controller->sendTestEvent()) {
        showMessage(tr("Sending test event (delivery %1)…").arg(id), false);
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
}

void WebhooksPage::showMessage(const QString &message, bool error)
{
    m_message->say(message, error);
}
