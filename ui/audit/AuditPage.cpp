#include "AuditPage.h"

#include "AuditLog.h"
#include "AuditTableModel.h"
#include "RecordTable.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The page shows the newest entries; older ones are found by searching.
constexpr int kShownEntries = 1000;

} // namespace

AuditPage::AuditPage(Workspace &workspace, QWidget *parent)
    : ConsolePage(parent)
    , m_workspace(workspace)
    , m_model(new AuditTableModel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *bar = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of object"));
    m_kind->addItem(tr("Everything"), QString());
    m_kind->addItem(tr("Sources"), AuditLog::sourceKind());
    m_kind->addItem(tr("Applications"), AuditLog::applicationKind());
    m_kind->addItem(tr("Connections"), AuditLog::connectionKind());
    kindLabel->setBuddy(m_kind);

    auto *find = new QAction(this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the audit log"));
    m_search->setPlaceholderText(tr("Search who, action, object or summary (%1)")
                                     .arg(find->shortcut().toString(QKeySequence::NativeText)));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));

    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_search);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log"));
    RecordTable::setUp(m_table);
    m_table->setModel(m_model);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::Summary, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(find, &QAction::triggered, this, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, &AuditPage::reload);
    reload();
}

AuditPage::~AuditPage() = default;

void AuditPage::reload()
{
    const QList<AuditEntry> entries
        = AuditLog(m_workspace)
              .entries(m_kind->currentData().toString(), m_search->text().trimmed(), kShownEntries);
    m_model->setEntries(entries);
    m_count->setText(entries.size() >= kShownEntries ? tr("the newest %1 entries").arg(entries.size())
                                                     : tr("%n entries", nullptr, int(entries.size())));
}

void AuditPage::showEvent(QShowEvent *event)
{
    ConsolePage::showEvent(event);
    // Changes made on other pages, or by colleagues, since it was last shown.
    if (!event->spontaneous())
        reload();
}
