// The lanes of the timeline, computed from the corpus without any widget: one lane per actor pair,
// per side pair or per issue (the analyst picks), each holding its meetings sorted by first day, so
// that the days in view are found by binary search. A meeting of three actors is in the lanes of its
// three pairs. Lanes with the most meetings come first.
#pragma once

#include "corpus.h"
#include "rangepainter.h"

#include <QHash>

namespace Entente {

enum class LaneKind { ActorPairs, SidePairs, Issues };

struct TimelineItem
{
    qint64 first = 0; // Julian day of the first day the meeting may mean
    qint64 last = 0; // ... and of the last (included)
    int meeting = -1; // index in Corpus::meetings
    MeetingStatus status = MeetingStatus::Planned;
    RangePainter::Certainty certainty = RangePainter::Certainty::Exact;
};

struct TimelineLane
{
    QString key; // "blinken|wang-yi", "China|USA", "trade"
    QString label; // "Antony Blinken – Wang Yi"
    QList<TimelineItem> items; // by first day, then corpus order
    qint64 longest = 0; // the most days any item spans, less one: how far back a visible item may start
};

class TimelineLanes
{
public:
    static TimelineLanes build(const Corpus& corpus, LaneKind kind);
    // The keys of the lanes a meeting goes in.
    static QStringList laneKeys(const Meeting& meeting, const Corpus& corpus, LaneKind kind);
    static QString kindName(LaneKind kind); // "actor pairs"

    LaneKind kind() const { return m_kind; }
    const QList<TimelineLane>& lanes() const { return m_lanes; }
    int laneIndex(const QString& key) const { return m_laneIndex.value(key, -1); }
    // The lanes a meeting of the corpus is in.
    QList<int> lanesOf(const Meeting& meeting, const Corpus& corpus) const;
    // Items of lane that may overlap [fromDay, toDay): [begin, end) by index; some at the start may
    // end before fromDay (callers check), none after end starts before toDay.
    std::pair<int, int> candidates(int lane, double fromDay, double toDay) const;
    bool isEmpty() const { return m_lanes.isEmpty(); }
    qint64 firstDay() const { return m_first; }
    qint64 lastDay() const { return m_last; }
    int placedMeetings() const { return m_placed; } // dated meetings, each counted once
    QList<MeetingStatus> statuses() const; // used by some item, in enum order
    bool hasCertainty(RangePainter::Certainty certainty) const { return m_certainties & (1u << int(certainty)); }

private:
    LaneKind m_kind = LaneKind::ActorPairs;
    QList<TimelineLane> m_lanes;
    QHash<QString, int> m_laneIndex;
    qint64 m_first = 0;
    qint64 m_last = 0;
    int m_placed = 0;
    unsigned m_statuses = 0;
    unsigned m_certainties = 0;
};

} // namespace Entente
