// One actor of the network: its shape says its kind (person circle, organisation rounded square,
// state hexagon), its colour its side (a dashed outline when the side comes from its title), its size how many meetings it took part in. Its name is a
// child LabelItem below it; the node's shape includes the label, so the name can be dragged too.
#pragma once

#include "types.h"

#include <QColor>
#include <QGraphicsItem>

namespace Entente {

class EdgeItem;
class LabelItem;
struct ActorGraphNode;

class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 701 };

    NodeItem(const ActorGraphNode& node, const QColor& color, const QFont& labelFont);

    int type() const override { return Type; }
    QString actorId() const { return m_actorId; }
    QColor color() const { return m_color; }
    double radius() const { return m_radius; }
    LabelItem* label() const { return m_label; }
    const QList<EdgeItem*>& edges() const { return m_edges; }
    void addEdge(EdgeItem* edge) { m_edges.append(edge); }
    void setAccentColor(const QColor& color) { m_accent = color; }

    // Shape and label around the node's position: what the layout keeps apart from other nodes.
    QRectF footprint() const { return boundingRect(); }
    // The footprint a node would have, without making it (for layouts on worker threads).
    static QRectF footprintFor(const ActorGraphNode& node, const QFont& labelFont);
    // Whether this item draws node in color as it is: then a new layout keeps the item.
    bool shows(const ActorGraphNode& node, const QColor& color) const;
    void removeEdge(EdgeItem* edge) { m_edges.removeOne(edge); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // The outline of a node of this kind, centred on (0, 0); also drawn by the legend.
    static QPainterPath outline(ActorKind kind, double radius);
    // Radius for a number of meetings: grows with the square root, so area follows the count.
    static double radiusFor(int meetingCount);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    QString m_actorId;
    QString m_name;
    ActorKind m_kind;
    int m_meetingCount;
    QColor m_color;
    bool m_sideDerived = false;
    QColor m_accent;
    double m_radius;
    QPainterPath m_outline;
    LabelItem* m_label = nullptr;
    QList<EdgeItem*> m_edges;
};

} // namespace Entente
