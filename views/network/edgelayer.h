// Every edge of the actor network in one scene item. It keeps a grid of cells over the scene,
// each listing the edges whose line crosses it, so that a paint draws only the edges in the exposed
// rectangle (grouped by pen: a few drawLines calls, not one item per edge) and a click or tooltip
// finds the edge under the pointer without asking 20,000 items. Zoomed out, lines thinner than a
// pixel are drawn as hairlines as faint as their width would cover (the look of an antialiased thin
// line, at a fraction of its cost); SVG and PDF get every line at its width. In a window, a large
// layer blits a picture of its edges drawn on a worker thread (EdgeRaster), and draws only the
// highlighted ones over it.
#pragma once

#include "edgeraster.h"

#include <QColor>
#include <QGraphicsItem>

#include <memory>

namespace Entente {

class EdgeItem;

class EdgeLayer : public QGraphicsItem
{
public:
    enum { Type = UserType + 704 };

    EdgeLayer();
    ~EdgeLayer() override;

    int type() const override { return Type; }
    // The edges drawn, later ones over earlier ones (highlighted ones over all).
    void setEdges(const QList<EdgeItem*>& edges);
    const QList<EdgeItem*>& edges() const { return m_edges; }
    void setColors(const QColor& normal, const QColor& accent);

    // The topmost edge near scenePos (within its click width, plus slack), or null.
    EdgeItem* edgeAt(const QPointF& scenePos, double slack = 0.0) const;
    // The edges whose line may cross sceneRect (the grid's answer: a superset, never missing one).
    QList<EdgeItem*> edgesIn(const QRectF& sceneRect) const;
    // How many edges the last paint drew as lines (tests and benchmarks).
    int lastPaintCount() const { return m_lastPaintCount; }
    // From this many edges on, a view's paint blits a picture drawn on a worker thread.
    static constexpr int defaultPictureAbove = 4000;
    void setPictureAbove(int edges) { m_pictureAbove = edges; }
    const EdgeRaster& picture() const { return *m_raster; }

    // While a new layout moves every node, nothing is re-indexed or repainted per edge.
    void setDeferred(bool deferred);
    // The bounding rectangle follows the edges exactly again (after a drag that may have shrunk it).
    void refreshBounds();

    // From EdgeItem: its line or width changed (before: where it was), its highlight, its end.
    void edgeChanged(EdgeItem* edge, const QRectF& before);
    void highlightChanged(EdgeItem* edge);
    void removeEdge(EdgeItem* edge);

    QRectF boundingRect() const override;
    QPainterPath shape() const override; // empty: collisions are the edges', see below
    bool contains(const QPointF& point) const override;
    bool collidesWithPath(const QPainterPath& path, Qt::ItemSelectionMode mode) const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    // Cells in compressed rows: cell c lists m_cellEdges[m_cellStart[c] .. m_cellStart[c + 1]).
    struct Grid
    {
        QRectF area;
        double cell = 1.0;
        int columns = 0;
        int rows = 0;
        QList<int> cellStart;
        QList<int> cellEdges;
    };
    void ensureGrid() const;
    void buildGrid() const;
    template<typename Visit>
    void forEachCell(const QLineF& line, Visit visit) const;
    // Indexes of the edges that may cross rect, each once.
    QList<int> indexesIn(const QRectF& rect) const;
    QRectF computeBounds() const;
    void drawEdges(QPainter* painter, const QList<int>& indexes, double scale, bool raster) const;
    // A window's paint from the picture; false when the caller is to draw the edges itself.
    bool paintFromPicture(QPainter* painter, const QRectF& exposed, QWidget* widget, double scale);

    QList<EdgeItem*> m_edges;
    EdgeLines m_lines; // by edge index, what the picture is drawn from
    QColor m_color = Qt::gray;
    QColor m_accent = Qt::blue;
    QRectF m_bounds;
    double m_pad = 0; // half the widest pen, and a pixel
    bool m_deferred = false;
    mutable bool m_gridStale = true;
    mutable Grid m_grid;
    mutable QList<quint32> m_seen; // by edge index: the query that last listed it
    mutable quint32 m_query = 0;
    int m_lastPaintCount = 0;
    int m_pictureAbove = defaultPictureAbove;
    std::unique_ptr<EdgeRaster> m_raster;
};

} // namespace Entente
