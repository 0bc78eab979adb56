// Who met whom: the actors of a corpus as nodes, and an edge between every two actors who took part
// in the same meeting, weighted by how many meetings they shared. Qt::Core only.
#pragma once

#include "corpus.h"

#include <QDate>
#include <QHash>

#include <functional>

namespace Entente {

// Which meetings count. Empty lists and invalid dates mean "no restriction".
struct ActorGraphFilter
{
    QDate from; // meetings that end before this day are left out
    QDate to; // meetings that start after this day are left out
    // Meetings with at least one participant of these sides; their other participants stay as the
    // counterparts, and actors of other sides without such a meeting are left out.
    QStringList sides;
    QList<MeetingStatus> statuses;
    // Whether actors left without any meeting by the filter (or without meetings at all) are nodes.
    bool includeIsolated = true;
    // An ego view: when set, only this actor and the actors it met in the meetings that pass, with
    // the edges among them.
    QString focus;

    bool isEmpty() const;
    // Whether a meeting passes the date and status conditions (sides need the actors, see build()).
    bool acceptsMeetingDates(const Meeting& meeting) const;
    friend bool operator==(const ActorGraphFilter&, const ActorGraphFilter&) = default;
};

struct ActorGraphNode
{
    QString id;
    QString name;
    ActorKind kind = ActorKind::Person;
    QString side;
    int meetingCount = 0; // meetings of the filtered graph the actor took part in
    bool known = true; // false for a participant id that no actor record defines
    bool sideDerived = false; // the actor has no side; `side` is what its title names
};

struct ActorGraphEdge
{
    int source = 0; // node index, source < target
    int target = 0;
    QStringList meetingIds; // in corpus order
    int weight() const { return int(meetingIds.size()); }
};

// The side to show for an actor whose record has none (an official's title that names a state);
// empty for none. The domain has no word lists: the suggester provides one (Suggest::actorSide).
using DerivedSide = std::function<QString(const Actor&)>;

struct ActorGraph
{
    QList<ActorGraphNode> nodes; // actors in corpus order, then unknown participants
    QList<ActorGraphEdge> edges; // in order of first meeting, then participant order
    QStringList meetingIds; // the meetings that passed the filter, in corpus order

    static ActorGraph build(const Corpus& corpus, const ActorGraphFilter& filter = {}, const DerivedSide& derivedSide = {});

    int nodeIndex(QStringView id) const;
    int edgeIndex(int nodeA, int nodeB) const; // either order; -1 when they did not meet
    QList<int> edgesOfMeeting(QStringView meetingId) const;
    QStringList sides() const; // distinct sides of the nodes, sorted, empty side included if present

private:
    QHash<QString, int> m_nodeIndex;
    QHash<quint64, int> m_edgeIndex; // (min << 32 | max) → edge
};

} // namespace Entente
