#pragma once

#include <QDialog>

struct CatalogParseResult;
class ImportPlan;

/// Shows what an import will add, change and leave alone before anything
/// is written; Apply writes all of it or nothing.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportPlan &plan, const CatalogParseResult &parsed, const QString &origin,
        QWidget *parent = nullptr);
};
