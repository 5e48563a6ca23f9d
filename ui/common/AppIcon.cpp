#include "AppIcon.h"

#include <QIcon>
#include <QSvgRenderer>

QIcon AppIcon::icon()
{
    return QIcon(new AppIcon);
}

void AppIcon::paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State)
{
    QSvgRenderer(QStringLiteral(":/icons/dev.linkdeck.Linkdeck.svg")).render(painter, rect);
}

QIconEngine *AppIcon::clone() const
{
    return new AppIcon;
}
