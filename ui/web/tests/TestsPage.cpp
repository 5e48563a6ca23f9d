#include "TestsPage.h"

#include "ApplicationRepository.h"
#include "HarWriter.h"
#include "PageMessage.h"
#include "Redactor.h"
#include "RelativeTime.h"
#include "SourceRepository.h"
#include "StatusAccent.h"
#include "SupportBundle.h"
#include "TestLauncher.h"
#include "TestRunJson.h"
#include "TestRunRepository.h"
#include "TestsController.h"
#include "TimelineModel.h"
#include "WebEngineUserAgent.h"
#include "WebPageContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace {

QIcon statusIcon(const QStyle *style, TestStep::Status status)
{
    switch (status) {
    case TestStep::Status::Pending:
        return {};
    case TestStep::Status::Running:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case TestStep::Status::Passed:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case TestStep::Status::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case TestStep::Status::Skipped:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    }
    return {};
}

QString statusText(TestStep::Status status)
{
    switch (status) {
    case TestStep::Status::Pending:
        return TestsPage::tr("waiting");
    case TestStep::Status::Running:
        return TestsPage::tr("running…");
    case TestStep::Status::Passed:
        return TestsPage::tr("passed");
    case TestStep::Status::Failed:
        return TestsPage::tr("failed");
    case TestStep::Status::Skipped:
        return TestsPage::tr("skipped");
    }
    return {};
}

QLabel *selectableLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

