#include "actorgraph.h"

#include <QSet>

#include <algorithm>

namespace Entente {

namespace {

quint64 pairKey(int a, int b)
{
    if (a > b)
        std::swap(a, b);
    return (quint64(quint32(a)) << 32) | quint32(b);
}

// The days a meeting may have taken place: from the first day its start may mean to the last day
// its end may mean.
void meetingDays(const Meeting& meeting, QDate* first, QDate* last)
{
    *first = meeting.start.first();
    *last = meeting.end.isValid() ? meeting.end.last() : meeting.start.last();
    if (last->isValid() && first->isValid() && *last < *first)
        *last = *first;
}

} // namespace

bool ActorGraphFilter::isEmpty() const
{
    return !from.isValid() && !to.isValid() && sides.isEmpty() && statuses.isEmpty() && includeIsolated && focus.isEmpty();
}

bool ActorGraphFilter::acceptsMeetingDates(const Meeting& meeting) const
{
    if (!statuses.isEmpty() && !statuses.contains(meeting.status))
        return false;
    if (!from.isValid() && !to.isValid())
        return true;
    QDate first, last;
    meetingDays(meeting, &first, &last);
    if (!first.isValid())
        return false; // an undated meeting cannot be said to fall in the range
    if (from.isValid() && last < from)
        return false;
    if (to.isValid() && first > to)
        return false;
    return true;
}

ActorGraph ActorGraph::build(const Corpus& corpus, const ActorGraphFilter& filter, const DerivedSide& derivedSide)
{
    ActorGraph graph;
    const bool bySide = !filter.sides.isEmpty();

    // Every actor is a candidate node; the side filter and includeIsolated prune them at the end.
    for (const Actor& actor : corpus.actors) {
        if (graph.m_nodeIndex.contains(actor.id))
            continue;
        graph.m_nodeIndex.insert(actor.id, int(graph.nodes.size()));
        graph.nodes.append({ actor.id, actor.name, actor.kind, actor.side, 0, true, false });
        if (actor.side.isEmpty() && derivedSide) {
            ActorGraphNode& node = graph.nodes.last();
            node.side = derivedSide(actor);
            node.sideDerived = !node.side.isEmpty();
        }
    }
    QList<bool> shown(graph.nodes.size(), false);
    for (qsizetype i = 0; i < graph.nodes.size(); ++i)
        shown[i] = !bySide || filter.sides.contains(graph.nodes.at(i).side);

    QList<int> participants;
    for (const Meeting& meeting : corpus.meetings) {
        if (!filter.acceptsMeetingDates(meeting))
            continue;
        participants.clear();
        for (const QString& id : meeting.participants) {
            int node = graph.nodeIndex(id);
            if (node < 0) { // a participant no actor record defines still met the others
                node = int(graph.nodes.size());
                graph.m_nodeIndex.insert(id, node);
                graph.nodes.append({ id, id, ActorKind::Person, QString(), 0, false, false });
                shown.append(!bySide);
            }
            if (!participants.contains(node))
                participants.append(node);
        }
        if (bySide) {
            const bool ofSide = std::any_of(participants.cbegin(), participants.cend(),
                [&](int node) { return filter.sides.contains(graph.nodes.at(node).side); });
            if (!ofSide)
                continue;
        }
        graph.meetingIds.append(meeting.id);
        for (int node : std::as_const(participants)) {
            ++graph.nodes[node].meetingCount;
            shown[node] = true;
        }
        for (qsizetype a = 0; a < participants.size(); ++a) {
            for (qsizetype b = a + 1; b < participants.size(); ++b) {
                const quint64 key = pairKey(participants.at(a), participants.at(b));
                auto found = graph.m_edgeIndex.constFind(key);
                if (found == graph.m_edgeIndex.cend()) {
                    found = graph.m_edgeIndex.insert(key, int(graph.edges.size()));
                    graph.edges.append({ std::min(participants.at(a), participants.at(b)),
                        std::max(participants.at(a), participants.at(b)), {} });
                }
                graph.edges[*found].meetingIds.append(meeting.id);
            }
        }
    }

    // An ego view keeps the focus and its neighbours, and the edges among them.
    QList<bool> inEgo;
    const int focus = filter.focus.isEmpty() ? -1 : graph.nodeIndex(filter.focus);
    if (!filter.focus.isEmpty()) {
        inEgo.resize(graph.nodes.size(), false);
        if (focus >= 0 && shown.at(focus)) {
            inEgo[focus] = true;
            for (const ActorGraphEdge& edge : std::as_const(graph.edges)) {
                if (edge.source == focus)
                    inEgo[edge.target] = true;
                else if (edge.target == focus)
                    inEgo[edge.source] = true;
            }
        }
        for (qsizetype i = 0; i < graph.nodes.size(); ++i)
            shown[i] = shown.at(i) && inEgo.at(i);
    }

    // Drop the nodes the filter hides and renumber the edges' ends.
    QList<int> newIndex(graph.nodes.size(), -1);
    QList<ActorGraphNode> kept;
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const ActorGraphNode& node = graph.nodes.at(i);
        if (shown.at(i) && (filter.includeIsolated || node.meetingCount > 0)) {
            newIndex[i] = int(kept.size());
            kept.append(node);
        }
    }
    if (kept.size() != graph.nodes.size()) {
        graph.nodes = std::move(kept);
        graph.m_nodeIndex.clear();
        for (qsizetype i = 0; i < graph.nodes.size(); ++i)
            graph.m_nodeIndex.insert(graph.nodes.at(i).id, int(i));
        graph.m_edgeIndex.clear();
        QList<ActorGraphEdge> edges;
        edges.reserve(graph.edges.size());
        for (ActorGraphEdge& edge : graph.edges) {
            // Both ends took part in an accepted meeting, so both are kept, unless outside an ego view.
            edge.source = newIndex.at(edge.source);
            edge.target = newIndex.at(edge.target);
            if (edge.source < 0 || edge.target < 0)
                continue;
            graph.m_edgeIndex.insert(pairKey(edge.source, edge.target), int(edges.size()));
            edges.append(std::move(edge));
        }
        graph.edges = std::move(edges);
    }
    if (!filter.focus.isEmpty()) { // an ego view's meetings: those of its edges
        QSet<QString> egoMeetings;
        for (const ActorGraphEdge& edge : std::as_const(graph.edges))
            egoMeetings.unite(QSet<QString>(edge.meetingIds.cbegin(), edge.meetingIds.cend()));
        graph.meetingIds.removeIf([&egoMeetings](const QString& id) { return !egoMeetings.contains(id); });
    }
    return graph;
}

int ActorGraph::nodeIndex(QStringView id) const
{
    return m_nodeIndex.value(id.toString(), -1);
}

int ActorGraph::edgeIndex(int nodeA, int nodeB) const
{
    return m_edgeIndex.value(pairKey(nodeA, nodeB), -1);
}

QList<int> ActorGraph::edgesOfMeeting(QStringView meetingId) const
{
    QList<int> result;
    for (qsizetype e = 0; e < edges.size(); ++e) {
        if (edges.at(e).meetingIds.contains(meetingId))
            result.append(int(e));
    }
    return result;
}

QStringList ActorGraph::sides() const
{
    QStringList result;
    for (const ActorGraphNode& node : nodes) {
        if (!result.contains(node.side))
            result.append(node.side);
    }
    result.sort();
    return result;
}

} // namespace Entente
