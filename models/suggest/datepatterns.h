// The shapes of date expressions in news text, found on tokens before they are placed on the
// calendar: "July 13, 2023", "13 July", "Thursday", "last week", "mid-May", "July 16 to 19", "two
// years ago", "the fourth quarter of 2005", "early 2011", "the 1990s", "now", "in the coming
// months". Extents follow TIMEX3: a leading preposition ("on", "in", "from") is not part of the
// expression, modifiers ("early", "around", "the end of") are. datenormalizer.cpp places them.
#pragma once

#include "tokenizer.h"

#include <QList>

namespace Entente::Suggest {

struct DayOfMonth
{
    int year = 0; // 0 = not written
    int month = 0; // 1..12; 0 = the whole year
    int day = 0; // 0 = the whole month
};

struct RawDate
{
    enum Kind {
        Exact, // a day, or a month, maybe without its year: `day`
        Weekday, // "Thursday": `number` = 1..7, `modifier` = -1 last, +1 next, 0 none/this
        RelativeDay, // "tomorrow", "this morning": `number` = offset in days
        Present, // "now", "currently": the article date
        RelativeWeek, // "last week": offset in weeks
        RelativeMonth, // "next month": offset in months
        RelativeYear, // "last year": offset in years
        MonthOfYear, // "last May": day.month, `modifier` -1 last, 0 this, +1 next
        AgoDays, // "two days ago": `number` = 2
        AgoWeeks,
        AgoMonths,
        AgoYears,
        AgoDecades,
        Year, // "2019", "early 2011": `day.year`
        Season, // "the spring of 2022": day.month = first month, day.year maybe 0; modifier as Weekday
        Quarter, // "the third quarter of 2009": `number` 1..4, day.year maybe 0; modifier -1/0/+1 of the year
        Decade, // "the 1990s": day.year = 1990
        Century, // "the 19th century": day.year = 1800
        Vague, // "in the coming months": `number` = offset in days of an approximate day
        SameDay, // "the same day", "ended the day": the day told before (normalizeDates() places it)
    };
    Kind kind = Exact;
    int first = 0; // tokens [first, end)
    int end = 0;
    DayOfMonth day;
    DayOfMonth rangeEnd; // month == 0: not a range
    int number = 0;
    int modifier = 0;
    bool around = false; // "around July 13": the day is approximate
    bool partOfPeriod = false; // "early 2011", "late April": a part of the period, given as the period
    QString reason;
};

// Date expressions of tokens [first, end) (one sentence), in text order, not overlapping.
QList<RawDate> findRawDates(const TokenizedText& text, int first, int end);

} // namespace Entente::Suggest