TestsPage::TestsPage(const WebPageContext &context, QWidget *parent)
    : ConsolePage(parent)
    , m_workspace(context.workspace)
    , m_controller(new TestsController(context.workspace, context.secrets, &context.connectService, this))
    , m_timeline(new TimelineModel(this))
{
    auto *layout = new QVBoxLayout(this);

    // What to test.
    auto *choice = new QHBoxLayout;
    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceCombo->setMinimumContentsLength(16);
    m_credentialsCombo = new QComboBox(this);
    m_credentialsCombo->setObjectName(QStringLiteral("credentialsCombo"));
    m_credentialsCombo->setMinimumContentsLength(18);
    m_browserCombo = new QComboBox(this);
    m_browserCombo->setObjectName(QStringLiteral("browserCombo"));
    m_browserCombo->addItem(tr("Embedded browser"), int(TestsController::Browser::Embedded));
    m_browserCombo->addItem(tr("System browser"), int(TestsController::Browser::System));
    auto addLabelled = [this, choice](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        choice->addWidget(label);
        choice->addWidget(field);
    };
    addLabelled(tr("&Source:"), m_sourceCombo);
    addLabelled(tr("C&redentials:"), m_credentialsCombo);
    addLabelled(tr("&Browser:"), m_browserCombo);
    m_redirectUriEdit = new QLineEdit(this);
    m_redirectUriEdit->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUriEdit->setToolTip(
        tr("The redirect URI registered with the provider. The embedded browser stops "
           "the redirect to it before it leaves, so a production URI works."));
    addLabelled(tr("Redirect &URI:"), m_redirectUriEdit);
    choice->setStretchFactor(m_redirectUriEdit, 1);
    layout->addLayout(choice);

    // The test account, for password and e-mail sources.
    m_accountRow = new QWidget(this);
    m_accountRow->setObjectName(QStringLiteral("accountWidget"));
    auto *account = new QHBoxLayout(m_accountRow);
    account->setContentsMargins(0, 0, 0, 0);
    m_accountUserEdit = new QLineEdit(m_accountRow);
    m_accountUserEdit->setObjectName(QStringLiteral("accountUserEdit"));
    m_accountPasswordEdit = new QLineEdit(m_accountRow);
    m_accountPasswordEdit->setObjectName(QStringLiteral("accountPasswordEdit"));
    m_accountPasswordEdit->setEchoMode(QLineEdit::Password);
    m_accountEmailEdit = new QLineEdit(m_accountRow);
    m_accountEmailEdit->setObjectName(QStringLiteral("accountEmailEdit"));
    m_accountUserLabel = new QLabel(tr("Test &user:"), m_accountRow);
    m_accountUserLabel->setBuddy(m_accountUserEdit);
    m_accountPasswordLabel = new QLabel(tr("&Password:"), m_accountRow);
    m_accountPasswordLabel->setBuddy(m_accountPasswordEdit);
    m_accountEmailLabel = new QLabel(tr("Test e-&mail:"), m_accountRow);
    m_accountEmailLabel->setBuddy(m_accountEmailEdit);
    for (QWidget *widget :
        { static_cast<QWidget *>(m_accountUserLabel), static_cast<QWidget *>(m_accountUserEdit),
            static_cast<QWidget *>(m_accountPasswordLabel), static_cast<QWidget *>(m_accountPasswordEdit),
            static_cast<QWidget *>(m_accountEmailLabel), static_cast<QWidget *>(m_accountEmailEdit) })
        account->addWidget(widget);
    account->addStretch(1);
    layout->addWidget(m_accountRow);

    auto *actions = new QHBoxLayout;
    m_startButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("S&tart"), this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_startButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_rerunButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re-ru&n"), this);
    m_rerunButton->setObjectName(QStringLiteral("rerunButton"));
    m_rerunButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancelButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("&Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_revokeCheck = new QCheckBox(tr("Re&voke at the end"), this);
    m_revokeCheck->setObjectName(QStringLiteral("revokeAtEndCheckBox"));
    m_revokeCheck->setChecked(true);
    m_revokeCheck->setToolTip(tr("Untick to keep the tokens for Refresh Now and Revoke Now."));
    m_testAllButton = new QPushButton(tr("Test &All Enabled Sources"), this);
    m_testAllButton->setObjectName(QStringLiteral("testAllButton"));
    actions->addWidget(m_startButton);
    actions->addWidget(m_rerunButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_revokeCheck);
    actions->addStretch(1);
    actions->addWidget(m_testAllButton);
    layout->addLayout(actions);

    m_messageLabel = new PageMessage(this);
    layout->addWidget(m_messageLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("testsSplitter"));
    layout->addWidget(splitter, 1);

    // Left: the steps, the diagnosis, the tokens, the queue.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *stepsLabel = new QLabel(tr("Ste&ps"), left);
    m_stepsList = new QListWidget(left);
    m_stepsList->setObjectName(QStringLiteral("stepsList"));
    m_stepsList->setWordWrap(true);
    m_stepsList->setAlternatingRowColors(true);
    stepsLabel->setBuddy(m_stepsList);
    leftLayout->addWidget(stepsLabel);
    leftLayout->addWidget(m_stepsList, 2);
    m_diagnosisLabel = selectableLabel(QStringLiteral("diagnosisLabel"), left);
    m_diagnosisLabel->setTextFormat(Qt::PlainText);
    leftLayout->addWidget(m_diagnosisLabel);

    auto *tokens = new QGroupBox(tr("Tokens"), left);
    tokens->setObjectName(QStringLiteral("tokensGroupBox"));
    auto *tokenForm = new QFormLayout(tokens);
    m_accessTokenLabel = selectableLabel(QStringLiteral("accessTokenLabel"), tokens);
    m_refreshTokenLabel = selectableLabel(QStringLiteral("refreshTokenLabel"), tokens);
    m_expiryLabel = selectableLabel(QStringLiteral("expiryLabel"), tokens);
    tokenForm->addRow(tr("Access token:"), m_accessTokenLabel);
    tokenForm->addRow(tr("Refresh token:"), m_refreshTokenLabel);
    tokenForm->addRow(tr("Expires:"), m_expiryLabel);
    auto *tokenButtons = new QHBoxLayout;
    m_refreshNowButton = new QPushButton(tr("Refresh N&ow"), tokens);
    m_refreshNowButton->setObjectName(QStringLiteral("refreshNowButton"));
    m_revokeNowButton = new QPushButton(tr("Revo&ke Now"), tokens);
    m_revokeNowButton->setObjectName(QStringLiteral("revokeNowButton"));
    tokenButtons->addWidget(m_refreshNowButton);
    tokenButtons->addWidget(m_revokeNowButton);
    tokenButtons->addStretch(1);
    tokenForm->addRow(tokenButtons);
    leftLayout->addWidget(tokens);

    auto *exports = new QHBoxLayout;
    m_exportHarButton = new QPushButton(tr("E&xport HAR…"), left);
    m_exportHarButton->setObjectName(QStringLiteral("exportHarButton"));
    m_exportBundleButton = new QPushButton(tr("Export Support Bun&dle…"), left);
    m_exportBundleButton->setObjectName(QStringLiteral("exportBundleButton"));
    exports->addWidget(m_exportHarButton);
    exports->addWidget(m_exportBundleButton);
    exports->addStretch(1);
    leftLayout->addLayout(exports);

    auto *queue = new QGroupBox(tr("All enabled sources"), left);
    queue->setObjectName(QStringLiteral("queueGroupBox"));
    auto *queueLayout = new QVBoxLayout(queue);
    auto *queueTop = new QHBoxLayout;
    m_queueProgressBar = new QProgressBar(queue);
    m_queueProgressBar->setObjectName(QStringLiteral("queueProgressBar"));
    m_queueLabel = new QLabel(queue);
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    queueTop->addWidget(m_queueProgressBar, 1);
    queueTop->addWidget(m_queueLabel);
    queueLayout->addLayout(queueTop);
    m_queueResultsList = new QListWidget(queue);
    m_queueResultsList->setObjectName(QStringLiteral("queueResultsList"));
    m_queueResultsList->setAccessibleName(tr("Results per source"));
    queueLayout->addWidget(m_queueResultsList);
    queue->hide();
    leftLayout->addWidget(queue, 1);
    connect(m_controller, &TestsController::queueChanged, queue, [queue](int, int total) {
        if (total > 0)
            queue->show();
    });

    // Right: the authorization page and the timeline.
    m_detailsTabs = new QTabWidget(splitter);
    m_detailsTabs->setObjectName(QStringLiteral("detailsTabs"));
    m_browserStack = new QStackedWidget(m_detailsTabs);
    m_browserLabel = new QLabel(m_browserStack);
    m_browserLabel->setObjectName(QStringLiteral("browserLabel"));
    m_browserLabel->setAlignment(Qt::AlignCenter);
    m_browserLabel->setWordWrap(true);
    m_browserLabel->setText(tr("Choose a source and press Start: its authorization page opens here."));
    m_browserStack->addWidget(m_browserLabel);
    m_detailsTabs->addTab(m_browserStack, tr("Authorization Page"));

    auto *timelineSplitter = new QSplitter(Qt::Vertical, m_detailsTabs);
    m_timelineTable = new QTableView(timelineSplitter);
    m_timelineTable->setObjectName(QStringLiteral("timelineTable"));
    m_timelineTable->setModel(m_timeline);
    m_timelineTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineTable->verticalHeader()->hide();
    m_timelineTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineTable->horizontalHeader()->setSectionResizeMode(TimelineModel::Url, QHeaderView::Stretch);
    m_timelineTable->horizontalHeader()->setMinimumSectionSize(48);
    m_timelineTable->setWordWrap(false);
    m_exchangeDetailsEdit = new QPlainTextEdit(timelineSplitter);
    m_exchangeDetailsEdit->setObjectName(QStringLiteral("exchangeDetailsEdit"));
    m_exchangeDetailsEdit->setReadOnly(true);
    m_exchangeDetailsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_exchangeDetailsEdit->setPlaceholderText(tr("Select a row to see its request and response (redacted)."));
    m_detailsTabs->addTab(timelineSplitter, tr("Timeline"));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 420, 640 });

    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, [this]() {
        reloadCredentials();
        showStoredRun();
        updateTokens();
    });
    connect(m_startButton, &QPushButton::clicked, this, &TestsPage::start);
    connect(m_rerunButton, &QPushButton::clicked, m_controller, &TestsController::rerun);
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &TestsController::cancel);
    connect(m_testAllButton, &QPushButton::clicked, this, [this]() {
        if (const auto base = request(QString())) {
            m_queueResultsList->clear();
            m_controller->testAllEnabled(*base);
        }
    });
    connect(m_refreshNowButton, &QPushButton::clicked, m_controller, &TestsController::refreshNow);
    connect(m_revokeNowButton, &QPushButton::clicked, m_controller, &TestsController::revokeNow);
    connect(m_exportHarButton, &QPushButton::clicked, this, &TestsPage::exportHar);
    connect(m_exportBundleButton, &QPushButton::clicked, this, &TestsPage::exportBundle);
    connect(m_timelineTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_exchangeDetailsEdit->setPlainText(m_timeline->details(current.row()));
        });

    connect(m_controller, &TestsController::userAgentCreated, this, &TestsPage::onUserAgent);
    connect(m_controller, &TestsController::runStarted, this, &TestsPage::onRunStarted);
    connect(m_controller, &TestsController::stepsChanged, this, &TestsPage::updateSteps);
    connect(m_controller, &TestsController::hopRecorded, m_timeline, &TimelineModel::addHop);
    connect(m_controller, &TestsController::exchangeRecorded, m_timeline, &TimelineModel::addExchange);
    connect(m_controller, &TestsController::runFinished, this, &TestsPage::onRunFinished);
    connect(m_controller, &TestsController::tokensChanged, this, &TestsPage::updateTokens);
    connect(m_controller, &TestsController::message, this, &TestsPage::showMessage);
    connect(m_controller, &TestsController::queueChanged, this, &TestsPage::onQueue);
    connect(m_controller, &TestsController::queuedResult, this, &TestsPage::onQueuedResult);

    reloadSources();
    updateTokens();
    updateButtons();
}

