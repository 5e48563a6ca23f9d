#include "ConnectionsPage.h"

#include "ApplicationRepository.h"
#include "ConnectionDetailPane.h"
#include "ConnectionStatusText.h"
#include "ConnectionsController.h"
#include "ConnectionsTableModel.h"
#include "SourceRepository.h"
#include "StatusAccent.h"
#include "SupportBundle.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Long enough to let a typist finish a word, short enough to feel immediate.
constexpr int kSearchDelayMs = 250;

} // namespace

ConnectionsPage::ConnectionsPage(Workspace &workspace, SecretStore &secrets, QWidget *parent)
    : ConsolePage(parent)
    , m_workspace(workspace)
    , m_controller(new ConnectionsController(workspace, secrets, m_clock, this))
    , m_model(new ConnectionsTableModel(workspace, m_clock, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by user id, reference id or source (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search connections"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_applicationFilter = new QComboBox(this);
    m_applicationFilter->setObjectName(QStringLiteral("applicationFilterCombo"));
    m_applicationFilter->setAccessibleName(tr("Application filter"));
    m_sourceFilter = new QComboBox(this);
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilterCombo"));
    m_sourceFilter->setAccessibleName(tr("Source filter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_statusFilter);
    toolbar->addWidget(m_applicationFilter);
    toolbar->addWidget(m_sourceFilter);
    toolbar->addWidget(m_count);
    layout->addLayout(toolbar);
    fillFilters();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("connectionsSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("connectionsTable"));
    // Fixed row heights and widths: measuring rows would read them all.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    // The model's own order, before sorting is enabled: enabling it sorts by
    // the indicator, and any other would query the rows again.
    header->setSortIndicator(ConnectionsTableModel::Created, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Widths from what the columns can hold, never from the rows: measuring
    // them would read every row. Ids keep their start and end when cut.
    m_table->setTextElideMode(Qt::ElideMiddle);
    const QFontMetrics metrics(m_table->font());
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    const int padding = digit * 2;
    const auto fit = [&](ConnectionsTableModel::Column column, int contents) {
        // Room for the header's title and its sort arrow, too.
        const int title = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        header->resizeSection(column, qMax(contents, title + digit * 3) + padding);
    };
    const auto widestItem = [&metrics, digit](const QComboBox *combo, int maxCharacters) {
        int widest = 0;
        for (int i = 1; i < combo->count(); ++i)
            widest = qMax(widest, metrics.horizontalAdvance(combo->itemText(i)));
        return qMin(widest, digit * maxCharacters);
    };
    fit(ConnectionsTableModel::UserId, fixed.horizontalAdvance(QString(14, QLatin1Char('0'))));
    fit(ConnectionsTableModel::ReferenceId, fixed.horizontalAdvance(QString(12, QLatin1Char('0'))));
    fit(ConnectionsTableModel::Application, widestItem(m_applicationFilter, 16));
    fit(ConnectionsTableModel::Source, widestItem(m_sourceFilter, 14));
    fit(ConnectionsTableModel::Status, widestItem(m_statusFilter, 30));
    const int time = metrics.horizontalAdvance(
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat));
    fit(ConnectionsTableModel::Created, time);
    fit(ConnectionsTableModel::LastRefreshed, time);
    fit(ConnectionsTableModel::TokenExpiry, digit * 18);
    // The last error is free text without an index: keep the order the database can give.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (column != ConnectionsTableModel::LastError)
            return;
        const ConnectionQuery current = m_model->query();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(int(current.sortColumn), current.sortOrder);
    });
    m_detail = new ConnectionDetailPane(m_splitter);
    m_detail->setObjectName(QStringLiteral("connectionDetail"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 620, 460 });
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ConnectionsPage::applyFilters);
    connect(m_searchTimer, &QTimer::timeout, this, &ConnectionsPage::applyFilters);
    for (QComboBox *combo : { m_statusFilter, m_applicationFilter, m_sourceFilter })
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionsPage::applyFilters);
    connect(m_model, &ConnectionsTableModel::countsChanged, this, &ConnectionsPage::updateCount);
    connect(m_model, &ConnectionsTableModel::errorOccurred, this, [this](const QString &message) {
        m_count->setText(tr("Cannot list the connections: %1").arg(message));
        StatusAccent::apply(m_count, StatusAccent::Kind::Error);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConnectionsPage::onCurrentChanged);

    connect(m_detail, &ConnectionDetailPane::refreshRequested, this, [this]() {
        if (m_controller->refresh(m_detail->connectionId()))
            m_detail->setBusy(true, tr("Refreshing the token…"));
    });
    connect(m_detail, &ConnectionDetailPane::testCallRequested, this, [this]() {
        if (m_controller->testApiCall(m_detail->connectionId()))
            m_detail->setBusy(true, tr("Calling the test API…"));
    });
    connect(m_detail, &ConnectionDetailPane::revokeRequested, this, &ConnectionsPage::revokeCurrent);
    connect(m_detail, &ConnectionDetailPane::copyIdsRequested, this, [this]() {
        m_controller->copyIds(m_detail->connectionId());
        m_detail->showOutcome(true, tr("The ids are on the clipboard."));
    });
    connect(m_detail, &ConnectionDetailPane::exportRequested, this, &ConnectionsPage::exportCurrent);
    connect(m_controller, &ConnectionsController::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_detail->setBusy(false);
    });
    connect(m_controller, &ConnectionsController::actionFinished, this,
        [this](const QString &id, ConnectionsController::Action, bool ok, const QString &message) {
            m_model->reloadConnection(id);
            if (id == m_detail->connectionId()) {
                showDetail(id);
                m_detail->showOutcome(ok, message);
            }
        });
    connect(m_controller, &ConnectionsController::sealingKeyChanged, this, [this]() {
        if (m_detail->hasConnection())
            showDetail(m_detail->connectionId());
    });

    const auto shortcut = [](const QKeySequence &keys, auto slot, QWidget *on, Qt::ShortcutContext context) {
        new QShortcut(keys, on, slot, context);
    };
    shortcut(
        QKeySequence::Find,
        [this]() {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        },
        this, Qt::WidgetWithChildrenShortcut);
    const auto openDetail = [this]() {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        showDetail(current.data(ConnectionsTableModel::ConnectionIdRole).toString());
        m_detail->setFocus(Qt::ShortcutFocusReason);
    };
    shortcut(QKeySequence(Qt::Key_Return), openDetail, m_table, Qt::WidgetShortcut);
    shortcut(QKeySequence(Qt::Key_Enter), openDetail, m_table, Qt::WidgetShortcut);
    shortcut(
        QKeySequence::Delete, [this]() { revokeCurrent(); }, m_table, Qt::WidgetShortcut);

    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_applicationFilter);
    setTabOrder(m_applicationFilter, m_sourceFilter);
    setTabOrder(m_sourceFilter, m_table);
    updateCount();
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::fillFilters()
{
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const auto status : ConnectionStatusText::all())
        m_statusFilter->addItem(ConnectionStatusText::title(status), UserConnection::toString(status));
    m_applicationFilter->addItem(tr("All applications"), qlonglong(0));
    const QList<Application> applications = ApplicationRepository(m_workspace).all();
    for (const Application &application : applications)
        m_applicationFilter->addItem(application.name, qlonglong(application.id));
    m_sourceFilter->addItem(tr("All sources"), QString());
    const QList<IntegrationSource> sources = SourceRepository(m_workspace).summaries();
    for (const IntegrationSource &source : sources)
        m_sourceFilter->addItem(source.displayName, source.key);
}

