// NetworkView: swapping a finished layout in. Items that show the same actor or pair are kept and
// only moved, so an edit that changes one meeting costs that meeting's items, not the graph's. A
// large graph (thousands of nodes, tens of thousands of edges) comes in over several turns of the
// event loop, each within a budget, so the window keeps answering: nodes, then edges, then one
// turn that makes the new graph current, then the items of the old one are freed. Until that turn
// the old graph stays current (clicks, find and the current record see a whole graph); kept nodes
// move to their new places as the steps reach them. Old items are found by integer ids (the old
// graph's node and edge indexes), never by hashing names.
#include "networkviewswapin.h"

#include "edgeitem.h"
#include "edgelayer.h"
#include "labelitem.h"
#include "nodeitem.h"
#include "sidepalette.h"

#include <QElapsedTimer>
#include <QTimer>

#include <limits>

namespace Entente {

void NetworkView::applyLayout(NetworkLayout layout)
{
    finishSwapIn();
    beginSwapIn(std::move(layout));
    if (laysOutInBackground())
        m_swapTimer->start();
    else
        finishSwapIn(); // small graphs: at once
}

void NetworkView::beginSwapIn(NetworkLayout layout)
{
    if (m_labelFont != font()) {
        // Labels are made with the font: a new font makes new items.
        for (NodeItem* node : std::as_const(m_nodes))
            deleteNode(node);
        m_nodes.clear();
        m_edges.clear();
        m_edgeLayer->setEdges({});
        m_meetingEdges.clear();
        m_graph = {};
        m_labelFont = font();
    }
    m_swapIn = std::make_unique<SwapIn>();
    SwapIn& swap = *m_swapIn;
    swap.layout = std::move(layout);
    for (const QString& side : std::as_const(swap.layout.sides))
        swap.sideColors.insert(side, SidePalette::color(side));
    swap.nodes.reserve(swap.layout.graph.nodes.size());
    swap.oldIndex.reserve(swap.layout.graph.nodes.size());
    swap.nodeKept.fill(false, m_nodes.size());
    swap.edges.reserve(swap.layout.graph.edges.size());
    swap.edgeKept.fill(false, m_edges.size());
    // No index while items come and move: with the BSP index, moving 5k nodes costs seconds
    // (shared/notes/performance.md). Large graphs stay without one: finding what to paint among
    // thousands of items by their rectangles is cheaper than keeping a tree up to date.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_edgeLayer->setDeferred(true); // nodes move: the layer follows once, at the commit
}

bool NetworkView::continueSwapIn(qint64 budgetNs)
{
    if (!m_swapIn)
        return true;
    SwapIn& swap = *m_swapIn;
    QElapsedTimer clock;
    clock.start();
    auto spent = [&](qsizetype done) { return (done & 63) == 0 && clock.nsecsElapsed() > budgetNs; };
    const ActorGraph& graph = swap.layout.graph;

    while (swap.step == SwapIn::Step::Nodes) {
        if (swap.next == graph.nodes.size()) {
            swap.step = SwapIn::Step::Edges;
            swap.next = 0;
            break;
        }
        const qsizetype i = swap.next++;
        const ActorGraphNode& node = graph.nodes.at(i);
        const QColor color = swap.sideColors.value(node.side, SidePalette::color(node.side));
        int old = m_graph.nodeIndex(node.id);
        NodeItem* item = old >= 0 && !swap.nodeKept.at(old) ? m_nodes.at(old) : nullptr;
        if (item && item->shows(node, color))
            swap.nodeKept[old] = true;
        else
            item = nullptr;
        if (!item) {
            old = -1;
            item = new NodeItem(node, color, m_labelFont);
            item->label()->setFlag(QGraphicsItem::ItemHasNoContents); // until labels are chosen for it
            m_scene->addItem(item);
        }
        if (item->pos() != swap.layout.positions.at(i))
            item->setPos(swap.layout.positions.at(i));
        swap.nodes.append(item);
        swap.oldIndex.append(old);
        if (spent(swap.next))
            return false;
    }

    while (swap.step == SwapIn::Step::Edges) {
        if (swap.next == graph.edges.size()) {
            swap.step = SwapIn::Step::Commit;
            return false; // the commit in a turn of its own
        }
        const ActorGraphEdge& edge = graph.edges.at(swap.next++);
        NodeItem* source = swap.nodes.at(edge.source);
        NodeItem* target = swap.nodes.at(edge.target);
        EdgeItem* item = nullptr;
        const int oldSource = swap.oldIndex.at(edge.source);
        const int oldTarget = swap.oldIndex.at(edge.target);
        if (oldSource >= 0 && oldTarget >= 0) {
            const int old = m_graph.edgeIndex(oldSource, oldTarget);
            if (old >= 0 && !swap.edgeKept.at(old) && m_edges.at(old)->source() == source
                && m_edges.at(old)->target() == target) {
                item = m_edges.at(old);
                swap.edgeKept[old] = true;
                item->setMeetingIds(edge.meetingIds);
            }
        }
        if (!item)
            item = new EdgeItem(source, target, edge.meetingIds);
        swap.edges.append(item);
        for (const QString& meeting : edge.meetingIds)
            swap.meetingEdges[meeting].append(item);
        if (spent(swap.next))
            return false;
    }

    if (swap.step == SwapIn::Step::Commit) {
        commitSwapIn();
        return false; // freeing the old items in turns of their own
    }

    while (swap.next < swap.deadEdges.size()) {
        deleteEdge(swap.deadEdges.at(swap.next++), nullptr);
        if (spent(swap.next))
            return false;
    }
    while (swap.next - swap.deadEdges.size() < swap.deadNodes.size()) {
        deleteNode(swap.deadNodes.at(swap.next++ - swap.deadEdges.size()));
        if (spent(swap.next))
            return false;
    }
    m_swapIn.reset(); // the old graph goes with it
    if (m_layoutAgain && !m_layoutWatcher.isRunning()) {
        m_layoutAgain = false;
        rebuild(Fit::Keep);
    }
    return true;
}

void NetworkView::commitSwapIn()
{
    SwapIn& swap = *m_swapIn;
    const Corpus& corpus = m_store->corpus();
    swap.step = SwapIn::Step::Free;
    swap.next = 0;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (!swap.nodeKept.at(i)) {
            m_nodes.at(i)->hide(); // freed over the next turns
            swap.deadNodes.append(m_nodes.at(i));
        }
    }
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        if (!swap.edgeKept.at(i))
            swap.deadEdges.append(m_edges.at(i));
    }
    swap.oldGraph = std::exchange(m_graph, std::move(swap.layout.graph));
    swap.oldMeetingEdges = std::exchange(m_meetingEdges, std::move(swap.meetingEdges));
    m_nodes = std::move(swap.nodes);
    m_edges = std::move(swap.edges);
    m_placed = std::move(swap.layout.positions);
    m_corpusSides = std::move(swap.layout.sides);
    m_labelRank = std::move(swap.layout.labelRank);
    m_sideColors = std::move(swap.sideColors);
    m_byRank = QList<int>(m_labelRank.size());
    for (qsizetype i = 0; i < m_labelRank.size(); ++i)
        m_byRank[m_labelRank.at(i)] = int(i);
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_nodes.at(i)->label()->setBudget(&m_labelBudget, m_labelRank.value(i));
    m_placementStale = true;
    m_findIndex.clear();
    m_actorRow = corpus.actorRows;
    m_meetingRow = corpus.meetingRows;

    m_edgeLayer->setEdges(m_edges);
    m_edgeLayer->setDeferred(false);
    applyColors();
    if (!isLarge())
        m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    updateSceneRect();
    updateLegend();
    applyCurrent(m_store->current());
    updateEgoBanner();
    if (m_pendingFit == Fit::Refit) {
        m_pendingFit = Fit::Keep;
        m_userZoomed = false;
        if (isVisible())
            fitAll();
        else
            m_fitPending = true;
    }
    Q_EMIT graphChanged();
}

void NetworkView::finishSwapIn()
{
    m_swapTimer->stop();
    while (m_swapIn && !continueSwapIn(std::numeric_limits<qint64>::max())) {
    }
}

} // namespace Entente
