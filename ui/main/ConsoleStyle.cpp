#include "ConsoleStyle.h"

#include "DeferredStandardIcon.h"

#include <QGuiApplication>
#include <QStyleOption>
#include <QWidget>

QIcon ConsoleStyle::standardIcon(
    StandardPixmap which, const QStyleOption *option, const QWidget *widget) const
{
    const Qt::LayoutDirection direction = option ? option->direction
        : widget                                 ? widget->layoutDirection()
                                                 : QGuiApplication::layoutDirection();
    return QIcon(new DeferredStandardIcon(baseStyle(), which, direction));
}
