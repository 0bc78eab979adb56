#include "labelitem.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Entente {

int LabelBudget::limitFor(double scale, double pixels, double labelPixels)
{
    if (scale >= 0.75 || labelPixels <= 0)
        return std::numeric_limits<int>::max();
    return std::max(12, int(pixels / labelPixels / 8));
}

LabelItem::LabelItem(const QString& text, QGraphicsItem* parent)
    : QGraphicsSimpleTextItem(text, parent)
{
    // Presses fall through to the node, whose shape includes its label: dragging a name moves the node.
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    // The view's font size on screen at any zoom: readable zoomed out, not huge zoomed in.
    setFlag(ItemIgnoresTransformations);
}

void LabelItem::placeBelow(const QPointF& anchor)
{
    // The position is the anchor (zoomed with the node); the text's own offset is in pixels.
    setPos(anchor);
    setTransform(QTransform::fromTranslate(-QGraphicsSimpleTextItem::boundingRect().width() / 2, 0));
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

bool LabelItem::isDrawn() const
{
    return !m_budget || m_budget->drawn.isEmpty() || m_budget->drawn.value(m_rank) || (parentItem() && parentItem()->isSelected());
}

void LabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    if (!isDrawn())
        return;
    if (m_halo.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_halo);
        painter->drawRoundedRect(boundingRect(), 3, 3);
    }
    QGraphicsSimpleTextItem::paint(painter, option, widget);
}

} // namespace Entente
