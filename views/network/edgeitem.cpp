#include "edgeitem.h"

#include "edgelayer.h"
#include "nodeitem.h"

#include <cmath>

namespace Entente {

EdgeItem::EdgeItem(NodeItem* source, NodeItem* target, const QStringList& meetingIds)
    : m_source(source)
    , m_target(target)
    , m_meetingIds(meetingIds)
    , m_line(source->pos(), target->pos())
{
    source->addEdge(this);
    target->addEdge(this);
}

EdgeItem::~EdgeItem()
{
    if (m_layer)
        m_layer->removeEdge(this);
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
    const int before = weight();
    m_meetingIds = meetingIds;
    if (m_layer && weight() != before) // the width follows the number of meetings
        m_layer->edgeChanged(this, boundingRect());
}

void EdgeItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    if (m_layer)
        m_layer->highlightChanged(this);
}

QRectF EdgeItem::boundingRect() const
{
    const double pad = (widthFor(weight()) + highlightExtra) / 2 + 1;
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-pad, -pad, pad, pad);
}

bool EdgeItem::isNear(const QPointF& scenePos, double slack) const
{
    const QPointF d = m_line.p2() - m_line.p1();
    const double lengthSquared = QPointF::dotProduct(d, d);
    double t = lengthSquared > 0 ? QPointF::dotProduct(scenePos - m_line.p1(), d) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF closest = m_line.p1() + d * t;
    const double reach = std::max(width(), clickWidth) / 2 + slack; // a round cap at each end
    return QLineF(closest, scenePos).length() <= reach;
}

void EdgeItem::adjust()
{
    const QLineF line(m_source->pos(), m_target->pos());
    if (line == m_line)
        return;
    const QRectF before = boundingRect();
    m_line = line;
    if (m_layer)
        m_layer->edgeChanged(this, before);
}

} // namespace Entente
