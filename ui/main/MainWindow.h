#pragma once

#include <QMainWindow>
#include <functional>

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
    /// The page with this id, built if it was not yet; null for an unknown id.
    ConsolePage *page(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    using PageFactory = std::function<ConsolePage *()>;
    /// Pages are built when first shown, so start-up pays for one page only.
    void addPage(const QString &id, const QString &title, const QString &iconName, PageFactory create,
        bool comingSoon = false);
    ConsolePage *ensurePage(int row);
    /// Page @p id of the WebEngine module; a placeholder saying @p planned,
    /// or why the module cannot load, where it has none.
    ConsolePage *createWebPage(const QString &id, const QString &title, const QString &planned);
    /// Page @p id of the pages module; a placeholder saying why the module
    /// cannot load, where it does not.
    ConsolePage *createModulePage(const QString &id, const QString &title);
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
    QList<PageFactory> m_factories;
    QList<ConsolePage *> m_created; ///< null until built
    int m_currentRow = -1;
};
