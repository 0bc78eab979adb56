#include "nodeitem.h"

#include "actorgraph.h"
#include "edgeitem.h"
#include "labelitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <numbers>

namespace Entente {

namespace {

constexpr double labelGap = 3.0; // between the node and its name
constexpr double selectionWidth = 3.0;
// Nodes narrower on screen than this many pixels (radius) are drawn as plain squares.
constexpr double smallestOutlined = 2.0;

} // namespace

NodeItem::NodeItem(const ActorGraphNode& node, const QColor& color, const QFont& labelFont)
    : m_actorId(node.id)
    , m_name(node.name)
    , m_kind(node.kind)
    , m_meetingCount(node.meetingCount)
    , m_color(color)
    , m_sideDerived(node.sideDerived)
    , m_radius(radiusFor(node.meetingCount))
    , m_outline(outline(node.kind, m_radius))
{
    m_label = new LabelItem(node.name, this);
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1);
    setCursor(Qt::OpenHandCursor);
    m_label->setFont(labelFont);
    m_label->placeBelow(QPointF(0, m_radius + labelGap));
}

QRectF NodeItem::boundingRect() const
{
    const double pad = selectionWidth;
    const QRectF node = m_outline.boundingRect().adjusted(-pad, -pad, pad, pad);
    if (!m_label) // while the label is being made
        return node;
    return node.united(m_label->mapRectToParent(m_label->boundingRect()));
}

QRectF NodeItem::footprintFor(const ActorGraphNode& node, const QFont& labelFont)
{
    const double radius = radiusFor(node.meetingCount);
    const double pad = selectionWidth;
    const QRectF shape = outline(node.kind, radius).boundingRect().adjusted(-pad, -pad, pad, pad);
    const QFontMetricsF metrics(labelFont);
    const double width = metrics.horizontalAdvance(node.name) + 2 * LabelItem::haloPadding;
    return shape.united(QRectF(-width / 2, radius + labelGap, width, metrics.height()));
}

bool NodeItem::shows(const ActorGraphNode& node, const QColor& color) const
{
    return node.id == m_actorId && node.name == m_name && node.kind == m_kind && node.meetingCount == m_meetingCount
        && color == m_color && node.sideDerived == m_sideDerived;
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path = m_outline;
    if (m_label)
        path.addRect(m_label->mapRectToParent(m_label->boundingRect()));
    return path;
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const bool selected = option->state & QStyle::State_Selected;
    const double onDevice = m_radius * QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (!selected && onDevice < smallestOutlined) {
        // A few pixels wide (a whole large graph in view): no outline or shape can be told apart, and
        // a filled square costs a fraction of a smoothed path (thousands of nodes in one paint).
        const bool smooth = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(QRectF(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius), m_color.darker(115));
        painter->setRenderHint(QPainter::Antialiasing, smooth);
        return;
    }
    painter->setBrush(m_color);
    if (selected)
        painter->setPen(QPen(m_accent.isValid() ? m_accent : m_color.darker(200), selectionWidth));
    else if (m_sideDerived) // the side is what the title names: a dashed outline says so
        painter->setPen(QPen(m_color.darker(170), 1.5, Qt::DashLine));
    else
        painter->setPen(QPen(m_color.darker(160), 1.0));
    painter->drawPath(m_outline);
}

QPainterPath NodeItem::outline(ActorKind kind, double radius)
{
    QPainterPath path;
    switch (kind) {
    case ActorKind::Person:
        path.addEllipse(QPointF(0, 0), radius, radius);
        break;
    case ActorKind::Organisation: {
        const double half = radius * 0.9; // a square looks larger than a circle of the same width
        path.addRoundedRect(QRectF(-half, -half, 2 * half, 2 * half), radius * 0.3, radius * 0.3);
        break;
    }
    case ActorKind::State: {
        QPolygonF hexagon;
        for (int corner = 0; corner < 6; ++corner) {
            const double angle = std::numbers::pi / 3 * corner;
            hexagon << QPointF(radius * 1.05 * std::cos(angle), radius * 1.05 * std::sin(angle));
        }
        path.addPolygon(hexagon);
        path.closeSubpath();
        break;
    }
    }
    return path;
}

double NodeItem::radiusFor(int meetingCount)
{
    return std::min(30.0, 8.0 + 4.0 * std::sqrt(double(std::max(0, meetingCount))));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem* edge : std::as_const(m_edges))
            edge->adjust();
    } else if (change == ItemSelectedHasChanged && m_label) {
        m_label->syncDrawn(); // a selected node's name is always drawn
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace Entente
