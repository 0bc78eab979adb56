// Two actors who met: a neutral grey line whose width grows with the number of meetings, drawn
// thicker in the accent colour while one of its meetings (or one of its actors) is current.
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QStringList>

namespace Entente {

class NodeItem;

class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 702 };

    EdgeItem(NodeItem* source, NodeItem* target, const QStringList& meetingIds);

    int type() const override { return Type; }
    NodeItem* source() const { return m_source; }
    NodeItem* target() const { return m_target; }
    const QStringList& meetingIds() const { return m_meetingIds; }
    void setMeetingIds(const QStringList& meetingIds);
    int weight() const { return int(m_meetingIds.size()); }
    double width() const; // pen width in scene units, highlight included

    bool isHighlighted() const { return m_highlighted; }
    void setHighlighted(bool highlighted);
    void setColors(const QColor& normal, const QColor& accent);

    // Follows the nodes after they moved.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Width for a number of meetings: each doubling adds the same, so heavy edges stay lines.
    static double widthFor(int weight);

private:
    NodeItem* m_source;
    NodeItem* m_target;
    QStringList m_meetingIds;
    QLineF m_line;
    QColor m_color = Qt::gray;
    QColor m_accent = Qt::blue;
    bool m_highlighted = false;
};

} // namespace Entente
