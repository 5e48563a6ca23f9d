#include "DeferredStandardIcon.h"

#include <QPainter>
#include <QStyleOption>

DeferredStandardIcon::DeferredStandardIcon(
    const QStyle *style, QStyle::StandardPixmap which, Qt::LayoutDirection direction)
    : m_style(style)
    , m_which(which)
    , m_direction(direction)
{ }

QIcon &DeferredStandardIcon::icon()
{
    if (!m_resolved && m_style) {
        QStyleOption option;
        option.direction = m_direction;
        m_icon = m_style->standardIcon(m_which, &option);
        m_resolved = true;
    }
    return m_icon;
}

void DeferredStandardIcon::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QPixmap DeferredStandardIcon::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, mode, state);
}

QPixmap DeferredStandardIcon::scaledPixmap(
    const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    return icon().pixmap(size, scale, mode, state);
}

QSize DeferredStandardIcon::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QList<QSize> DeferredStandardIcon::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QString DeferredStandardIcon::iconName()
{
    return icon().name();
}

bool DeferredStandardIcon::isNull()
{
    return icon().isNull();
}

QString DeferredStandardIcon::key() const
{
    return QStringLiteral("DeferredStandardIcon");
}

QIconEngine *DeferredStandardIcon::clone() const
{
    return new DeferredStandardIcon(m_style, m_which, m_direction);
}
