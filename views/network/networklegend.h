// The key of the actor network: a colour swatch per side, a shape per kind of actor, and what
// line width and size mean. Painted over the view on screen and beside the graph in exports.
#pragma once

#include "types.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QSizeF>

class QPainter;

namespace Entente {

class NetworkLegend
{
    Q_DECLARE_TR_FUNCTIONS(Entente::NetworkLegend)
public:
    struct Side
    {
        QString name; // empty: actors without a side
        QColor color;
    };

    void setSides(const QList<Side>& sides) { m_sides = sides; }
    void setKinds(const QList<ActorKind>& kinds) { m_kinds = kinds; }
    void setFont(const QFont& font) { m_font = font; }
    void setColors(const QColor& text, const QColor& background, const QColor& edge);
    bool isEmpty() const { return m_sides.isEmpty() && m_kinds.isEmpty(); }

    QSizeF size() const;
    void paint(QPainter* painter, const QPointF& topLeft) const;

private:
    QStringList lines() const; // the texts, in paint order

    QList<Side> m_sides;
    QList<ActorKind> m_kinds;
    QFont m_font;
    QColor m_text = Qt::black;
    QColor m_background = Qt::white;
    QColor m_edge = Qt::gray;
};

} // namespace Entente
