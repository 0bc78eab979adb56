// The actor network's graph and its layout, computed from a snapshot of the corpus: pure, so it
// runs on a worker thread for large corpora while the window stays responsive.
#pragma once

#include "actorgraph.h"

#include <QFont>
#include <QHash>
#include <QPointF>

namespace Entente {

struct NetworkLayoutRequest
{
    Corpus corpus; // a snapshot (copies share the data until one side changes)
    ActorGraphFilter filter;
    QHash<QString, QPointF> pinned; // actor id → where the analyst put it
    QHash<QString, QPointF> previous; // actor id → where the last layout put it (warm start); empty: fresh
    QFont labelFont;
    double edgeLength = 140.0;
};

struct NetworkLayout
{
    ActorGraph graph;
    QList<QPointF> positions; // one per graph node
    // Every side of the corpus's actors, derived ones included, sorted; "" when some actor has none.
    QStringList sides;
    // Node indexes of the graph by meetings, most first: labels of busy actors show first when zoomed out.
    QList<int> labelRank; // by node index: its place in that order
};

NetworkLayout computeNetworkLayout(const NetworkLayoutRequest& request);

} // namespace Entente
