#pragma once

#include "Clock.h"
#include "ConsolePage.h"

class ConnectionDetailPane;
class ConnectionsController;
class ConnectionsTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class SecretStore;
class Workspace;

/// Support staff's inspector of user connections: a search box and
/// filters over a lazily fetched table of every connection, beside the
/// selected connection's detail and actions.
class ConnectionsPage : public ConsolePage
{
    Q_OBJECT

public:
    ConnectionsPage(Workspace &workspace, SecretStore &secrets, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    /// Shows connection @p id in the detail pane (and selects its row when loaded).
    bool select(const QString &id) override;
    /// Once the count, made on its own thread, arrived.
    bool isReady() const override;

    ConnectionsController &controller() const { return *m_controller; }

    /// Asks, then revokes the connection in the detail pane.
    void revokeCurrent();
    /// Asks for a file, then writes the shown connection's support bundle to it.
    void exportCurrent();

private:
    void fillFilters();
    void applyFilters();
    void onCurrentChanged();
    void showDetail(const QString &id);
    void updateCount();

    Workspace &m_workspace;
    SystemClock m_clock;
    ConnectionsController *m_controller = nullptr;
    ConnectionsTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_applicationFilter = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    QLabel *m_count = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    ConnectionDetailPane *m_detail = nullptr;
};