TestsPage::~TestsPage()
{
    // A run under way is cancelled (and recorded) when the controller goes,
    // after this page's own part is gone: it must not call back here.
    disconnect(m_controller, nullptr, this, nullptr);
    // The view goes before the controller's agent deletes the page it shows.
    delete m_browserView;
}

void TestsPage::showEvent(QShowEvent *event)
{
    // Sources may have been added or renamed on the Sources page meanwhile.
    reloadSources();
    ConsolePage::showEvent(event);
}

bool TestsPage::select(const QString &id)
{
    const int row = m_sourceCombo->findData(id);
    if (row < 0)
        return false;
    m_sourceCombo->setCurrentIndex(row);
    return true;
}

void TestsPage::reloadSources()
{
    const QString current = m_sourceCombo->currentData().toString();
    const QSignalBlocker blocker(m_sourceCombo);
    m_sourceCombo->clear();
    for (const IntegrationSource &source : SourceRepository(m_workspace).summaries()) {
        if (source.authType == IntegrationSource::AuthType::Sdk)
            continue; // nothing to test from here: the data comes from a device
        m_sourceCombo->addItem(
            source.enabled ? source.displayName : tr("%1 (disabled)").arg(source.displayName), source.key);
        m_sourceCombo->setItemData(m_sourceCombo->count() - 1, int(source.authType), AuthTypeRole);
    }
    const int row = m_sourceCombo->findData(current);
    m_sourceCombo->setCurrentIndex(row >= 0 ? row : 0);
    reloadCredentials();
    showStoredRun();
    updateTokens();
}

