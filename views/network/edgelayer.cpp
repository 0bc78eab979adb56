#include "edgelayer.h"

#include "edgeitem.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Entente {

namespace {

constexpr int cellsPerEdge = 2; // about as many cells as half the edges: a few edges per cell
constexpr int maximumSide = 512; // cells a side

} // namespace

EdgeLayer::EdgeLayer()
    : m_raster(std::make_unique<EdgeRaster>([this] { return m_lines; }, [this] { update(); }))
{
    setZValue(0); // under the nodes (1)
    setAcceptedMouseButtons(Qt::NoButton); // the view handles clicks; presses on edges pan
    setAcceptHoverEvents(false);
    setFlag(ItemUsesExtendedStyleOption); // the exposed rectangle, to draw only what it crosses
}

EdgeLayer::~EdgeLayer()
{
    for (EdgeItem* edge : std::as_const(m_edges)) {
        if (edge)
            edge->m_layer = nullptr;
    }
}

void EdgeLayer::setEdges(const QList<EdgeItem*>& edges)
{
    for (EdgeItem* edge : std::as_const(m_edges)) {
        if (edge)
            edge->m_layer = nullptr;
    }
    m_edges = edges;
    m_lines.clear();
    m_lines.reserve(m_edges.size());
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        m_edges.at(i)->m_layer = this;
        m_edges.at(i)->m_index = int(i);
        m_lines.append({ m_edges.at(i)->line(), m_edges.at(i)->weight() });
    }
    m_gridStale = true;
    m_raster->replaced();
    refreshBounds();
    update();
}

void EdgeLayer::setColors(const QColor& normal, const QColor& accent)
{
    m_color = normal;
    m_accent = accent;
    m_raster->replaced();
    update();
}

void EdgeLayer::setDeferred(bool deferred)
{
    m_deferred = deferred;
    if (!deferred) {
        m_gridStale = true;
        m_raster->replaced();
        refreshBounds();
        update();
    }
}

QRectF EdgeLayer::computeBounds() const
{
    QRectF bounds;
    for (const EdgeItem* edge : m_edges) {
        if (edge)
            bounds |= QRectF(edge->line().p1(), edge->line().p2()).normalized();
    }
    return bounds.isNull() ? QRectF() : bounds.adjusted(-m_pad, -m_pad, m_pad, m_pad);
}

void EdgeLayer::refreshBounds()
{
    double widest = 0;
    for (const EdgeItem* edge : std::as_const(m_edges)) {
        if (edge)
            widest = std::max(widest, EdgeItem::widthFor(edge->weight()) + EdgeItem::highlightExtra);
    }
    m_pad = std::max(widest, EdgeItem::clickWidth) / 2 + 1;
    const QRectF bounds = computeBounds();
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

void EdgeLayer::edgeChanged(EdgeItem* edge, const QRectF& before)
{
    m_lines[edge->m_index] = { edge->line(), edge->weight() };
    if (m_deferred)
        return;
    m_gridStale = true;
    m_raster->edited();
    const QRectF after = edge->boundingRect();
    if (!m_bounds.contains(after)) {
        prepareGeometryChange();
        m_bounds |= after;
    }
    const double widest = EdgeItem::widthFor(edge->weight()) + EdgeItem::highlightExtra;
    m_pad = std::max(m_pad, std::max(widest, EdgeItem::clickWidth) / 2 + 1);
    update(before);
    update(after);
}

void EdgeLayer::highlightChanged(EdgeItem* edge)
{
    if (!m_deferred)
        update(edge->boundingRect());
}

void EdgeLayer::removeEdge(EdgeItem* edge)
{
    if (edge->m_index < 0 || edge->m_index >= m_edges.size() || m_edges.at(edge->m_index) != edge)
        return;
    m_edges[edge->m_index] = nullptr;
    m_lines[edge->m_index] = {};
    m_gridStale = true;
    m_raster->edited();
    if (!m_deferred)
        update(edge->boundingRect());
}

QRectF EdgeLayer::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeLayer::shape() const
{
    return {};
}

bool EdgeLayer::contains(const QPointF& point) const
{
    return edgeAt(point) != nullptr;
}

bool EdgeLayer::collidesWithPath(const QPainterPath& path, Qt::ItemSelectionMode mode) const
{
    // The view asks with a pixel's square (a click, a tooltip): it collides where an edge is near.
    const QRectF area = path.boundingRect();
    if (mode == Qt::ContainsItemShape || mode == Qt::ContainsItemBoundingRect)
        return area.contains(m_bounds);
    return edgeAt(area.center(), std::max(area.width(), area.height()) / 2) != nullptr;
}

EdgeItem* EdgeLayer::edgeAt(const QPointF& scenePos, double slack) const
{
    const double reach = m_pad + slack;
    const QList<int> near = indexesIn(QRectF(scenePos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)));
    // What is drawn last is on top: highlighted edges, then the later ones.
    EdgeItem* found = nullptr;
    for (int index : near) {
        EdgeItem* edge = m_edges.at(index);
        if (!edge->isNear(scenePos, slack))
            continue;
        if (!found || (edge->isHighlighted() && !found->isHighlighted())
            || (edge->isHighlighted() == found->isHighlighted() && edge->m_index > found->m_index))
            found = edge;
    }
    return found;
}

