#pragma once

#include "IntegrationSource.h"
#include "ValidationIssue.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class SecretField;

/// The form that edits one integration source. It validates as you type,
/// showing each issue under its field, shows the resolved full auth URL
/// live, and takes a logo from a file dialog or a drop.
class SourceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SourceEditor(QWidget *parent = nullptr);

    /// Loads @p source; @p stored says whether it exists in the workspace
    /// (its key is then fixed, since the keyring entries hang on it).
    void setSource(const IntegrationSource &source, bool stored);
    /// Shows no source, only the overview text.
    void clear();
    /// The text shown while no source is selected.
    void setOverview(const QString &text);
    bool hasSource() const { return m_hasSource; }
    bool isStored() const { return m_stored; }

    /// The source as the form shows it now.
    IntegrationSource source() const;
    /// The source as it was loaded.
    IntegrationSource loaded() const { return m_loaded; }
    bool isDirty() const;
    ValidationIssues issues() const { return m_issues; }

    void setKeyringAvailable(bool available, const QString &reason);
    /// Tells the editor that the keyring work on the client secret ended.
    void setSecretState(bool isSet, const QString &message = {});

    /// Takes a logo from image bytes; false (and the old logo kept) when refused.
    bool takeLogo(const QByteArray &data, QString *error);

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void saveRequested();
    void revertRequested();
    void setSecretRequested();
    void clearSecretRequested();
    /// A logo was refused; the message says why.
    void logoRejected(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildForm();
    QWidget *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &jsonKey);
    QLineEdit *addLineRow(QFormLayout *form, const QString &label, const QString &objectName,
        const QString &jsonKey, const QString &placeholder = {});
    void onChanged();
    void updateVisibility();
    void showIssues();
    void updateResolvedUrl();
    void updateLogo();
    void chooseLogo();
    void loadLogoFile(const QString &path);

    struct Row
    {
        QFormLayout *form = nullptr;
        QWidget *field = nullptr;
        QLabel *issue = nullptr;
    };
    QHash<QString, Row> m_rows; ///< by JSON key

    QLineEdit *m_key = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_authType = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_docsUrl = nullptr;
    QLabel *m_logo = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QLineEdit *m_authHostUrl = nullptr;
    QLineEdit *m_apiHostUrl = nullptr;
    QLineEdit *m_authUrl = nullptr;
    QLineEdit *m_requestTokenUrl = nullptr;
    QLineEdit *m_accessTokenUrl = nullptr;
    QLineEdit *m_refreshUrl = nullptr;
    QLineEdit *m_revokeUrl = nullptr;
    QLineEdit *m_testApiPath = nullptr;
    QLineEdit *m_scopes = nullptr;
    QComboBox *m_scopeSeparator = nullptr;
    QComboBox *m_pkce = nullptr;
    QComboBox *m_clientAuth = nullptr;
    QPlainTextEdit *m_extraAuthParams = nullptr;
    QPlainTextEdit *m_extraTokenParams = nullptr;
    QLineEdit *m_fullAuthUrl = nullptr;
    QPlainTextEdit *m_resolvedUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    SecretField *m_clientSecret = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_heading = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_emptyHint = nullptr;

    IntegrationSource m_loaded;
    QByteArray m_logoBytes;
    QString m_logoMime;
    ValidationIssues m_issues;
    bool m_hasSource = false;
    bool m_stored = false;
    bool m_loading = false;
    bool m_wasDirty = false;
    bool m_keyringAvailable = true;
    QString m_keyringReason;
};
