#pragma once

#include <QMainWindow>

class ConsolePage;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoGroup;
class SecretStore;
class Settings;
class Workspace;

/// The console: a navigation sidebar and one page per job.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace &workspace, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the page with this id ("sources", "applications", "preview",
    /// "tests", "connections"); false for an unknown id.
    bool showPage(const QString &id);
    /// The ids of all pages, in sidebar order.
    QStringList pageIds() const;
    ConsolePage *page(const QString &id) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, const QString &iconName, ConsolePage *page,
                 bool comingSoon = false);
    void createMenus();
    void onNavigation(int row);
    void updateKeyringStatus();

    Workspace &m_workspace;
    Settings &m_settings;
    SecretStore *m_secrets = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_keyringBanner = nullptr;
    QLabel *m_keyringStatus = nullptr;
    QStringList m_ids;
    int m_currentRow = -1;
};