void TestsPage::reloadCredentials()
{
    const QString key = m_sourceCombo->currentData().toString();
    const qint64 current = m_credentialsCombo->currentData().toLongLong();
    m_credentialsCombo->clear();
    m_credentialsCombo->addItem(tr("The source's own"), qint64(0));
    for (const Application &application : ApplicationRepository(m_workspace).all()) {
        if (application.sourceKeys.contains(key))
            m_credentialsCombo->addItem(tr("Application: %1").arg(application.name), application.id);
    }
    const int row = m_credentialsCombo->findData(current);
    m_credentialsCombo->setCurrentIndex(row >= 0 ? row : 0);
    m_redirectUriEdit->setPlaceholderText(TestLauncher::defaultRedirectUri(key).toString());
    // Password and e-mail sources need a test account, and no browser.
    const auto type = IntegrationSource::AuthType(m_sourceCombo->currentData(AuthTypeRole).toInt());
    const bool password = type == IntegrationSource::AuthType::Password;
    const bool email = type == IntegrationSource::AuthType::Email;
    m_accountRow->setVisible(password || email);
    for (QWidget *widget :
        { static_cast<QWidget *>(m_accountUserLabel), static_cast<QWidget *>(m_accountUserEdit),
            static_cast<QWidget *>(m_accountPasswordLabel), static_cast<QWidget *>(m_accountPasswordEdit) })
        widget->setVisible(password);
    m_accountEmailLabel->setVisible(email);
    m_accountEmailEdit->setVisible(email);
    m_browserCombo->setEnabled(!password && !email);
    m_redirectUriEdit->setEnabled(!password && !email);
}