void ConnectionsPage::applyFilters()
{
    m_searchTimer->stop();
    ConnectionQuery filter;
    filter.search = m_search->text().trimmed();
    UserConnection::Status status;
    if (UserConnection::fromString(m_statusFilter->currentData().toString(), &status))
        filter.status = status;
    filter.applicationId = m_applicationFilter->currentData().toLongLong();
    filter.sourceKey = m_sourceFilter->currentData().toString();
    m_model->setFilter(filter);
}

bool ConnectionsPage::isReady() const
{
    return !m_model->isCounting();
}

void ConnectionsPage::updateCount()
{
    StatusAccent::clear(m_count);
    if (m_model->isCounting()) {
        m_count->setText(tr("counting…"));
        return;
    }
    // %Ln writes the number with the locale's digit grouping: "1,000,000 connections".
    const int matching = int(qMin<qint64>(m_model->matchingCount(), INT_MAX));
    m_count->setText(!m_model->isFiltered() ? tr("%Ln connection(s)", nullptr, matching)
                                            : tr("%Ln matching", nullptr, matching));
    Q_EMIT ready();
}

void ConnectionsPage::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        showDetail(current.data(ConnectionsTableModel::ConnectionIdRole).toString());
}

void ConnectionsPage::showDetail(const QString &id)
{
    const auto connection = m_controller->connection(id);
    if (!connection) {
        m_detail->clear();
        return;
    }
    ConnectionDetailPane::Contents contents;
    contents.connection = *connection;
    contents.tokens = m_controller->tokenState(*connection);
    contents.events = m_controller->events(id);
    contents.applicationName = m_controller->applicationName(connection->applicationId);
    const auto source = m_controller->source(connection->sourceKey);
    contents.sourceName = source ? source->displayName : connection->sourceKey;
    contents.canRefresh = source && source->authType == IntegrationSource::AuthType::OAuth2;
    contents.canTestCall = source && !source->testApiPath.trimmed().isEmpty();
    contents.now = m_controller->now();
    m_detail->setContents(contents);
    m_detail->setBusy(m_controller->isBusy());
}

bool ConnectionsPage::select(const QString &id)
{
    if (!m_controller->connection(id))
        return false;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, ConnectionsTableModel::UserId));
    showDetail(id);
    return m_detail->connectionId() == id;
}

void ConnectionsPage::revokeCurrent()
{
    const auto connection = m_controller->connection(m_detail->connectionId());
    if (!connection || connection->status == UserConnection::Status::Revoked || m_controller->isBusy())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Revoke connection"),
        tr("Disconnect %1 from %2?")
            .arg(connection->userId, m_controller->applicationName(connection->applicationId)),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("revokeMessageBox"));
    box.setInformativeText(
        tr("The token is revoked at the provider where it can be, the tokens are deleted, and "
           "the application receives a deauth webhook. The user has to connect again. "
           "This is logged under your name (%1).")
            .arg(m_controller->operatorName()));
    QPushButton *confirm = box.addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    if (m_controller->revoke(connection->id))
        m_detail->setBusy(true, tr("Revoking…"));
}

void ConnectionsPage::exportCurrent()
{
    const QString id = m_detail->connectionId();
    if (id.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export support bundle"),
        QDir::home().filePath(m_controller->suggestedBundleName(id)),
        tr("Linkdeck support bundle (*%1)").arg(SupportBundle::fileSuffix()));
    if (path.isEmpty())
        return;
    QString error;
    if (m_controller->exportBundle(id, path, &error))
        m_detail->showOutcome(
            true, tr("Saved a redacted support bundle to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_detail->showOutcome(false, error);
}
