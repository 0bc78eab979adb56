// ForceLayout::extend: a warm start for a graph that changed a little. Nodes that had a place keep
// it; new nodes start beside their placed neighbours and only they feel forces, from their
// neighbours and from the nodes near them (a grid of cells one edge long, so the cost follows the
// new nodes, not the graph).
#include "forcelayout.h"

#include "multilevel.h"

#include <QHash>

#include <cmath>
#include <vector>

namespace Entente::ForceLayout {

namespace {

struct Grid
{
    double cell;
    QHash<quint64, std::vector<int>> cells;

    static quint64 key(qint64 x, qint64 y) { return (quint64(quint32(qint32(x))) << 32) | quint32(qint32(y)); }
    quint64 keyOf(QPointF p) const { return key(qint64(std::floor(p.x() / cell)), qint64(std::floor(p.y() / cell))); }
    void insert(int node, QPointF p) { cells[keyOf(p)].push_back(node); }
    void remove(int node, QPointF p)
    {
        std::vector<int>& list = cells[keyOf(p)];
        list.erase(std::remove(list.begin(), list.end(), node), list.end());
    }
    template<typename Visit> void near(QPointF p, Visit visit) const
    {
        const qint64 cx = qint64(std::floor(p.x() / cell));
        const qint64 cy = qint64(std::floor(p.y() / cell));
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto it = cells.constFind(key(cx + dx, cy + dy));
                if (it == cells.cend())
                    continue;
                for (const int other : *it)
                    visit(other);
            }
        }
    }
};

// A small deterministic offset for a node, so that new nodes around one neighbour do not coincide.
QPointF offsetFor(const QString& id, double length)
{
    const quint32 h = stableHash(id);
    const double angle = double(h % 3600) / 3600.0 * 2 * M_PI;
    const double distance = length * (0.6 + double((h >> 12) % 100) / 250.0);
    return { std::cos(angle) * distance, std::sin(angle) * distance };
}

} // namespace

QList<QPointF> extend(const Graph& graph, const QHash<int, QPointF>& kept, const Options& options)
{
    const int n = int(graph.ids.size());
    QList<QPointF> pos(n);
    std::vector<char> placed(size_t(n), 0);
    std::vector<char> moving(size_t(n), 0);
    QHash<int, QPointF> fixed; // kept and pinned nodes: removeOverlaps leaves them where they are
    int free = 0;
    for (int i = 0; i < n; ++i) {
        const auto pin = graph.pinned.constFind(i);
        const auto keep = kept.constFind(i);
        if (pin != graph.pinned.cend() || keep != kept.cend()) {
            pos[i] = pin != graph.pinned.cend() ? *pin : *keep;
            placed[size_t(i)] = 1;
            fixed.insert(i, pos.at(i));
        } else {
            moving[size_t(i)] = 1;
            ++free;
        }
    }
    if (free == 0)
        return pos;
    if (free > std::max(20, n * 3 / 10))
        return run(graph, options); // too much is new: a fresh layout reads better

    std::vector<std::vector<std::pair<int, double>>> neighbours(static_cast<size_t>(n));
    for (const Edge& e : graph.edges) {
        if (e.source == e.target || e.source < 0 || e.target < 0 || e.source >= n || e.target >= n)
            continue;
        neighbours[size_t(e.source)].push_back({ e.target, e.weight });
        neighbours[size_t(e.target)].push_back({ e.source, e.weight });
    }
    const double length = options.edgeLength;
    // Start beside the placed neighbours; a node whose neighbours are all new waits for them.
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < n; ++i) {
            if (placed[size_t(i)])
                continue;
            QPointF sum;
            int count = 0;
            for (const auto& [other, weight] : neighbours[size_t(i)]) {
                Q_UNUSED(weight)
                if (placed[size_t(other)]) {
                    sum += pos.at(other);
                    ++count;
                }
            }
            if (count > 0) {
                pos[i] = sum / count + offsetFor(graph.ids.at(i), length);
                placed[size_t(i)] = 2;
            }
        }
    }
    // Nodes not tied to anything placed: in a row under the graph.
    QRectF bounds;
    for (int i = 0; i < n; ++i) {
        if (placed[size_t(i)])
            bounds |= QRectF(pos.at(i), QSizeF(1, 1));
    }
    double x = bounds.left();
    for (int i = 0; i < n; ++i) {
        if (!placed[size_t(i)]) {
            pos[i] = QPointF(x, bounds.bottom() + length);
            x += length;
        }
    }

    // Forces on the new nodes only: springs to neighbours, repulsion from nodes within a cell.
    Grid grid { length, {} };
    for (int i = 0; i < n; ++i)
        grid.insert(i, pos.at(i));
    const int iterations = 60;
    for (int step = 0; step < iterations; ++step) {
        const double temperature = length * 0.5 * (1.0 - double(step) / iterations);
        for (int i = 0; i < n; ++i) {
            if (!moving[size_t(i)])
                continue;
            QPointF force;
            const QPointF p = pos.at(i);
            for (const auto& [other, weight] : neighbours[size_t(i)]) {
                const QPointF d = pos.at(other) - p;
                const double distance = std::max(1e-3, std::hypot(d.x(), d.y()));
                force += d / distance * (distance * distance / length) * std::min(weight, 4.0);
            }
            grid.near(p, [&](int other) {
                if (other == i)
                    return;
                QPointF d = p - pos.at(other);
                double distance = std::hypot(d.x(), d.y());
                if (distance < 1e-3) {
                    d = offsetFor(graph.ids.at(i), 1.0);
                    distance = 1.0;
                }
                force += d / distance * (length * length / distance);
            });
            const double magnitude = std::hypot(force.x(), force.y());
            if (magnitude < 1e-9)
                continue;
            const QPointF move = force / magnitude * std::min(magnitude, temperature);
            grid.remove(i, p);
            pos[i] = p + move;
            grid.insert(i, pos.at(i));
        }
    }
    if (graph.footprints.size() == n && n <= options.overlapLimit)
        removeOverlaps(pos, graph.footprints, fixed, options.overlapPasses, options.overlapMargin);
    return pos;
}

} // namespace Entente::ForceLayout