void TestsPage::showStoredRun()
{
    if (m_controller->isRunning())
        return;
    // The source's last run (the one just finished included), until a new one starts.
    m_stepsList->clear();
    m_timeline->clear();
    m_diagnosisLabel->clear();
    StatusAccent::clear(m_diagnosisLabel);
    m_storedRun = {};
    const QString key = m_sourceCombo->currentData().toString();
    const QList<TestRunRecord> runs
        = TestRunRepository(m_workspace).listForSource(key, 1, TestRunRepository::Detail::Full);
    if (runs.isEmpty())
        return;
    m_storedRun = runs.constFirst();
    const TestRunRecord &run = m_storedRun;
    auto *header
        = new QListWidgetItem(tr("Last run %1, %2")
                                  .arg(QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                                      run.result == TestRunRecord::Result::Passed       ? tr("passed")
                                          : run.result == TestRunRecord::Result::Failed ? tr("failed")
                                                                                        : tr("cancelled")),
            m_stepsList);
    header->setFlags(Qt::ItemIsEnabled);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    addSteps(TestRunJson::toSteps(run.steps));
    if (run.result == TestRunRecord::Result::Passed) {
        m_diagnosisLabel->setText(tr("Every step passed."));
        StatusAccent::apply(m_diagnosisLabel, StatusAccent::Kind::Ok);
    }
    m_timeline->setStoredRun(run.navigations, HarWriter::read(run.har));
    // The timeline says the most about a run that is over; its first
    // exchange (the token request) opens in the details.
    for (int row = 0; row < m_timeline->rowCount(); ++row) {
        if (m_timeline->isExchange(row)) {
            m_timelineTable->selectRow(row);
            break;
        }
    }
    m_detailsTabs->setCurrentIndex(1);
}

std::optional<TestsController::Request> TestsPage::request(const QString &sourceKey)
{
    TestsController::Request request;
    request.sourceKey = sourceKey;
    request.applicationId = m_credentialsCombo->currentData().toLongLong();
    request.browser = TestsController::Browser(m_browserCombo->currentData().toInt());
    const QString redirect = m_redirectUriEdit->text().trimmed();
    if (!redirect.isEmpty()) {
        request.redirectUri = QUrl(redirect);
        if (!request.redirectUri.isValid() || request.redirectUri.isRelative()) {
            showMessage(tr("\"%1\" is not a redirect URI.").arg(redirect), true);
            return std::nullopt;
        }
    }
    request.revokeAtEnd = m_revokeCheck->isChecked();
    request.account.username = m_accountUserEdit->text().trimmed();
    request.account.password = m_accountPasswordEdit->text();
    request.account.email = m_accountEmailEdit->text().trimmed();
    return request;
}

