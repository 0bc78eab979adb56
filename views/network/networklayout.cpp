#include "networklayout.h"

#include "forcelayout.h"
#include "nodeitem.h"
#include "sidefromtitle.h"

#include <QSet>

#include <numeric>

namespace Entente {

NetworkLayout computeNetworkLayout(const NetworkLayoutRequest& request)
{
    NetworkLayout layout;
    // Titles are read once per actor: the graph and the list of sides share the answers.
    const DerivedSide derive = Suggest::derivedSides();
    layout.graph = ActorGraph::build(request.corpus, request.filter, derive);
    const ActorGraph& graph = layout.graph;
    QSet<QString> sides;
    for (const Actor& actor : request.corpus.actors)
        sides.insert(actor.side.isEmpty() ? derive(actor) : actor.side);
    layout.sides = QStringList(sides.cbegin(), sides.cend());
    layout.sides.sort();
    QList<int> order(graph.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&graph](int a, int b) { return graph.nodes.at(a).meetingCount > graph.nodes.at(b).meetingCount; });
    layout.labelRank.resize(graph.nodes.size());
    for (qsizetype rank = 0; rank < order.size(); ++rank)
        layout.labelRank[order.at(rank)] = int(rank);
    ForceLayout::Graph forces;
    QHash<int, QPointF> kept;
    forces.ids.reserve(graph.nodes.size());
    forces.footprints.reserve(graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const ActorGraphNode& node = graph.nodes.at(i);
        forces.ids.append(node.id);
        forces.footprints.append(NodeItem::footprintFor(node, request.labelFont));
        if (const auto pin = request.pinned.constFind(node.id); pin != request.pinned.cend())
            forces.pinned.insert(int(i), *pin);
        else if (const auto before = request.previous.constFind(node.id); before != request.previous.cend())
            kept.insert(int(i), *before);
    }
    for (const ActorGraphEdge& edge : graph.edges)
        forces.edges.append({ edge.source, edge.target, double(edge.weight()) });
    ForceLayout::Options options;
    options.edgeLength = request.edgeLength;
    layout.positions = request.previous.isEmpty() ? ForceLayout::run(forces, options) : ForceLayout::extend(forces, kept, options);
    return layout;
}

} // namespace Entente
