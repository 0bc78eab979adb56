// Two actors who met: a neutral grey line whose width grows with the number of meetings, drawn
// thicker in the accent colour while one of its meetings (or one of its actors) is current.
// Not a QGraphicsItem: the view's EdgeLayer draws every edge. Twenty thousand items cost the window
// 130–200 ms to make and 100 ms to paint; one layer paints only the edges in the exposed area, in a
// few batched calls.
#pragma once

#include <QLineF>
#include <QRectF>
#include <QStringList>

namespace Entente {

class EdgeLayer;
class NodeItem;

class EdgeItem
{
public:
    EdgeItem(NodeItem* source, NodeItem* target, const QStringList& meetingIds);
    ~EdgeItem();
    EdgeItem(const EdgeItem&) = delete;
    EdgeItem& operator=(const EdgeItem&) = delete;

    NodeItem* source() const { return m_source; }
    NodeItem* target() const { return m_target; }
    const QStringList& meetingIds() const { return m_meetingIds; }
    void setMeetingIds(const QStringList& meetingIds);
    int weight() const { return int(m_meetingIds.size()); }
    double width() const; // pen width in scene units, highlight included

    bool isHighlighted() const { return m_highlighted; }
    void setHighlighted(bool highlighted);

    // From the source's centre to the target's, in scene coordinates (as of the last adjust()).
    QLineF line() const { return m_line; }
    // The line and its widest pen (highlighted), in scene coordinates.
    QRectF boundingRect() const;
    // Whether scenePos is on the line, or close enough to click it (thin lines stay easy to click).
    bool isNear(const QPointF& scenePos, double slack = 0.0) const;
    // Follows the nodes after they moved.
    void adjust();

    // Width for a number of meetings: each doubling adds the same, so heavy edges stay lines.
    static double widthFor(int weight);
    static constexpr double highlightExtra = 2.5;
    static constexpr double clickWidth = 9.0;

private:
    friend class EdgeLayer;
    NodeItem* m_source;
    NodeItem* m_target;
    QStringList m_meetingIds;
    QLineF m_line;
    bool m_highlighted = false;
    EdgeLayer* m_layer = nullptr; // the layer that draws it, told of every change
    int m_index = -1; // in the layer's list
};

} // namespace Entente
