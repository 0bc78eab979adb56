// What the calendar's year view shows, computed from the meetings without any widget: how many meetings
// each month of a range of months has (any precision) and how many each day has (meetings known to the
// day or approximately; vaguer ones count for their months only). One pass over the meetings.
#pragma once

#include "types.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace Entente {

struct CalendarYearData
{
    QDate firstMonth; // the first day of the first month shown
    int monthCount = 0;
    QList<int> monthCounts; // meetings overlapping each month
    QList<int> dayCounts; // by day from firstMonth
    int maximumDayCount = 0;
    QSet<QString> meetingIds; // every meeting counted

    static CalendarYearData build(const QList<Meeting>& meetings, const QDate& firstMonth, int monthCount);
    QDate month(int index) const { return firstMonth.addMonths(index); }
    QDate lastDay() const { return firstMonth.addMonths(monthCount).addDays(-1); }
    int dayCount(const QDate& date) const;
    int total() const { return int(meetingIds.size()); }
};

// Months with a meeting, as sorted keys year * 12 + month - 1, for "previous/next month with
// meetings". A meeting counts in every month it overlaps (its first and last only beyond two years).
QList<qint64> monthsWithMeetings(const QList<Meeting>& meetings);
qint64 monthKey(const QDate& date);
QDate monthOfKey(qint64 key);

} // namespace Entente
