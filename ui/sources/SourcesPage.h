#pragma once

#include "ConsolePage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class SecretStore;
class Settings;
class SourceEditor;
class SourceFilterModel;
class SourcesController;
class SourcesTableModel;
class Workspace;

/// The administrators' registry of integration sources: a searchable
/// table beside the editor of the selected source.
class SourcesPage : public ConsolePage
{
    Q_OBJECT

public:
    SourcesPage(Workspace &workspace, SecretStore &secrets, Settings &settings, QWidget *parent = nullptr);
    ~SourcesPage() override;

    QUndoStack *undoStack() const override;
    bool maybeLeave() override;
    bool select(const QString &key) override;
    /// False until the sources after the first screenful are read: that
    /// happens once the table has first painted, or at once for select().
    bool isReady() const override;

    SourcesController &controller() const { return *m_controller; }

    /// Asks for a catalogue file, previews the import, and applies it.
    void importCatalogue();
    /// Asks for a discovery URL, fetches it, previews and applies it.
    void importDiscoveryUrl();
    /// Imports @p path (format guessed when empty) after a preview.
    void importFile(const QString &path, const QString &format = {});
    /// Asks for a file and writes every source to it (no secrets).
    void exportCatalogue();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onCurrentChanged();
    void selectKey(const QString &key);
    QString currentKey() const;
    void addSource();
    void duplicateSource();
    void deleteSource();
    bool saveEditor();
    /// Shows the stored @p key in the editor after a save.
    bool finishSave(const QString &key);
    void revertEditor();
    void onSourcesChanged();
    void setSecret();
    void showError(const QString &message);
    /// Reads the sources the table lacks (SourcesController::loadRest()).
    void finishLoading();
    void updateCount();
    void updateOverview();
    void previewAndApply(const struct CatalogParseResult &parsed, const QString &origin);

    Settings &m_settings;
    SourcesController *m_controller = nullptr;
    SourcesTableModel *m_model = nullptr;
    bool m_lastTestsStale = false; ///< the page was hidden since the last results were read
    SourceFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    SourceEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_authFilter = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_count = nullptr;
    QString m_editingKey; ///< the stored source the editor shows, if any
    bool m_changingSelection = false;
};
