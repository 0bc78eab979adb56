// NetworkView's state while a finished layout is swapped in over turns (networkviewswapin.cpp).
#pragma once

#include "networkview.h"

namespace Entente {

struct NetworkView::SwapIn
{
    enum class Step { Nodes, Edges, Commit, Free };
    NetworkLayout layout;
    Step step = Step::Nodes;
    qsizetype next = 0; // the next node or edge (or dead item) of the step
    QHash<QString, QColor> sideColors;
    QList<NodeItem*> nodes; // by new node index
    QList<int> oldIndex; // by new node index: the old node index of a kept item, or -1
    QList<bool> nodeKept; // by old node index
    QList<EdgeItem*> edges; // by new edge index
    QList<bool> edgeKept; // by old edge index
    QHash<QString, QList<EdgeItem*>> meetingEdges;
    // After the commit: what is freed over the next turns.
    QList<EdgeItem*> deadEdges;
    QList<NodeItem*> deadNodes;
    ActorGraph oldGraph;
    QHash<QString, QList<EdgeItem*>> oldMeetingEdges;
};

} // namespace Entente
