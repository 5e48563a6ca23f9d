#include "SecretRevealDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

SecretRevealDialog::SecretRevealDialog(
    const QString &title, const QString &explanation, const QString &secret, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("secretRevealDialog"));
    setWindowTitle(title);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(explanation, this);
    intro->setObjectName(QStringLiteral("explanationLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_secret = new QLineEdit(secret, this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setAccessibleName(title);
    // Wide enough to show the whole secret without scrolling.
    m_secret->setMinimumWidth(
        m_secret->fontMetrics().horizontalAdvance(secret) + 4 * m_secret->fontMetrics().averageCharWidth());
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setAutoDefault(false);
    row->addWidget(m_secret, 1);
    row->addWidget(m_copy);
    layout->addLayout(row);

    auto *warningRow = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(side, side));
    icon->setAlignment(Qt::AlignTop);
    auto *warning = new QLabel(tr("Copy it now: Linkdeck will not show it again."), this);
    warning->setObjectName(QStringLiteral("warningLabel"));
    warning->setWordWrap(true);
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);
    warningRow->addWidget(icon);
    warningRow->addWidget(warning, 1);
    layout->addLayout(warningRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Done"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &SecretRevealDialog::copy);

    // Everything selected, shown from its start.
    m_secret->setSelection(int(secret.size()), -int(secret.size()));
    m_secret->setFocus();
}

SecretRevealDialog::~SecretRevealDialog()
{
    m_secret->clear();
}

SecretRevealDialog *SecretRevealDialog::reveal(
    QWidget *parent, const QString &title, const QString &explanation, const QString &secret)
{
    auto *dialog = new SecretRevealDialog(title, explanation, secret, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SecretRevealDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_secret->text());
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copy, [this]() { m_copy->setText(tr("&Copy")); });
}
