#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QPointer>
#include <QStyle>

/// One of a style's standard icons, asked of the style only when it is
/// first drawn or measured.
///
/// Qt's styles load their standard icons from image files, and opening the
/// first one makes Qt load and ask every image-format plugin. The menu bar
/// asks for its extension arrow when it is created, long before it could be
/// shown; ConsoleStyle hands out these instead, so start-up loads no plugin.
class DeferredStandardIcon : public QIconEngine
{
public:
    DeferredStandardIcon(const QStyle *style, QStyle::StandardPixmap which, Qt::LayoutDirection direction);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    bool isNull() override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QString key() const override;
    QIconEngine *clone() const override;

private:
    QIcon &icon();

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    Qt::LayoutDirection m_direction;
    QIcon m_icon;
    bool m_resolved = false;
};
