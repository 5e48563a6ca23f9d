#pragma once

#include "Application.h"
#include "IntegrationSource.h"

#include <QWidget>

class ApplicationSourcesModel;
class QAction;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class SecretField;

/// The form of one application: name, client ID and secret, redirect
/// URLs, webhook, and the sources it may use with its credentials for
/// them. It edits a copy; saveRequested() asks the page to store it.
/// Secrets are never shown here: their buttons ask the page to do the
/// keyring work.
class ApplicationEditor : public QWidget
{
    Q_OBJECT

public:
    enum class SecretKind { Client, Webhook, Source };

    explicit ApplicationEditor(QWidget *parent = nullptr);

    /// The sources offered; what the form has allowed and typed stays.
    void setSources(const QList<IntegrationSource> &sources);
    /// Shows @p application as stored, dropping any edits.
    void load(const Application &application);
    /// Shows no application.
    void clear();
    bool hasApplication() const { return m_hasApplication; }

    /// The application as loaded (with the stored secret flags and revision).
    Application baseline() const { return m_baseline; }
    /// The application as the form has it.
    Application current() const;
    bool isDirty() const { return m_dirty; }
    /// True where a field holds an error that blocks saving.
    bool hasErrors() const { return m_hasErrors; }

    /// Takes in the stored state of the loaded application after a write
    /// elsewhere (a secret stored, an undo): new revision and secret flags
    /// are adopted and edits kept; a changed definition replaces a clean
    /// form and is flagged on a dirty one.
    void adoptStored(const Application &stored);
    /// Drops the edits.
    void revert();

    void setKeyringWritable(bool writable, const QString &reason);
    /// Shows that a keyring operation on @p kind is under way.
    void setSecretBusy(SecretKind kind, bool busy);
    /// The source key of the sources table's current row, or empty.
    QString currentSourceKey() const;
    /// Moves the focus to the name, selecting it.
    void focusName();
    /// Moves the focus to the first field with an error; false where there is none.
    bool focusFirstError();
    /// Commits a client ID still being typed in the sources table, so that
    /// a shortcut or a question about unsaved changes sees it.
    void commitPendingEdit();

Q_SIGNALS:
    void saveRequested();
    void dirtyChanged(bool dirty);
    void clientSecretRequested();
    void webhookSecretRequested();
    void sourceSecretRequested(const QString &sourceKey);
    void sourceSecretClearRequested(const QString &sourceKey);

private:
    QWidget *createForm();
    void requestSave();
    void onEdited();
    void validate();
    void updateState();
    void updateSecretRows();
    void updateSourceSecretRow();
    void updateSourcesSummary();
    void copyClientId();
    QStringList redirectLines() const;

    ApplicationSourcesModel *m_sourcesModel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_notice = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameIssue = nullptr;
    QLineEdit *m_clientId = nullptr;
    QPushButton *m_copyClientId = nullptr;
    QLabel *m_clientSecretState = nullptr;
    QPushButton *m_rotateSecret = nullptr;
    QPlainTextEdit *m_redirectUrls = nullptr;
    QLabel *m_redirectUrlsIssue = nullptr;
    QLineEdit *m_webhookUrl = nullptr;
    QLabel *m_webhookUrlIssue = nullptr;
    QLabel *m_webhookSecretState = nullptr;
    QPushButton *m_rotateWebhookSecret = nullptr;
    QTableView *m_sourcesTable = nullptr;
    QLabel *m_sourceSecretLabel = nullptr;
    SecretField *m_sourceSecret = nullptr;
    QLabel *m_sourcesSummary = nullptr;
    QLabel *m_dirtyLabel = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
    QAction *m_saveAction = nullptr;

    Application m_baseline;
    bool m_hasApplication = false;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_hasErrors = false;
    bool m_nameError = false;
    bool m_redirectUrlsError = false;
    bool m_webhookUrlError = false;
    bool m_keyringWritable = true;
    QString m_keyringReason;
    bool m_clientSecretBusy = false;
    bool m_webhookSecretBusy = false;
    bool m_sourceSecretBusy = false;
};
