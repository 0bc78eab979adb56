#include "calendaryeardata.h"

#include "calendarlayout.h"

#include <algorithm>

namespace Entente {

namespace {

constexpr qint64 monthsListedPerMeeting = 24;

bool knownToTheDay(const Meeting& meeting)
{
    const auto exact = [](const FuzzyDate& date) { return !date.isValid() || date.first() == date.last(); };
    return exact(meeting.start) && exact(meeting.end);
}

} // namespace

qint64 monthKey(const QDate& date)
{
    return qint64(date.year()) * 12 + date.month() - 1;
}

QDate monthOfKey(qint64 key)
{
    // Floor division keeps years before 1 CE right.
    const qint64 year = key >= 0 ? key / 12 : (key - 11) / 12;
    return QDate(int(year), int(key - year * 12) + 1, 1);
}

CalendarYearData CalendarYearData::build(const QList<Meeting>& meetings, const QDate& firstMonth, int monthCount)
{
    CalendarYearData data;
    data.firstMonth = QDate(firstMonth.year(), firstMonth.month(), 1);
    data.monthCount = std::max(0, monthCount);
    data.monthCounts.fill(0, data.monthCount);
    const QDate last = data.lastDay();
    data.dayCounts.fill(0, data.firstMonth.daysTo(last) + 1);
    const qint64 firstKey = monthKey(data.firstMonth);
    for (const Meeting& meeting : meetings) {
        const auto [from, to] = CalendarLayout::daySpan(meeting);
        if (!from.isValid() || to < data.firstMonth || from > last)
            continue;
        data.meetingIds.insert(meeting.id);
        const QDate shownFrom = std::max(from, data.firstMonth);
        const QDate shownTo = std::min(to, last);
        for (qint64 key = monthKey(shownFrom); key <= monthKey(shownTo); ++key)
            ++data.monthCounts[key - firstKey];
        if (!knownToTheDay(meeting))
            continue;
        for (qint64 day = data.firstMonth.daysTo(shownFrom); day <= data.firstMonth.daysTo(shownTo); ++day)
            data.maximumDayCount = std::max(data.maximumDayCount, ++data.dayCounts[day]);
    }
    return data;
}

int CalendarYearData::dayCount(const QDate& date) const
{
    const qint64 index = firstMonth.daysTo(date);
    return index >= 0 && index < dayCounts.size() ? dayCounts.at(index) : 0;
}

QList<qint64> monthsWithMeetings(const QList<Meeting>& meetings)
{
    QList<qint64> keys;
    keys.reserve(meetings.size());
    for (const Meeting& meeting : meetings) {
        const auto [from, to] = CalendarLayout::daySpan(meeting);
        if (!from.isValid())
            continue;
        const qint64 first = monthKey(from);
        const qint64 last = monthKey(to);
        if (last - first >= monthsListedPerMeeting) {
            keys.append(first);
            keys.append(last);
            continue;
        }
        for (qint64 key = first; key <= last; ++key)
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace Entente
