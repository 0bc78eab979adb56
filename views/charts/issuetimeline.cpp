#include "issuetimeline.h"

#include <algorithm>
#include <array>

namespace Entente {

namespace {

QDate certainFrom(const FuzzyDate& date)
{
    switch (RangePainter::certaintyOf(date)) {
    case RangePainter::Certainty::Exact:
        return date.first();
    case RangePainter::Certainty::Approximate:
        return date.first().addDays(IssueTimeline::approximateDays);
    case RangePainter::Certainty::Range:
        break;
    }
    return date.last().addDays(1);
}

// The latest day any meeting or status change of the corpus may mean.
QDate latestDate(const Corpus& corpus)
{
    QDate latest;
    const auto consider = [&latest](const FuzzyDate& date) {
        if (date.isValid() && (!latest.isValid() || date.last() > latest))
            latest = date.last();
    };
    for (const Meeting& meeting : corpus.meetings) {
        consider(meeting.start);
        consider(meeting.end);
    }
    for (const Issue& issue : corpus.issues) {
        for (const StatusChange& change : issue.history)
            consider(change.date);
    }
    return latest;
}

} // namespace

IssueTimeline IssueTimeline::build(const Corpus& corpus, const QDate& fallbackToday)
{
    IssueTimeline timeline;
    QDate earliest;
    constexpr std::size_t statusCount = std::size_t(IssueStatus::Resolved) + 1;
    std::array<bool, statusCount> used {};
    QList<int> order;
    for (const Issue& issue : corpus.issues) {
        const int row = int(timeline.rows.size());
        timeline.rows.append({ issue.id, issue.title.isEmpty() ? issue.id : issue.title, int(timeline.segments.size()), 0 });
        // The history is in date order when the file is; sort the indexes to be sure.
        order.clear();
        for (int i = 0; i < issue.history.size(); ++i) {
            if (issue.history.at(i).date.isValid())
                order.append(i);
        }
        std::stable_sort(order.begin(), order.end(), [&issue](int a, int b) {
            return issue.history.at(a).date.first() < issue.history.at(b).date.first();
        });
        for (int index : order) {
            const StatusChange& change = issue.history.at(index);
            if (timeline.rows.last().segmentCount > 0 && timeline.segments.constLast().status != IssueStatus::Resolved)
                timeline.segments.last().to = change.date.first();
            timeline.segments.append({ row, index, change.status, change.date.first(), certainFrom(change.date), {},
                RangePainter::certaintyOf(change.date) });
            ++timeline.rows.last().segmentCount;
            used[std::size_t(change.status)] = true;
            if (!earliest.isValid() || change.date.first() < earliest)
                earliest = change.date.first();
        }
    }
    for (std::size_t i = 0; i < used.size(); ++i) {
        if (used[i])
            timeline.statuses.append(IssueStatus(i));
    }

    QDate latest = latestDate(corpus);
    if (!earliest.isValid())
        earliest = latest.isValid() ? latest : fallbackToday;
    if (!latest.isValid())
        latest = earliest;
    timeline.start = earliest.addDays(-marginDays);
    timeline.end = latest.addDays(marginDays + 1);

    for (qsizetype i = 0; i < timeline.segments.size(); ++i) {
        Segment& segment = timeline.segments[i];
        const bool lastOfRow = i + 1 == timeline.segments.size() || timeline.segments.at(i + 1).row != segment.row;
        const QDate next = lastOfRow ? timeline.end : timeline.segments.at(i + 1).from;
        if (segment.status == IssueStatus::Resolved)
            segment.to = std::min(segment.certainFrom, std::max(segment.from, next)); // the bar ends here
        else if (lastOfRow)
            segment.to = timeline.end; // the current status lasts to the end of the range
        segment.certainFrom = std::clamp(segment.certainFrom, segment.from, std::max(segment.from, segment.to));
    }
    return timeline;
}

int IssueTimeline::firstSegmentEndingAfter(int row, qint64 day) const
{
    const Row& r = rows.at(row);
    const auto begin = segments.cbegin() + r.firstSegment;
    const auto rowEnd = begin + r.segmentCount;
    const auto found = std::partition_point(begin, rowEnd, [day](const Segment& segment) {
        return segment.to.toJulianDay() < day || (segment.to.toJulianDay() == day && segment.to > segment.from);
    });
    return int(found - segments.cbegin());
}

int IssueTimeline::lastSegmentStartingBy(int row, qint64 day) const
{
    const Row& r = rows.at(row);
    const auto begin = segments.cbegin() + r.firstSegment;
    const auto rowEnd = begin + r.segmentCount;
    const auto found
        = std::partition_point(begin, rowEnd, [day](const Segment& segment) { return segment.from.toJulianDay() <= day; });
    return found == begin ? -1 : int(found - segments.cbegin()) - 1;
}

} // namespace Entente
