#include "ConnectionDetailPane.h"

#include "ConnectionEventText.h"
#include "ConnectionStatusText.h"
#include "RelativeTime.h"
#include "StatusAccent.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr qint64 kSoonSeconds = 60 * 60;

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString timeText(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return ConnectionDetailPane::tr("never");
    return ConnectionDetailPane::tr("%1 (%2)").arg(
        QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), RelativeTime::since(at, now));
}

QStringList scopeList(const QString &scopes)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return scopes.split(separators, Qt::SkipEmptyParts);
}

} // namespace

ConnectionDetailPane::ConnectionDetailPane(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select a connection to see its tokens, scopes and history."), m_stack);
    empty->setObjectName(QStringLiteral("emptyDetailLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 0, 0, 0);
    m_title = valueLabel(QStringLiteral("titleLabel"), page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = valueLabel(QStringLiteral("subtitleLabel"), page);
    m_status = valueLabel(QStringLiteral("statusLabel"), page);
    m_status->setWordWrap(false);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_status);
    layout->addLayout(heading);
    layout->addWidget(m_subtitle);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_connectionIdLabel = valueLabel(QStringLiteral("connectionIdLabel"), page);
    m_connectionIdLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reference = valueLabel(QStringLiteral("referenceLabel"), page);
    m_created = valueLabel(QStringLiteral("createdLabel"), page);
    m_refreshed = valueLabel(QStringLiteral("refreshedLabel"), page);
    m_token = valueLabel(QStringLiteral("tokenLabel"), page);
    m_refreshToken = valueLabel(QStringLiteral("refreshTokenLabel"), page);
    m_lastError = valueLabel(QStringLiteral("lastErrorLabel"), page);
    form->addRow(tr("Connection:"), m_connectionIdLabel);
    form->addRow(tr("Reference:"), m_reference);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Last refreshed:"), m_refreshed);
    form->addRow(tr("Access token:"), m_token);
    form->addRow(tr("Refresh token:"), m_refreshToken);
    form->addRow(tr("Last error:"), m_lastError);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    auto button = [page](const QString &objectName, const QString &icon, const QString &text,
                      const QString &toolTip) {
        auto *b = new QPushButton(QIcon::fromTheme(icon), text, page);
        b->setObjectName(objectName);
        b->setToolTip(toolTip);
        return b;
    };
    m_refresh = button(QStringLiteral("refreshButton"), QStringLiteral("view-refresh"), tr("&Refresh now"),
        tr("Get a new access token with the refresh token"));
    m_testCall = button(QStringLiteral("testCallButton"), QStringLiteral("network-transmit-receive"),
        tr("&Test API call"), tr("Call the source's test API path with the access token"));
    m_revoke = button(QStringLiteral("revokeButton"), QStringLiteral("edit-delete"), tr("Re&voke…"),
        tr("Disconnect: revoke at the provider, delete the tokens, tell the application (Delete)"));
    m_copyIds = button(QStringLiteral("copyIdsButton"), QStringLiteral("edit-copy"), tr("&Copy IDs"),
        tr("Copy the connection, user and reference ids"));
    m_export = button(QStringLiteral("exportBundleButton"), QStringLiteral("document-save-as"),
        tr("Export &bundle…"), tr("Save a redacted support bundle of this connection"));
    for (QPushButton *b : { m_refresh, m_testCall, m_revoke, m_copyIds, m_export })
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_refresh, &QPushButton::clicked, this, &ConnectionDetailPane::refreshRequested);
    connect(m_testCall, &QPushButton::clicked, this, &ConnectionDetailPane::testCallRequested);
    connect(m_revoke, &QPushButton::clicked, this, &ConnectionDetailPane::revokeRequested);
    connect(m_copyIds, &QPushButton::clicked, this, &ConnectionDetailPane::copyIdsRequested);
    connect(m_export, &QPushButton::clicked, this, &ConnectionDetailPane::exportRequested);

    auto *progress = new QHBoxLayout;
    m_busyBar = new QProgressBar(page);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0); // busy: the actions cannot tell how far they are
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_outcome = valueLabel(QStringLiteral("outcomeLabel"), page);
    progress->addWidget(m_busyBar);
    progress->addWidget(m_outcome, 1);
    layout->addLayout(progress);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    auto *scopesBox = new QWidget(splitter);
    auto *scopesLayout = new QVBoxLayout(scopesBox);
    scopesLayout->setContentsMargins(0, 0, 0, 0);
    auto *scopesTitle = new QLabel(tr("<b>Scopes</b> — requested against granted"), scopesBox);
    m_scopes = new QListWidget(scopesBox);
    m_scopes->setObjectName(QStringLiteral("scopesList"));
    m_scopes->setFlow(QListView::LeftToRight);
    m_scopes->setWrapping(true);
    m_scopes->setSpacing(4);
    m_scopes->setSelectionMode(QAbstractItemView::NoSelection);
    scopesLayout->addWidget(scopesTitle);
    scopesLayout->addWidget(m_scopes);

    auto *historyBox = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(
        new QLabel(tr("<b>History</b> — select an event to see its HTTP exchanges"), historyBox));
    m_events = new QTreeWidget(historyBox);
    m_events->setObjectName(QStringLiteral("eventsTree"));
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setAlternatingRowColors(true);
    m_events->setHeaderLabels({ tr("When"), tr("Event"), tr("Details") });
    m_events->header()->setStretchLastSection(true);
    m_events->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    historyLayout->addWidget(m_events, 1);
    connect(m_events, &QTreeWidget::currentItemChanged, this, &ConnectionDetailPane::showExchanges);
    // Opening a connection from the table (Enter) lands in its history, to walk it with the keyboard.
    setFocusProxy(m_events);

    m_exchange = new QPlainTextEdit(splitter);
    m_exchange->setObjectName(QStringLiteral("exchangeView"));
    m_exchange->setReadOnly(true);
    m_exchange->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_exchange->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->addWidget(scopesBox);
    splitter->addWidget(historyBox);
    splitter->addWidget(m_exchange);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({ 80, 260, 160 });
    layout->addWidget(splitter, 1);
    m_stack->addWidget(page);
    clear();
}

