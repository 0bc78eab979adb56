#include "labelitem.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Entente {

int LabelBudget::limitFor(qsizetype nodes, double scale, double pixels, double labelPixels)
{
    if (scale >= 0.75 || nodes <= 12)
        return std::numeric_limits<int>::max();
    // At scale s a label covers 1/s² times the room the layout kept for it.
    const double byRoom = double(nodes) * scale * scale / (0.75 * 0.75);
    const double byArea = labelPixels > 0 ? pixels / labelPixels / 6 : 0;
    return int(std::clamp(std::max(byRoom, std::min(byArea, double(nodes))), 12.0, double(nodes)));
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
    return !m_budget || m_rank < m_budget->limit || (parentItem() && parentItem()->isSelected());
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
