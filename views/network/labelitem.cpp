#include "labelitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Entente {

namespace {

constexpr double smallestReadablePixels = 6.0; // text height on screen below which labels are noise

} // namespace

LabelItem::LabelItem(const QString& text, QGraphicsItem* parent)
    : QGraphicsSimpleTextItem(text, parent)
{
    // Presses fall through to the node, whose shape includes its label: dragging a name moves the node.
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QRectF LabelItem::boundingRect() const
{
    return QGraphicsSimpleTextItem::boundingRect().adjusted(-LabelItem::haloPadding, 0, LabelItem::haloPadding, 0);
}

QPainterPath LabelItem::shape() const
{
    QPainterPath path;
    path.addRect(boundingRect());
    return path;
}

void LabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    if (m_hiddenWhenSmall) {
        const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
        if (lod * QFontMetricsF(font()).height() < smallestReadablePixels)
            return;
    }
    if (m_halo.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_halo);
        painter->drawRoundedRect(boundingRect(), 3, 3);
    }
    QGraphicsSimpleTextItem::paint(painter, option, widget);
}

} // namespace Entente
