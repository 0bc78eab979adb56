#include "edgeitem.h"

#include "nodeitem.h"

#include <QPainter>
#include <QPainterPathStroker>

#include <cmath>

namespace Entente {

namespace {

constexpr double highlightExtra = 2.5;
constexpr double clickWidth = 9.0; // thin edges are still easy to click

} // namespace

EdgeItem::EdgeItem(NodeItem* source, NodeItem* target, const QStringList& meetingIds)
    : m_source(source)
    , m_target(target)
    , m_meetingIds(meetingIds)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton); // the view handles clicks; presses on edges pan
    source->addEdge(this);
    target->addEdge(this);
    adjust();
}

double EdgeItem::width() const
{
    return widthFor(weight()) + (m_highlighted ? highlightExtra : 0.0);
}

double EdgeItem::widthFor(int weight)
{
    return 1.5 + 1.5 * std::log2(double(std::max(1, weight)));
}

void EdgeItem::setMeetingIds(const QStringList& meetingIds)
{
    if (meetingIds == m_meetingIds)
        return;
    prepareGeometryChange(); // the width follows the number of meetings
    m_meetingIds = meetingIds;
}

void EdgeItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    // The bounding rectangle already has room for the wider pen: no geometry change, which would
    // cost a BSP index update per edge of a hub.
    m_highlighted = highlighted;
    setZValue(highlighted ? 0.5 : 0.0);
    update();
}

void EdgeItem::setColors(const QColor& normal, const QColor& accent)
{
    m_color = normal;
    m_accent = accent;
    update();
}

void EdgeItem::adjust()
{
    const QLineF line(mapFromItem(m_source, 0, 0), mapFromItem(m_target, 0, 0));
    if (line == m_line)
        return;
    prepareGeometryChange();
    m_line = line;
}

QRectF EdgeItem::boundingRect() const
{
    const double pad = std::max(widthFor(weight()) + highlightExtra, clickWidth) / 2 + 1;
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-pad, -pad, pad, pad);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(width(), clickWidth));
    stroker.setCapStyle(Qt::RoundCap);
    return stroker.createStroke(path);
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_line.length() <= 0)
        return;
    painter->setPen(QPen(m_highlighted ? m_accent : m_color, width(), Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_line);
}

} // namespace Entente
