#include "forcelayout.h"

#include "multilevel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace Entente::ForceLayout {

namespace {

// Connected parts of the graph, each a list of node indexes in ascending order, ordered by their
// first node: the same graph always gives the same parts in the same order.
std::vector<std::vector<int>> components(int n, const QList<Edge>& edges)
{
    std::vector<int> root(static_cast<size_t>(n));
    std::iota(root.begin(), root.end(), 0);
    auto find = [&root](int i) {
        while (root[size_t(i)] != i)
            i = root[size_t(i)] = root[size_t(root[size_t(i)])];
        return i;
    };
    for (const Edge& e : edges) {
        const int a = find(e.source), b = find(e.target);
        root[size_t(std::max(a, b))] = std::min(a, b);
    }
    std::vector<int> partOf(static_cast<size_t>(n), -1);
    std::vector<std::vector<int>> parts;
    for (int i = 0; i < n; ++i) {
        const int r = find(i);
        if (partOf[size_t(r)] < 0) {
            partOf[size_t(r)] = int(parts.size());
            parts.emplace_back();
        }
        parts[size_t(partOf[size_t(r)])].push_back(i);
    }
    return parts;
}

// Where each node's box lies: its footprint, or a square of half an edge when there are none.
QRectF boxOf(const Graph& graph, const std::vector<Vec>& pos, int i, double edgeLength)
{
    const QPointF at(pos[size_t(i)].x, pos[size_t(i)].y);
    if (graph.footprints.size() == graph.ids.size())
        return graph.footprints.at(i).translated(at);
    const double half = edgeLength / 4;
    return QRectF(at - QPointF(half, half), QSizeF(2 * half, 2 * half));
}

// Shelf-packs the parts in rows, largest first, in a block a little wider than tall centred on the
// origin. A part with pinned nodes stays where its pins hold it: it keeps its slot in the rows, empty,
// so the other parts stay where they were, and the rows flow around where it really is.
void pack(const std::vector<std::vector<int>>& parts, const std::vector<QRectF>& boxes,
    const std::vector<char>& partPinned, std::vector<Vec>& pos, double gap)
{
    gap = std::max(gap, 1.0); // rows must advance
    std::vector<QRectF> obstacles;
    std::vector<int> order(parts.size());
    std::iota(order.begin(), order.end(), 0);
    double area = 0, widest = 0;
    for (size_t p = 0; p < parts.size(); ++p) {
        if (partPinned[p])
            obstacles.push_back(boxes[p].adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2));
        area += (boxes[p].width() + gap) * (boxes[p].height() + gap);
        widest = std::max(widest, boxes[p].width());
    }
    if (obstacles.size() == parts.size())
        return;
    std::stable_sort(order.begin(), order.end(), [&boxes](int a, int b) {
        return boxes[size_t(a)].width() * boxes[size_t(a)].height() > boxes[size_t(b)].width() * boxes[size_t(b)].height();
    });
    const double rowWidth = std::max(widest, std::sqrt(area) * 1.3);
    std::vector<QPointF> corner(parts.size()); // where each part's box goes

    // Places the parts row by row from origin, jumping past obstacles; returns the block's size.
    auto place = [&](QPointF origin, const std::vector<QRectF>& blocked) {
        double x = 0, y = 0, rowHeight = 0, width = 0;
        for (int p : order) {
            const QSizeF size = boxes[size_t(p)].size();
            for (;;) {
                if (x > 0 && x + size.width() > rowWidth) {
                    x = 0;
                    y += rowHeight + gap;
                    rowHeight = 0;
                }
                const QRectF wanted(origin + QPointF(x, y), size);
                const auto blocker = std::find_if(blocked.cbegin(), blocked.cend(),
                    [&wanted](const QRectF& obstacle) { return obstacle.intersects(wanted); });
                if (partPinned[size_t(p)] || blocker == blocked.cend())
                    break;
                x = std::max(x + gap, blocker->right() + gap - origin.x());
            }
            corner[size_t(p)] = origin + QPointF(x, y);
            x += size.width() + gap;
            width = std::max(width, x - gap);
            rowHeight = std::max(rowHeight, size.height());
        }
        return QSizeF(width, y + rowHeight);
    };
    const QSizeF block = place(QPointF(0, 0), {});
    place(QPointF(-block.width() / 2, -block.height() / 2), obstacles);
    for (size_t p = 0; p < parts.size(); ++p) {
        if (partPinned[p])
            continue;
        const QPointF shift = corner[p] - boxes[p].topLeft();
        for (int i : parts[p]) {
            pos[size_t(i)].x += shift.x();
            pos[size_t(i)].y += shift.y();
        }
    }
}

} // namespace

quint32 stableHash(QStringView id)
{
    quint32 h = 2166136261u; // FNV-1a over UTF-16 code units, then mixed
    for (QChar c : id) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return mix(h);
}

