#include "exchangefilter.h"

#include <algorithm>

namespace Entente::Exchange {

bool Filter::isEmpty() const
{
    return !hasDates() && sides.isEmpty() && statuses.isEmpty();
}

bool Filter::acceptsDate(const FuzzyDate& date) const
{
    if (!hasDates())
        return true;
    if (!date.isValid())
        return false;
    return !(from.isValid() && date.last() < from) && !(to.isValid() && date.first() > to);
}

ActorGraphFilter Filter::graphFilter() const
{
    ActorGraphFilter graph;
    graph.from = from;
    graph.to = to;
    graph.sides = sides;
    graph.statuses = statuses;
    graph.includeIsolated = isEmpty();
    return graph;
}

Filter Filter::fromGraphFilter(const ActorGraphFilter& graph)
{
    return { graph.from, graph.to, graph.sides, graph.statuses };
}

namespace {

// As ActorGraph::build: a participant no actor record defines has no side.
bool ofSides(const Corpus& corpus, const Meeting& meeting, const QStringList& sides)
{
    if (sides.isEmpty())
        return true;
    return std::any_of(meeting.participants.cbegin(), meeting.participants.cend(), [&](const QString& id) {
        const int actor = corpus.actorIndex(id);
        return sides.contains(actor < 0 ? QString() : corpus.actors.at(actor).side);
    });
}

} // namespace

bool Selection::acceptsMeeting(const Corpus& corpus, const Meeting& meeting, const Filter& filter)
{
    return filter.graphFilter().acceptsMeetingDates(meeting) && ofSides(corpus, meeting, filter.sides);
}

Selection Selection::of(const Corpus& corpus, const Filter& filter)
{
    Selection selection;
    const ActorGraphFilter graph = filter.graphFilter();
    QList<bool> actorShown(corpus.actors.size(), filter.isEmpty());
    QList<bool> issueShown(corpus.issues.size(), !filter.hasDates());
    for (qsizetype m = 0; m < corpus.meetings.size(); ++m) {
        const Meeting& meeting = corpus.meetings.at(m);
        if (!graph.acceptsMeetingDates(meeting) || !ofSides(corpus, meeting, filter.sides))
            continue;
        selection.meetings.append(int(m));
        for (const QString& id : meeting.participants) {
            if (const int actor = corpus.actorIndex(id); actor >= 0)
                actorShown[actor] = true;
        }
        for (const QString& id : meeting.issues) {
            if (const int issue = corpus.issueIndex(id); issue >= 0)
                issueShown[issue] = true;
        }
    }
    for (qsizetype a = 0; a < corpus.actors.size(); ++a) {
        if (actorShown.at(a) || filter.sides.contains(corpus.actors.at(a).side))
            selection.actors.append(int(a));
    }
    for (qsizetype i = 0; i < corpus.issues.size(); ++i) {
        const QList<StatusChange>& history = corpus.issues.at(i).history;
        const qsizetype before = selection.statuses.size();
        for (qsizetype c = 0; c < history.size(); ++c) {
            if (filter.acceptsDate(history.at(c).date))
                selection.statuses.append({ int(i), int(c) });
        }
        if (issueShown.at(i) || selection.statuses.size() > before)
            selection.issues.append(int(i));
    }
    return selection;
}

} // namespace Entente::Exchange
