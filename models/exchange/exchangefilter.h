// Which records an export carries: the meetings a filter shows (dates, sides, statuses, with the same
// rules as the actor network), and the actors, issues and status changes that go with them.
#pragma once

#include "actorgraph.h"

namespace Entente::Exchange {

struct Filter
{
    QDate from; // invalid: no lower bound
    QDate to; // invalid: no upper bound
    QStringList sides; // meetings with at least one participant of these sides
    QList<MeetingStatus> statuses;

    bool isEmpty() const;
    bool hasDates() const { return from.isValid() || to.isValid(); }
    // Whether a date's days meet [from, to]; an undated change passes only without a date range.
    bool acceptsDate(const FuzzyDate& date) const;
    // The network view's filter for the same meetings; isolated actors only when nothing is filtered.
    ActorGraphFilter graphFilter() const;
    static Filter fromGraphFilter(const ActorGraphFilter& filter);
    friend bool operator==(const Filter&, const Filter&) = default;
};

// A status change: the issue's index in the corpus and the change's index in its history.
struct StatusRef
{
    int issue = 0;
    int change = 0;
    friend bool operator==(const StatusRef&, const StatusRef&) = default;
};

// Indexes into the corpus's lists, in corpus order.
struct Selection
{
    QList<int> actors; // all actors without a filter; else the participants and the chosen sides
    QList<int> meetings;
    QList<int> issues; // all without a date range; else those changed in it or discussed
    QList<StatusRef> statuses; // the issues' changes in the date range

    static Selection of(const Corpus& corpus, const Filter& filter);
    // Whether a meeting passes: dates and status as the network filters them, and the sides.
    static bool acceptsMeeting(const Corpus& corpus, const Meeting& meeting, const Filter& filter);
};

} // namespace Entente::Exchange
