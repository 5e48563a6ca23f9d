#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : ConsolePage(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("placeholderTitleLabel"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("placeholderTextLabel"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    layout->addWidget(heading);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch();
}
