#include "AppIcon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

QIcon AppIcon::icon()
{
    QSvgRenderer renderer(QStringLiteral(":/icons/dev.linkdeck.Linkdeck.svg"));
    QIcon icon;
    for (const int side : { 32, 128 }) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