QList<EdgeItem*> EdgeLayer::edgesIn(const QRectF& sceneRect) const
{
    QList<EdgeItem*> result;
    for (int index : indexesIn(sceneRect))
        result.append(m_edges.at(index));
    return result;
}

template<typename Visit>
void EdgeLayer::forEachCell(const QLineF& line, Visit visit) const
{
    // Amanatides–Woo: step from cell to cell along the line, visiting each cell it crosses.
    const Grid& g = m_grid;
    const double x0 = (line.x1() - g.area.left()) / g.cell, y0 = (line.y1() - g.area.top()) / g.cell;
    const double x1 = (line.x2() - g.area.left()) / g.cell, y1 = (line.y2() - g.area.top()) / g.cell;
    auto column = [&g](double x) { return std::clamp(int(std::floor(x)), 0, g.columns - 1); };
    auto row = [&g](double y) { return std::clamp(int(std::floor(y)), 0, g.rows - 1); };
    int cx = column(x0), cy = row(y0);
    const int ex = column(x1), ey = row(y1);
    const double dx = x1 - x0, dy = y1 - y0;
    const int stepX = ex > cx ? 1 : -1, stepY = ey > cy ? 1 : -1;
    constexpr double never = std::numeric_limits<double>::infinity();
    const double deltaX = dx != 0 ? std::abs(1 / dx) : never;
    const double deltaY = dy != 0 ? std::abs(1 / dy) : never;
    double nextX = dx > 0 ? (std::floor(x0) + 1 - x0) * deltaX : dx < 0 ? (x0 - std::floor(x0)) * deltaX : never;
    double nextY = dy > 0 ? (std::floor(y0) + 1 - y0) * deltaY : dy < 0 ? (y0 - std::floor(y0)) * deltaY : never;
    visit(cy * g.columns + cx);
    for (int steps = std::abs(ex - cx) + std::abs(ey - cy); steps > 0; --steps) {
        if ((nextX < nextY && cx != ex) || cy == ey) {
            cx += stepX;
            nextX += deltaX;
        } else {
            cy += stepY;
            nextY += deltaY;
        }
        visit(cy * g.columns + cx);
    }
}

void EdgeLayer::ensureGrid() const
{
    if (m_gridStale)
        buildGrid();
}

void EdgeLayer::buildGrid() const
{
    m_gridStale = false;
    Grid& g = m_grid;
    g = {};
    g.area = m_bounds.isEmpty() ? QRectF(0, 0, 1, 1) : m_bounds;
    const double cells = std::max(1.0, double(m_edges.size()) / cellsPerEdge);
    g.cell = std::max({ 1.0, std::sqrt(g.area.width() * g.area.height() / cells), g.area.width() / maximumSide,
        g.area.height() / maximumSide });
    g.columns = std::max(1, int(std::ceil(g.area.width() / g.cell)));
    g.rows = std::max(1, int(std::ceil(g.area.height() / g.cell)));
    // Two passes: count each cell's edges, then fill them in.
    g.cellStart.fill(0, qsizetype(g.columns) * g.rows + 1);
    for (const EdgeItem* edge : m_edges) {
        if (edge)
            forEachCell(edge->line(), [&g](int cell) { ++g.cellStart[cell + 1]; });
    }
    for (qsizetype c = 1; c < g.cellStart.size(); ++c)
        g.cellStart[c] += g.cellStart[c - 1];
    g.cellEdges.resize(g.cellStart.constLast());
    QList<int> filled = g.cellStart;
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        if (m_edges.at(i))
            forEachCell(m_edges.at(i)->line(), [&](int cell) { g.cellEdges[filled[cell]++] = int(i); });
    }
    m_seen.fill(0, m_edges.size());
    m_query = 0;
}