void TestsPage::start()
{
    const QString key = m_sourceCombo->currentData().toString();
    if (key.isEmpty())
        return;
    if (const auto chosen = request(key))
        m_controller->start(*chosen);
}

void TestsPage::onUserAgent(UserAgent *agent)
{
    // A view per page: the old page goes with the old agent, after its view.
    delete m_browserView;
    m_browserView = nullptr;
    if (auto *embedded = qobject_cast<WebEngineUserAgent *>(agent)) {
        m_browserView = new QWebEngineView(embedded->page(), m_browserStack);
        m_browserView->setObjectName(QStringLiteral("browserView"));
        m_browserStack->addWidget(m_browserView);
        m_browserStack->setCurrentWidget(m_browserView);
        m_detailsTabs->setCurrentIndex(0);
    } else {
        m_browserLabel->setText(tr("The authorization page is open in your browser. Linkdeck waits for it to "
                                   "come back to its loopback address."));
        m_browserStack->setCurrentWidget(m_browserLabel);
    }
}

void TestsPage::onRunStarted()
{
    m_timeline->clear();
    m_exchangeDetailsEdit->clear();
    m_diagnosisLabel->clear();
    m_messageLabel->hide();
    updateSteps();
    updateButtons();
}

void TestsPage::addSteps(const QList<TestStep> &steps)
{
    for (const TestStep &step : steps) {
        QString text = tr("%1 — %2").arg(TestStep::title(step.kind), statusText(step.status));
        if (step.status == TestStep::Status::Passed || step.status == TestStep::Status::Failed)
            text += QLatin1Char(' ') + tr("(%1 ms)").arg(step.durationMs);
        if (!step.detail.isEmpty())
            text += QLatin1Char('\n') + step.detail;
        auto *item = new QListWidgetItem(statusIcon(style(), step.status), text, m_stepsList);
        item->setData(Qt::UserRole, TestStep::name(step.status));
        if (step.status == TestStep::Status::Pending || step.status == TestStep::Status::Skipped)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (step.status == TestStep::Status::Failed && !step.diagnosis.isEmpty()) {
            m_diagnosisLabel->setText(step.diagnosis);
            StatusAccent::apply(m_diagnosisLabel, StatusAccent::Kind::Error);
        }
    }
}

void TestsPage::updateSteps()
{
    m_stepsList->clear();
    addSteps(m_controller->steps());
    updateButtons();
}

void TestsPage::updateTokens()
{
    const TestsController::Tokens tokens
        = showsLastRun() ? m_controller->tokens() : TestsController::Tokens();
    const QString none = tr("none");
    const QString revoked = tokens.revoked ? QLatin1Char(' ') + tr("— revoked") : QString();
    m_accessTokenLabel->setText(
        tokens.accessToken.isEmpty() ? none : tr("•••• (%1)").arg(tokens.accessToken) + revoked);
    m_refreshTokenLabel->setText(
        tokens.refreshToken.isEmpty() ? none : tr("•••• (%1)").arg(tokens.refreshToken) + revoked);
    if (!tokens.expiresAt.isValid()) {
        m_expiryLabel->setText(tokens.accessToken.isEmpty() ? none : tr("not given"));
    } else {
        m_expiryLabel->setText(
            tr("%1 (%2)").arg(QLocale().toString(tokens.expiresAt.toLocalTime(), QLocale::ShortFormat),
                RelativeTime::expiry(tokens.expiresAt, QDateTime::currentDateTimeUtc())));
    }
    updateButtons();
}

bool TestsPage::showsLastRun() const
{
    return m_controller->hasRecord()
        && m_controller->lastRecord().sourceKey == m_sourceCombo->currentData().toString();
}

