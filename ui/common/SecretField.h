#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// Shows whether a secret is set in the keyring, never its value, with
/// buttons to set or clear it. The owner does the keyring work when
/// setRequested() or clearRequested() fires.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);

    void setState(bool isSet);
    bool isSet() const { return m_isSet; }
    /// Disables setting where no keyring is available, saying why.
    void setKeyringAvailable(bool available, const QString &reason = {});
    /// Shows a short message in place of the state, e.g. "Saving…" or an error.
    void setMessage(const QString &message);

Q_SIGNALS:
    void setRequested();
    void clearRequested();

private:
    void refresh();

    QLabel *m_state = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_clear = nullptr;
    bool m_isSet = false;
    bool m_available = true;
    QString m_message;
    QString m_reason;
};
