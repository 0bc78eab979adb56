#include "issuetimeline.h"

#include <algorithm>
#include <array>

namespace Entente {

namespace {

QDate certainFrom(const FuzzyDate& date)
{
    switch (date.precision) {
    case DatePrecision::Day:
        return date.first();
    case DatePrecision::Week:
    case DatePrecision::Month:
    case DatePrecision::Quarter:
    case DatePrecision::Season:
    case DatePrecision::Year:
    case DatePrecision::Decade:
    case DatePrecision::Century:
        return date.last().addDays(1);
    case DatePrecision::Approximate:
        return date.date.addDays(IssueTimeline::approximateDays);
    }
    return date.first();
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

int fittingIntervals(int intervals, int limit)
{
    for (int count = std::min(intervals, limit); count > 1; --count) {
        if (intervals % count == 0)
            return count;
    }
    return 1;
}

IssueTimeline IssueTimeline::build(const Corpus& corpus, const QDate& fallbackToday)
{
    IssueTimeline timeline;
    QDate earliest;
    constexpr std::size_t statusCount = std::size_t(IssueStatus::Resolved) + 1;
    std::array<bool, statusCount> used {};
    for (const Issue& issue : corpus.issues) {
        const int row = int(timeline.rows.size());
        timeline.rows.append({ issue.id, issue.title.isEmpty() ? issue.id : issue.title });
        // The history is in date order when the file is; sort a copy of the indexes to be sure.
        QList<int> order;
        for (int i = 0; i < issue.history.size(); ++i) {
            if (issue.history.at(i).date.isValid())
                order.append(i);
        }
        std::stable_sort(order.begin(), order.end(), [&issue](int a, int b) {
            return issue.history.at(a).date.first() < issue.history.at(b).date.first();
        });
        for (int index : order) {
            const StatusChange& change = issue.history.at(index);
            if (!timeline.segments.isEmpty() && timeline.segments.constLast().row == row)
                timeline.segments.last().to = change.date.first();
            timeline.segments.append(
                { row, index, change.status, change.date.first(), certainFrom(change.date), {} });
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
    const QDate first = earliest.addDays(-marginDays);
    timeline.start = first.addDays(1 - first.dayOfWeek());
    const qint64 days = timeline.start.daysTo(latest.addDays(marginDays));
    const int weeks = std::max(1, int((days + 6) / 7));
    // Steps of whole weeks keep the ticks on Mondays; these steps give few, evenly spread ticks.
    static constexpr std::array<int, 11> stepWeeks { 1, 2, 4, 8, 13, 26, 52, 104, 260, 520, 1040 };
    int step = stepWeeks.back();
    for (int candidate : stepWeeks) {
        if ((weeks + candidate - 1) / candidate <= maximumIntervals) {
            step = candidate;
            break;
        }
    }
    timeline.intervals = (weeks + step - 1) / step;
    timeline.end = timeline.start.addDays(qint64(7) * step * timeline.intervals);

    for (qsizetype i = 0; i < timeline.segments.size(); ++i) {
        Segment& segment = timeline.segments[i];
        const bool lastOfRow
            = i + 1 == timeline.segments.size() || timeline.segments.at(i + 1).row != segment.row;
        if (lastOfRow)
            segment.to = timeline.end; // the current status lasts to the end of the range
        segment.certainFrom
            = std::clamp(segment.certainFrom, segment.from, std::max(segment.from, segment.to));
    }
    return timeline;
}

} // namespace Entente
