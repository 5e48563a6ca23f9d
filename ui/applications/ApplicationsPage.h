#pragma once

#include "ConsolePage.h"

class PageMessage;
class ApplicationEditor;
class ApplicationsController;
class ApplicationsTableModel;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class SecretStore;
class Settings;
class Workspace;

/// The administrators' page for applications: which applications exist,
/// which sources each may use, and with which credentials. A table of the
/// applications beside the editor of the selected one; the work without a
/// window is ApplicationsController's.
class ApplicationsPage : public ConsolePage
{
    Q_OBJECT

public:
    ApplicationsPage(
        Workspace &workspace, SecretStore &secrets, Settings &settings, QWidget *parent = nullptr);
    ~ApplicationsPage() override;

    QUndoStack *undoStack() const override;
    bool maybeLeave() override;

    ApplicationsController *controller() const { return m_controller; }
    /// The client ID of the application in the editor, or empty.
    QString currentClientId() const { return m_current; }

    /// Adds an application after asking about unsaved changes, and opens it.
    void addApplication();
    void duplicateApplication();
    /// Deletes the application in the editor, once confirmed.
    void deleteApplication();
    /// Stores the editor's changes; false where they were not stored.
    bool save();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createEmptyState();
    void onApplicationsChanged();
    void onCurrentRowChanged(const QModelIndex &current);
    void switchTo(const QString &clientId);
    void loadApplication(const QString &clientId);
    bool confirmLeave();
    void syncSelection();
    void applyFilter(const QString &text);
    void updateActions();
    void showMessage(const QString &message);
    void clearMessage();
    void generateClientSecret();
    void generateWebhookSecret();
    void setSourceSecret(const QString &sourceKey);
    void clearSourceSecret(const QString &sourceKey);
    bool confirmRotation(const QString &title, const QString &question);
    QString sourceName(const QString &sourceKey) const;

    Settings &m_settings;
    ApplicationsController *m_controller = nullptr;
    ApplicationsTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLineEdit *m_search = nullptr;
    PageMessage *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    ApplicationEditor *m_editor = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;

    QString m_current; ///< client ID of the application in the editor
    bool m_syncing = false; ///< selection changes made by the page itself
    bool m_saving = false;
};
