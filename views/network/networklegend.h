// The key of the actor network: a colour swatch per side, a shape per kind of actor, and what
// line width and size mean. Painted over the view on screen (compact: sides in columns, at most
// a dozen of them) and beside the graph in exports (every side).
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
    static constexpr int compactSides = 12; // sides a compact legend names; "+N more" says the rest
    static constexpr int rowsPerColumn = 6; // of sides, in a compact legend

    void setSides(const QList<Side>& sides) { m_sides = sides; }
    void setKinds(const QList<ActorKind>& kinds) { m_kinds = kinds; }
    void setDerivedSides(bool shown) { m_derived = shown; }
    void setFont(const QFont& font) { m_font = font; }
    void setCompact(bool compact) { m_compact = compact; }
    void setColors(const QColor& text, const QColor& background, const QColor& edge);
    bool isEmpty() const { return m_sides.isEmpty() && m_kinds.isEmpty(); }

    QSizeF size() const;
    void paint(QPainter* painter, const QPointF& topLeft) const;

private:
    struct Geometry
    {
        double lineHeight = 0;
        double columnWidth = 0; // of a side column
        int columns = 1;
        int sideRows = 0;
        qsizetype sidesShown = 0;
        QString more; // "+N more", or empty
        double textWidth = 0; // widest line outside the side columns
    };
    Geometry geometry() const;
    QSizeF sizeOf(const Geometry& g) const;
    QStringList notes() const; // the lines under the kinds

    QList<Side> m_sides;
    QList<ActorKind> m_kinds;
    QFont m_font;
    bool m_compact = false;
    bool m_derived = false;
    QColor m_text = Qt::black;
    QColor m_background = Qt::white;
    QColor m_edge = Qt::gray;
};

} // namespace Entente