QStringList ConnectionDetailPane::missingScopes(const QString &requested, const QString &granted)
{
    const QStringList grantedList = scopeList(granted);
    QStringList missing;
    for (const QString &scope : scopeList(requested)) {
        if (!grantedList.contains(scope))
            missing << scope;
    }
    return missing;
}

void ConnectionDetailPane::clear()
{
    m_connectionId.clear();
    m_contents = {};
    m_stack->setCurrentIndex(0);
}

void ConnectionDetailPane::setContents(const Contents &contents)
{
    const bool same = contents.connection.id == m_connectionId;
    m_contents = contents;
    const UserConnection &c = contents.connection;
    m_connectionId = c.id;
    m_stack->setCurrentIndex(1);
    if (!same)
        m_outcome->clear();

    m_title->setText(c.userId);
    m_subtitle->setText(tr("%1 · %2").arg(contents.sourceName, contents.applicationName));
    m_status->setText(ConnectionStatusText::title(c.status));
    StatusAccent::apply(m_status, ConnectionStatusText::accent(c.status));
    m_connectionIdLabel->setText(c.id);
    m_reference->setText(c.referenceId.isEmpty() ? tr("none") : c.referenceId);
    m_created->setText(timeText(c.createdAt, contents.now));
    m_refreshed->setText(timeText(c.lastRefreshedAt, contents.now));

    const auto &tokens = contents.tokens;
    if (!tokens.sealed) {
        m_token->setText(tr("none: the tokens are deleted"));
        StatusAccent::apply(m_token, StatusAccent::Kind::Error);
    } else if (!c.tokenExpiresAt.isValid()) {
        m_token->setText(tr("held; the provider gave no expiry"));
        StatusAccent::clear(m_token);
    } else {
        const qint64 left = contents.now.secsTo(c.tokenExpiresAt);
        m_token->setText(RelativeTime::expiry(c.tokenExpiresAt, contents.now));
        StatusAccent::apply(m_token,
            left <= 0                 ? StatusAccent::Kind::Error
                : left < kSoonSeconds ? StatusAccent::Kind::Warning
                                      : StatusAccent::Kind::Ok);
    }
    if (!tokens.sealed)
        m_refreshToken->setText(tr("none"));
    else if (!tokens.readable)
        m_refreshToken->setText(tokens.problem);
    else
        m_refreshToken->setText(tokens.refreshToken
                ? tr("present")
                : tr("none: the user must connect again when the access token expires"));
    m_lastError->setText(c.lastError.isEmpty() ? tr("none") : c.lastError);
    if (c.lastError.isEmpty())
        StatusAccent::clear(m_lastError);
    else
        StatusAccent::apply(m_lastError, StatusAccent::Kind::Error);

    m_scopes->clear();
    const QStringList missing = missingScopes(c.requestedScopes, c.grantedScopes);
    const QStringList requested = scopeList(c.requestedScopes);
    for (const QString &scope : requested) {
        auto *item = new QListWidgetItem(m_scopes);
        if (missing.contains(scope)) {
            item->setText(tr("✗ %1 (not granted)").arg(scope));
            item->setForeground(StatusAccent::color(StatusAccent::Kind::Error, palette()));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setToolTip(tr("Requested but not granted by the user or the provider"));
        } else {
            item->setText(tr("✓ %1").arg(scope));
            item->setToolTip(tr("Requested and granted"));
        }
    }
    for (const QString &scope : scopeList(c.grantedScopes)) {
        if (!requested.contains(scope)) {
            auto *item = new QListWidgetItem(tr("+ %1 (granted, not requested)").arg(scope), m_scopes);
            item->setToolTip(tr("Granted without being requested"));
        }
    }
    if (m_scopes->count() == 0)
        new QListWidgetItem(tr("No scopes were requested or granted."), m_scopes);

    const int keep = same ? m_events->indexOfTopLevelItem(m_events->currentItem()) : -1;
    m_events->clear();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < contents.events.size(); ++i) {
        const ConnectEvent &event = contents.events.at(i);
        auto *item = new QTreeWidgetItem({ QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat),
            ConnectionEventText::title(event.kind), ConnectionEventText::summary(event) });
        item->setData(0, Qt::UserRole, i);
        if (ConnectionEventText::hasExchanges(event))
            item->setIcon(1, QIcon::fromTheme(QStringLiteral("network-transmit-receive")));
        if (event.kind.endsWith(QLatin1String(".failed")))
            item->setForeground(1, StatusAccent::color(StatusAccent::Kind::Error, palette()));
        items << item;
    }
    m_events->addTopLevelItems(items);
    // The latest event is what support looks at first.
    const int current = keep >= 0 && keep < items.size() ? keep : int(items.size()) - 1;
    if (current >= 0)
        m_events->setCurrentItem(items.at(current));
    else
        showExchanges();
    updateActions();
}

