#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

/// Shows a newly generated secret once, with a button to copy it. The
/// secret is not kept anywhere else in the console: once this dialog is
/// closed it cannot be shown again, only rotated.
class SecretRevealDialog : public QDialog
{
    Q_OBJECT

public:
    SecretRevealDialog(
        const QString &title, const QString &explanation, const QString &secret, QWidget *parent = nullptr);
    ~SecretRevealDialog() override;

    /// Opens a window-modal dialog that deletes itself, and the secret, on close.
    static SecretRevealDialog *reveal(
        QWidget *parent, const QString &title, const QString &explanation, const QString &secret);

private:
    void copy();

    QLineEdit *m_secret = nullptr;
    QPushButton *m_copy = nullptr;
};
