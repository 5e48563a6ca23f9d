#pragma once

#include <QIconEngine>

/// Linkdeck's application icon: its SVG, drawn with QSvgRenderer at the size
/// asked for, when it is asked for. A QIcon made from the file would load the
/// SVG icon engine and every image-format plugin at start-up, and drawing
/// fixed sizes up front costs start-up time on platforms that never show it.
class AppIcon : public QIconEngine
{
public:
    static QIcon icon();

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
};
