#pragma once

#include "ConsolePage.h"

class AuditTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class Workspace;

/// The audit log, read-only: who changed which source, application or
/// connection, and when; filtered by kind of object and by a search.
class AuditPage : public ConsolePage
{
    Q_OBJECT

public:
    explicit AuditPage(Workspace &workspace, QWidget *parent = nullptr);
    ~AuditPage() override;

    /// Reads the entries the filter and the search pick, again.
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace &m_workspace;
    AuditTableModel *m_model = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};