void TestsPage::updateButtons()
{
    const bool running = m_controller->isRunning();
    m_startButton->setEnabled(!running && m_sourceCombo->count() > 0);
    m_rerunButton->setEnabled(!running && !m_controller->lastRequest().sourceKey.isEmpty());
    m_cancelButton->setEnabled(running || m_controller->queueTotal() > m_controller->queueDone());
    m_testAllButton->setEnabled(!running);
    const bool shown = showsLastRun();
    m_refreshNowButton->setEnabled(shown && m_controller->canRefresh());
    m_revokeNowButton->setEnabled(shown && m_controller->canRevoke());
    // A stored run shown exports too.
    m_exportHarButton->setEnabled(!running && (shown || m_storedRun.id != 0));
    m_exportBundleButton->setEnabled(!running && (shown || m_storedRun.id != 0));
}

void TestsPage::onRunFinished(const TestRunRecord &record)
{
    // The exchanges as redacted once more, now that every secret of the run is known.
    m_timeline->setExchanges(m_controller->exchanges());
    if (record.result == TestRunRecord::Result::Passed) {
        m_diagnosisLabel->setText(tr("Every step passed."));
        StatusAccent::apply(m_diagnosisLabel, StatusAccent::Kind::Ok);
    } else if (record.result == TestRunRecord::Result::Cancelled) {
        m_diagnosisLabel->setText(tr("Cancelled."));
        StatusAccent::clear(m_diagnosisLabel);
    }
    updateButtons();
}

void TestsPage::showMessage(const QString &text, bool isError)
{
    m_messageLabel->say(text, isError);
    updateButtons();
}

void TestsPage::onQueue(int done, int total)
{
    m_queueProgressBar->setRange(0, qMax(total, 1));
    m_queueProgressBar->setValue(done);
    m_queueLabel->setText(total > 0 ? tr("%1 of %n", nullptr, total).arg(done) : QString());
    updateButtons();
}

void TestsPage::onQueuedResult(const QString &sourceKey, TestRunRecord::Result result, const QString &summary)
{
    const int row = m_sourceCombo->findData(sourceKey);
    const QString name = row >= 0 ? m_sourceCombo->itemText(row) : sourceKey;
    const bool passed = result == TestRunRecord::Result::Passed;
    auto *item = new QListWidgetItem(
        statusIcon(style(), passed ? TestStep::Status::Passed : TestStep::Status::Failed),
        tr("%1: %2").arg(name, summary), m_queueResultsList);
    item->setData(Qt::UserRole, sourceKey);
    m_queueResultsList->scrollToItem(item);
}

void TestsPage::exportHar()
{
    const bool live = showsLastRun();
    const TestRunRecord record = live ? m_controller->lastRecord() : m_storedRun;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export HAR"), record.sourceKey + QStringLiteral(".har"), tr("HTTP Archive (*.har)"));
    if (path.isEmpty())
        return;
    QString error;
    bool saved = false;
    if (live) {
        saved = m_controller->exportHar(path, &error);
    } else {
        // Stored runs keep their HAR log, redacted.
        QSaveFile file(path);
        const QByteArray bytes = QJsonDocument(record.har).toJson();
        saved = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        error = file.errorString();
    }
    if (!saved)
        showMessage(tr("Cannot write %1: %2").arg(path, error), true);
    else
        showMessage(tr("Saved %1 (redacted).").arg(path), false);
}

void TestsPage::exportBundle()
{
    const bool live = showsLastRun();
    const TestRunRecord record = live ? m_controller->lastRecord() : m_storedRun;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Support Bundle"),
        SupportBundle::suggestedFileName(record.sourceKey, record.startedAt),
        tr("Support bundle (*%1)").arg(SupportBundle::fileSuffix()));
    if (path.isEmpty())
        return;
    QString error;
    bool saved = false;
    if (live) {
        saved = m_controller->exportBundle(path, &error);
    } else if (const auto source = SourceRepository(m_workspace).find(record.sourceKey)) {
        // A stored run is redacted already; the bundle's own pass scrubs what it can still find.
        saved = SupportBundle::save(path, *source, { record }, Redactor(), &error);
    } else {
        error = tr("The source no longer exists.");
    }
    if (!saved)
        showMessage(tr("Cannot write %1: %2").arg(path, error), true);
    else
        showMessage(tr("Saved %1 (redacted).").arg(path), false);
}
