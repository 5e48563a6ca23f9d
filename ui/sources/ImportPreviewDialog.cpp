#include "ImportPreviewDialog.h"

#include "CatalogParseResult.h"
#include "ImportPlan.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(
    const ImportPlan &plan, const CatalogParseResult &parsed, const QString &origin, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import sources"));
    resize(640, 480);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(
        tr("<b>%1</b> from %2").arg(plan.summary().toHtmlEscaped(), origin.toHtmlEscaped()), this);
    summary->setObjectName(QStringLiteral("importSummaryLabel"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("importPlanTree"));
    tree->setHeaderLabels({ tr("Source"), tr("What happens") });
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto group = [tree](const QString &title, qsizetype count) {
        auto *item = new QTreeWidgetItem(tree, { title.arg(count) });
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(count > 0 && count <= 200);
        return item;
    };
    QTreeWidgetItem *added = group(tr("To add (%1)"), plan.added.size());
    for (const IntegrationSource &s : plan.added)
        new QTreeWidgetItem(added, { s.displayName, tr("new, key %1").arg(s.key) });
    QTreeWidgetItem *changed = group(tr("To change (%1)"), plan.changed.size());
    for (const auto &[before, after] : plan.changed)
        new QTreeWidgetItem(changed,
            { after.displayName, ImportPlan::changedFields(before, after).join(QStringLiteral(", ")) });
    QTreeWidgetItem *unchanged = group(tr("Left alone (%1)"), plan.unchanged.size());
    unchanged->setExpanded(false);
    for (const IntegrationSource &s : plan.unchanged)
        new QTreeWidgetItem(unchanged, { s.displayName, tr("same as in the workspace") });
    if (!parsed.skipped.isEmpty()) {
        QTreeWidgetItem *skipped = group(tr("Skipped (%1)"), parsed.skipped.size());
        for (const QString &line : parsed.skipped) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            new QTreeWidgetItem(skipped, { line.left(colon), line.mid(colon + 1).trimmed() });
        }
    }
    layout->addWidget(tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("importButtonBox"));
    QPushButton *apply = buttons->button(QDialogButtonBox::Apply);
    apply->setObjectName(QStringLiteral("applyImportButton"));
    apply->setEnabled(!plan.isEmpty());
    apply->setDefault(true);
    connect(apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