QList<QPointF> run(const Graph& graph, const Options& options)
{
    const int n = int(graph.ids.size());
    QList<Edge> edges;
    for (const Edge& e : graph.edges) {
        if (e.source != e.target && e.source >= 0 && e.target >= 0 && e.source < n && e.target < n)
            edges.append(e);
    }
    // Each connected part is laid out on its own and the parts are packed side by side: forces
    // alone would fling separate parts far apart (or, with strong gravity, squash big ones).
    const std::vector<std::vector<int>> parts = components(n, edges);
    std::vector<int> partOf(static_cast<size_t>(n)), local(static_cast<size_t>(n));
    std::vector<Part> laid(parts.size());
    for (size_t p = 0; p < parts.size(); ++p) {
        Part& part = laid[p];
        part.n = int(parts[p].size());
        for (int i : parts[p]) {
            partOf[size_t(i)] = int(p);
            local[size_t(i)] = int(part.seed.size());
            part.seed.push_back(stableHash(graph.ids.at(i)));
            const auto pinned = graph.pinned.constFind(i); // lookups only: QHash order varies by process
            part.fixed.push_back(pinned != graph.pinned.cend());
            part.pinnedAt.push_back(part.fixed.back() ? Vec { pinned->x(), pinned->y() } : Vec {});
        }
    }
    for (const Edge& e : std::as_const(edges)) {
        const int a = local[size_t(e.source)], b = local[size_t(e.target)];
        laid[size_t(partOf[size_t(e.source)])].edges.push_back({ std::min(a, b), std::max(a, b), e.weight });
    }

    std::vector<Vec> pos(static_cast<size_t>(n));
    std::vector<QRectF> boxes(parts.size());
    std::vector<char> partPinned(parts.size(), 0);
    for (size_t p = 0; p < parts.size(); ++p) {
        const std::vector<Vec> placed = layoutMultilevel(laid[p], options);
        for (size_t k = 0; k < parts[p].size(); ++k) {
            const int i = parts[p][k];
            pos[size_t(i)] = placed[k];
            boxes[p] |= boxOf(graph, pos, i, options.edgeLength);
            partPinned[p] |= laid[p].fixed[k];
        }
    }
    pack(parts, boxes, partPinned, pos, options.edgeLength / 2);

    QList<QPointF> result(n);
    for (int i = 0; i < n; ++i)
        result[i] = QPointF(pos[size_t(i)].x, pos[size_t(i)].y);
    if (graph.footprints.size() == n && n <= options.overlapLimit)
        removeOverlaps(result, graph.footprints, graph.pinned, options.overlapPasses, options.overlapMargin);
    return result;
}

int removeOverlaps(QList<QPointF>& positions, const QList<QRectF>& footprints,
    const QHash<int, QPointF>& pinned, int passes, double margin)
{
    const int n = int(std::min(positions.size(), footprints.size()));
    std::vector<char> fixed(static_cast<size_t>(n), 0);
    for (int i = 0; i < n; ++i)
        fixed[size_t(i)] = pinned.contains(i);
    std::vector<QRectF> box(static_cast<size_t>(n));
    std::vector<int> order(static_cast<size_t>(n));
    // A little more than the overlap: chains of boxes otherwise only approach touching, never reach it.
    const double overshoot = 0.25;
    int overlaps = 0;
    for (int pass = 0; pass <= passes; ++pass) {
        for (int i = 0; i < n; ++i) {
            box[size_t(i)] = footprints.at(i).translated(positions.at(i)).adjusted(-margin / 2, -margin / 2,
                margin / 2, margin / 2);
        }
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const double la = box[size_t(a)].left(), lb = box[size_t(b)].left();
            return la != lb ? la < lb : a < b;
        });
        overlaps = 0;
        // Sweep along x: only boxes that start before one ends can overlap it.
        for (int oa = 0; oa < n; ++oa) {
            const int a = order[size_t(oa)];
            for (int ob = oa + 1; ob < n; ++ob) {
                const int b = order[size_t(ob)];
                QRectF& ra = box[size_t(a)];
                QRectF& rb = box[size_t(b)];
                if (rb.left() >= ra.right())
                    break;
                const double ox = std::min(ra.right(), rb.right()) - std::max(ra.left(), rb.left());
                const double oy = std::min(ra.bottom(), rb.bottom()) - std::max(ra.top(), rb.top());
                if (ox <= 0 || oy <= 0)
                    continue;
                ++overlaps;
                if (pass == passes || (fixed[size_t(a)] && fixed[size_t(b)]))
                    continue; // the last pass only counts
                // Separate along the axis that needs the shorter move; a pinned node does not move.
                QPointF shift;
                if (ox < oy) {
                    const bool aLeft = ra.center().x() < rb.center().x()
                        || (ra.center().x() == rb.center().x() && a < b);
                    shift = QPointF(aLeft ? ox + overshoot : -ox - overshoot, 0);
                } else {
                    const bool aAbove = ra.center().y() < rb.center().y()
                        || (ra.center().y() == rb.center().y() && a < b);
                    shift = QPointF(0, aAbove ? oy + overshoot : -oy - overshoot);
                }
                const double shareA = fixed[size_t(a)] ? 0.0 : fixed[size_t(b)] ? 1.0 : 0.5;
                positions[a] -= shift * shareA;
                positions[b] += shift * (1 - shareA);
                ra.translate(-shift * shareA);
                rb.translate(shift * (1 - shareA));
            }
        }
        if (overlaps == 0)
            break;
    }
    return overlaps;
}

} // namespace Entente::ForceLayout
