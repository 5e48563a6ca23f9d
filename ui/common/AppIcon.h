#pragma once

#include <QIcon>

/// Linkdeck's application icon, drawn from its SVG with QSvgRenderer. A
/// QIcon made from the file would load the SVG icon engine and every
/// image-format plugin at start-up.
class AppIcon
{
public:
    static QIcon icon();
};
