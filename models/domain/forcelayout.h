// A deterministic force-directed layout for graphs from a handful to tens of thousands of nodes:
// multilevel Fruchterman–Reingold forces (Hu's scheme) with a Barnes–Hut quadtree for repulsion, each
// connected part on its own, the parts packed in rows; then, for graphs small enough to show every
// label, passes that push apart overlapping label boxes.
//
// Same input, same output: first positions come from a hash of the node ids (never from time or
// qHash's per-process seed), loops run in index order, and the iteration counts are fixed.
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

namespace Entente::ForceLayout {

struct Edge
{
    int source = 0;
    int target = 0;
    double weight = 1.0; // heavier edges pull harder, so frequent contacts sit closer
};

struct Graph
{
    QStringList ids; // one per node; the hash of an id decides where the node starts
    QList<Edge> edges;
    // Optional, one per node: the node's shape and label relative to its position, kept from
    // overlapping other nodes' boxes after the layout.
    QList<QRectF> footprints;
    QHash<int, QPointF> pinned; // node index → a position the analyst chose; never moved
};

struct Options
{
    double edgeLength = 120.0; // the natural length of an edge, in scene units
    int iterations = 250; // force iterations on the coarsest level
    int refineIterations = 60; // force iterations on each finer level
    double theta = 1.0; // Barnes–Hut opening criterion: cell size / distance below this is one body
    int exactBelow = 400; // fewer nodes: exact O(n²) repulsion
    // Pull towards the centre, growing with distance: keeps loosely tied clusters of a connected
    // part near it. (Separate parts are laid out one by one and packed side by side.)
    double gravity = 0.1;
    int overlapPasses = 200;
    int overlapLimit = 2000; // more nodes: no overlap removal (labels are hidden when zoomed out)
    double overlapMargin = 6.0; // gap kept between footprints
};

// The positions, one per node of graph.ids.
QList<QPointF> run(const Graph& graph, const Options& options = {});
// A warm start after the graph changed a little: nodes in kept (node index → position) and pinned
// nodes stay where they are; new nodes start beside their placed neighbours and settle among the
// nodes near them. Costs what is new, not the whole graph. When much of the graph is new, a fresh
// run() reads better and is what it returns.
QList<QPointF> extend(const Graph& graph, const QHash<int, QPointF>& kept, const Options& options = {});

// Moves nodes apart until their footprints (rectangles around positions) keep margin between them,
// at most passes times; pinned nodes stay put. Returns the number of overlaps left.
int removeOverlaps(QList<QPointF>& positions, const QList<QRectF>& footprints,
    const QHash<int, QPointF>& pinned, int passes, double margin);

// A hash of an id that is the same in every process (unlike qHash, which is seeded per process).
quint32 stableHash(QStringView id);

} // namespace Entente::ForceLayout
