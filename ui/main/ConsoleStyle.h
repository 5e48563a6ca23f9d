#pragma once

#include <QProxyStyle>

/// The console's style: the platform's own, except that its standard icons
/// are loaded when first drawn instead of when a widget asks for them (see
/// DeferredStandardIcon).
class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT
public:
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
};
