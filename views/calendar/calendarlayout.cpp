#include "calendarlayout.h"

#include <algorithm>

namespace Entente {

namespace {

int vagueness(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return 0;
    case DatePrecision::Approximate:
        return 1;
    case DatePrecision::Week:
        return 2;
    case DatePrecision::Month:
        return 3;
    case DatePrecision::Quarter:
    case DatePrecision::Season:
        return 4;
    case DatePrecision::Year:
        return 5;
    case DatePrecision::Decade:
        return 6;
    case DatePrecision::Century:
        return 7;
    }
    return 0;
}

struct Visible
{
    int index = -1;
    QDate first;
    QDate last;
    DatePrecision precision = DatePrecision::Day;
};

// The lane of a row whose days are all free for the columns in mask, taking it.
int takeLane(QList<quint8>& lanes, quint8 mask)
{
    for (int lane = 0; lane < lanes.size(); ++lane) {
        if ((lanes[lane] & mask) == 0) {
            lanes[lane] |= mask;
            return lane;
        }
    }
    lanes.append(mask);
    return int(lanes.size()) - 1;
}

} // namespace

int CalendarLayout::rowOf(const QDate& date) const
{
    const qint64 offset = m_firstDay.daysTo(date);
    return date.isValid() && offset >= 0 && offset < rowCount * columnCount ? int(offset / columnCount) : -1;
}

int CalendarLayout::columnOf(const QDate& date) const
{
    const qint64 offset = m_firstDay.daysTo(date);
    return date.isValid() && offset >= 0 && offset < rowCount * columnCount ? int(offset % columnCount) : -1;
}

std::pair<QDate, QDate> CalendarLayout::daySpan(const Meeting& meeting)
{
    if (!meeting.start.isValid())
        return {};
    const QDate first = meeting.start.first();
    const QDate last
        = meeting.end.isValid() ? std::max(meeting.end.last(), meeting.start.last()) : meeting.start.last();
    return { first, last };
}

DatePrecision CalendarLayout::vaguestPrecision(const Meeting& meeting)
{
    if (meeting.end.isValid() && vagueness(meeting.end.precision) > vagueness(meeting.start.precision))
        return meeting.end.precision;
    return meeting.start.precision;
}

QDate CalendarLayout::busiestMonth(const QList<Meeting>& meetings)
{
    QHash<int, int> counts; // months since year 0 -> meetings beginning in it
    int best = 0;
    int bestCount = 0;
    for (const Meeting& meeting : meetings) {
        const QDate first = daySpan(meeting).first;
        if (!first.isValid())
            continue;
        const int key = first.year() * 12 + first.month() - 1;
        const int count = ++counts[key];
        if (count > bestCount || (count == bestCount && key < best)) {
            best = key;
            bestCount = count;
        }
    }
    if (bestCount == 0)
        return {};
    // Floor division keeps years before 1 CE correct.
    const int year = best >= 0 ? best / 12 : (best - 11) / 12;
    return QDate(year, best - year * 12 + 1, 1);
}

CalendarLayout CalendarLayout::build(const QList<Meeting>& meetings, int year, int month,
                                     Qt::DayOfWeek firstDay)
{
    CalendarLayout layout;
    layout.m_month = QDate(year, month, 1);
    layout.m_firstDayOfWeek = firstDay;
    if (!layout.m_month.isValid())
        return layout;
    layout.m_firstDay = layout.m_month.addDays(-((layout.m_month.dayOfWeek() - int(firstDay) + 7) % 7));
    const QDate gridFirst = layout.firstDay();
    const QDate gridLast = layout.lastDay();
    const QDate monthLast = layout.m_month.addDays(layout.m_month.daysInMonth() - 1);

    // One linear pass picks the few meetings that can show; only those are sorted.
    QList<Visible> visible;
    for (int index = 0; index < meetings.size(); ++index) {
        const auto [first, last] = daySpan(meetings[index]);
        if (!first.isValid())
            continue;
        const DatePrecision precision = vaguestPrecision(meetings[index]);
        const bool monthOnly = spansMonths(precision); // a year or a quarter shows in each month's band
        const QDate from = monthOnly ? layout.m_month : gridFirst;
        const QDate to = monthOnly ? monthLast : gridLast;
        if (last >= from && first <= to)
            visible.append({ index, first, last, precision });
    }
    // Earlier first; on the same day the longer one first, so long bars keep the upper lanes.
    std::sort(visible.begin(), visible.end(), [&meetings](const Visible& a, const Visible& b) {
        if (a.first != b.first)
            return a.first < b.first;
        if (a.last != b.last)
            return a.last > b.last;
        return meetings[a.index].id < meetings[b.index].id;
    });

    QList<quint8> lanes[rowCount]; // per row and lane: a bit for each column already taken
    for (const Visible& meeting : visible) {
        layout.m_meetingIndexes.append(meeting.index);
        const QString& id = meetings[meeting.index].id;
        if (spansMonths(meeting.precision)) {
            layout.m_band.insert(id, int(layout.m_bands.size()));
            layout.m_bands.append({ id, meeting.index, int(layout.m_bands.size()) });
            continue;
        }
        const int startOffset = int(gridFirst.daysTo(std::max(meeting.first, gridFirst)));
        const int endOffset = int(gridFirst.daysTo(std::min(meeting.last, gridLast)));
        const int startRow = startOffset / columnCount;
        const int endRow = endOffset / columnCount;
        for (int row = startRow; row <= endRow; ++row) {
            CalendarSegment segment;
            segment.meetingId = id;
            segment.meetingIndex = meeting.index;
            segment.row = row;
            segment.firstColumn = row == startRow ? startOffset % columnCount : 0;
            segment.lastColumn = row == endRow ? endOffset % columnCount : columnCount - 1;
            const auto mask
                = quint8(((1u << (segment.lastColumn + 1)) - 1) & ~((1u << segment.firstColumn) - 1));
            segment.lane = takeLane(lanes[row], mask);
            segment.precision = meeting.precision;
            segment.continuesBefore = row > startRow || meeting.first < gridFirst;
            segment.continuesAfter = row < endRow || meeting.last > gridLast;
            layout.m_segments.append(segment);
        }
    }
    for (int row = 0; row < rowCount; ++row)
        layout.m_laneCounts[row] = int(lanes[row].size());
    std::stable_sort(layout.m_segments.begin(), layout.m_segments.end(),
                     [](const CalendarSegment& a, const CalendarSegment& b) {
                         return a.row != b.row ? a.row < b.row : a.lane < b.lane;
                     });
    // Backwards, so that the segment left in the hash is each meeting's first (its top row).
    for (auto index = layout.m_segments.size() - 1; index >= 0; --index)
        layout.m_firstSegment.insert(layout.m_segments[index].meetingId, int(index));
    return layout;
}

} // namespace Entente
