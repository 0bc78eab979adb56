#include "networklayout.h"

#include "forcelayout.h"
#include "nodeitem.h"

namespace Entente {

NetworkLayout computeNetworkLayout(const NetworkLayoutRequest& request)
{
    NetworkLayout layout;
    layout.graph = ActorGraph::build(request.corpus, request.filter);
    const ActorGraph& graph = layout.graph;
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