QList<int> EdgeLayer::indexesIn(const QRectF& rect) const
{
    ensureGrid();
    QList<int> result;
    const QRectF area = rect.adjusted(-m_pad, -m_pad, m_pad, m_pad).intersected(m_grid.area);
    if (area.isEmpty() && !m_grid.area.intersects(rect.adjusted(-m_pad, -m_pad, m_pad, m_pad)))
        return result;
    if (++m_query == 0) { // wrapped: forget every mark
        m_seen.fill(0);
        m_query = 1;
    }
    const Grid& g = m_grid;
    const int left = std::clamp(int((area.left() - g.area.left()) / g.cell), 0, g.columns - 1);
    const int right = std::clamp(int((area.right() - g.area.left()) / g.cell), 0, g.columns - 1);
    const int top = std::clamp(int((area.top() - g.area.top()) / g.cell), 0, g.rows - 1);
    const int bottom = std::clamp(int((area.bottom() - g.area.top()) / g.cell), 0, g.rows - 1);
    for (int y = top; y <= bottom; ++y) {
        for (int x = left; x <= right; ++x) {
            const int cell = y * g.columns + x;
            for (int i = g.cellStart.at(cell); i < g.cellStart.at(cell + 1); ++i) {
                const int index = g.cellEdges.at(i);
                if (m_seen.at(index) != m_query) {
                    m_seen[index] = m_query;
                    result.append(index);
                }
            }
        }
    }
    return result;
}

void EdgeLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const QRectF exposed = option->exposedRect;
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    // Only a window's paint (an export has no widget) of a large, settled layer blits a picture.
    const bool window = widget && raster && !m_deferred && m_edges.size() >= m_pictureAbove;
    if (window && paintFromPicture(painter, exposed, widget, scale))
        return;
    QList<int> indexes;
    if (exposed.contains(m_bounds)) { // the whole graph: every edge, no grid needed
        indexes.reserve(m_edges.size());
        for (qsizetype i = 0; i < m_edges.size(); ++i) {
            if (m_edges.at(i))
                indexes.append(int(i));
        }
    } else {
        indexes = indexesIn(exposed);
    }
    m_lastPaintCount = int(indexes.size());
    drawEdges(painter, indexes, scale, raster);
}

bool EdgeLayer::paintFromPicture(QPainter* painter, const QRectF& exposed, QWidget* widget, double scale)
{
    const QRect viewport = widget->rect();
    const QRect area = painter->worldTransform().mapRect(exposed).toAlignedRect() & viewport;
    m_lastPaintCount = 0;
    if (area.isEmpty())
        return true;
    if (m_raster->paint(painter, area, viewport, m_color) == EdgeRaster::Outcome::Stale)
        return false;
    // The picture has every edge in the normal colour: the highlighted ones go over it.
    EdgeGroups highlighted;
    int count = 0;
    for (const EdgeItem* edge : std::as_const(m_edges)) {
        if (edge && edge->isHighlighted() && !edge->line().isNull() && exposed.intersects(edge->boundingRect())) {
            highlighted[edge->weight()].append(edge->line());
            ++count;
        }
    }
    m_lastPaintCount = count;
    if (count > 0) {
        painter->save();
        drawEdgeGroups(painter, highlighted, m_accent, EdgeItem::highlightExtra, scale, true,
            painter->testRenderHint(QPainter::Antialiasing));
        painter->restore();
    }
    return true;
}

void EdgeLayer::drawEdges(QPainter* painter, const QList<int>& indexes, double scale, bool raster) const
{
    // Grouped by pen: normal edges by weight, then highlighted ones over them.
    EdgeGroups normal, highlighted;
    for (int index : indexes) {
        const EdgeItem* edge = m_edges.at(index);
        if (edge->line().isNull())
            continue;
        (edge->isHighlighted() ? highlighted : normal)[edge->weight()].append(edge->line());
    }
    painter->save();
    const bool smooth = painter->testRenderHint(QPainter::Antialiasing);
    drawEdgeGroups(painter, normal, m_color, 0.0, scale, raster, smooth);
    drawEdgeGroups(painter, highlighted, m_accent, EdgeItem::highlightExtra, scale, raster, smooth);
    painter->restore();
}

} // namespace Entente
