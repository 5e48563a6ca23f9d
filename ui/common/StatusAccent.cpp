#include "StatusAccent.h"

#include <QPalette>
#include <QWidget>

QColor StatusAccent::color(Kind kind, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (kind) {
    case Kind::Error:
        return dark ? QColor(0xef, 0x6b, 0x6b) : QColor(0xb3, 0x26, 0x1e);
    case Kind::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0x8a, 0x5a, 0x00);
    case Kind::Ok:
        return dark ? QColor(0x6c, 0xc0, 0x70) : QColor(0x2e, 0x7d, 0x32);
    }
    return palette.color(QPalette::WindowText);
}

void StatusAccent::apply(QWidget *widget, Kind kind)
{
    QPalette palette = widget->palette();
    const QColor accent = color(kind, palette);
    palette.setColor(QPalette::WindowText, accent);
    palette.setColor(QPalette::Text, accent);
    widget->setPalette(palette);
}

void StatusAccent::clear(QWidget *widget)
{
    widget->setPalette(QPalette());
}
