// Where each meeting goes in a month grid of six weeks: pure date arithmetic, no painting, so it is
// testable without pixels and cheap for large corpora (only meetings overlapping the grid are laid out).
#pragma once

#include "types.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <utility>

namespace Entente {

// One horizontal piece of a meeting in one week row; a meeting crossing a week boundary has one
// segment per row it touches.
struct CalendarSegment
{
    QString meetingId;
    int meetingIndex = -1; // index in the list given to CalendarLayout::build()
    int row = 0; // week row, 0 to 5
    int firstColumn = 0; // 0 to 6, counted from the locale's first day of the week
    int lastColumn = 0;
    int lane = 0; // vertical slot in the row: segments of one lane never share a day
    DatePrecision precision = DatePrecision::Day; // the vaguest of the meeting's two ends
    bool continuesBefore = false; // the meeting began in an earlier row (or before the grid)
    bool continuesAfter = false; // the meeting goes on in a later row (or after the grid)
};

// A meeting known only to the month: drawn as a band in the strip above the grid, not on a day.
struct CalendarBand
{
    QString meetingId;
    int meetingIndex = -1;
    int lane = 0;
};

class CalendarLayout
{
public:
    static constexpr int rowCount = 6;
    static constexpr int columnCount = 7;

    static CalendarLayout build(const QList<Meeting>& meetings, int year, int month, Qt::DayOfWeek firstDay);

    QDate month() const { return m_month; } // the first day of the month shown
    QDate firstDay() const { return m_firstDay; } // the first day of the grid (top-left cell)
    QDate lastDay() const { return m_firstDay.addDays(rowCount * columnCount - 1); }
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }
    QDate date(int row, int column) const { return m_firstDay.addDays(row * columnCount + column); }
    int rowOf(const QDate& date) const; // -1 outside the grid
    int columnOf(const QDate& date) const; // -1 outside the grid

    const QList<CalendarSegment>& segments() const { return m_segments; } // by row, then lane
    const QList<CalendarBand>& bands() const { return m_bands; }
    int laneCount(int row) const { return row >= 0 && row < rowCount ? m_laneCounts[row] : 0; }
    // Indexes of every meeting laid out (grid and strip), in date order: the agenda of the view.
    const QList<int>& meetingIndexes() const { return m_meetingIndexes; }
    // The first segment of a meeting, or -1; the band of a month-precision meeting, or -1.
    int segmentIndex(const QString& meetingId) const { return m_firstSegment.value(meetingId, -1); }
    int bandIndex(const QString& meetingId) const { return m_band.value(meetingId, -1); }

    // Every day a meeting may mean: from the first day of its start to the last day of its end.
    // Invalid dates when the meeting has no valid start.
    static std::pair<QDate, QDate> daySpan(const Meeting& meeting);
    // How the meeting is drawn: Month above Week above Approximate above Day.
    static DatePrecision vaguestPrecision(const Meeting& meeting);
    // The first day of the month in which most meetings begin (the earliest on a tie); invalid
    // when no meeting has a date.
    static QDate busiestMonth(const QList<Meeting>& meetings);

private:
    QDate m_month;
    QDate m_firstDay;
    Qt::DayOfWeek m_firstDayOfWeek = Qt::Monday;
    QList<CalendarSegment> m_segments;
    QList<CalendarBand> m_bands;
    QList<int> m_meetingIndexes;
    QHash<QString, int> m_firstSegment;
    QHash<QString, int> m_band;
    int m_laneCounts[rowCount] = {};
};

} // namespace Entente
