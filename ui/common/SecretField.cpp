#include "SecretField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_set(new QPushButton(tr("Set…"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state->setObjectName(QStringLiteral("secretStateLabel"));
    m_set->setObjectName(QStringLiteral("secretSetButton"));
    m_clear->setObjectName(QStringLiteral("secretClearButton"));
    layout->addWidget(m_state, 1);
    layout->addWidget(m_set);
    layout->addWidget(m_clear);
    connect(m_set, &QPushButton::clicked, this, &SecretField::setRequested);
    connect(m_clear, &QPushButton::clicked, this, &SecretField::clearRequested);
    refresh();
}

void SecretField::setState(bool isSet)
{
    m_isSet = isSet;
    m_message.clear();
    refresh();
}

void SecretField::setKeyringAvailable(bool available, const QString &reason)
{
    m_available = available;
    m_reason = reason;
    refresh();
}

void SecretField::setMessage(const QString &message)
{
    m_message = message;
    refresh();
}

void SecretField::refresh()
{
    if (!m_message.isEmpty())
        m_state->setText(m_message);
    else
        m_state->setText(m_isSet ? tr("●●●●●●●● set in the keyring") : tr("not set"));
    m_set->setText(m_isSet ? tr("Replace…") : tr("Set…"));
    m_set->setEnabled(m_available);
    m_clear->setEnabled(m_available && m_isSet);
    m_set->setToolTip(m_available ? QString() : m_reason);
}