void ConnectionDetailPane::showExchanges()
{
    const QTreeWidgetItem *item = m_events->currentItem();
    const int index = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_contents.events.size()) {
        m_exchange->setPlaceholderText(m_contents.events.isEmpty()
                ? tr("Nothing has been recorded for this connection yet.")
                : tr("Select an event to see its HTTP exchanges."));
        m_exchange->clear();
        return;
    }
    m_exchange->setPlaceholderText(tr("No HTTP exchange was recorded with this event."));
    m_exchange->setPlainText(ConnectionEventText::exchanges(m_contents.events.at(index)));
}

void ConnectionDetailPane::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    if (busy) {
        m_outcome->setText(what);
        StatusAccent::clear(m_outcome);
    }
    updateActions();
}

void ConnectionDetailPane::showOutcome(bool ok, const QString &message)
{
    m_outcome->setText(message);
    StatusAccent::apply(m_outcome, ok ? StatusAccent::Kind::Ok : StatusAccent::Kind::Error);
}

void ConnectionDetailPane::updateActions()
{
    const UserConnection &c = m_contents.connection;
    const bool present = hasConnection() && !m_busy;
    const bool live = present && c.status != UserConnection::Status::Revoked;
    m_refresh->setEnabled(live && m_contents.canRefresh && m_contents.tokens.refreshToken);
    m_testCall->setEnabled(live && m_contents.canTestCall && m_contents.tokens.accessToken);
    m_revoke->setEnabled(live);
    m_copyIds->setEnabled(hasConnection());
    m_export->setEnabled(hasConnection());
}
