// The shapes of date expressions in news text, found on tokens before they are placed on the
// calendar: "July 13, 2023", "13 July", "on Thursday", "last week", "mid-May", "from July 16 to 19",
// "two years ago", "in the coming months". datenormalizer.cpp turns them into dates.
#pragma once

#include "tokenizer.h"

#include <QList>

namespace Entente::Suggest {

struct DayOfMonth
{
    int year = 0; // 0 = not written
    int month = 0; // 1..12
    int day = 0; // 0 = the whole month
};

struct RawDate
{
    enum Kind {
        Exact, // a day, or a month, maybe without its year: `day`
        Part, // "mid-May": an approximate day in a month: `day` (day = the part's day)
        Weekday, // "on Thursday": `number` = 1..7, `modifier` = -1 last, +1 next, 0 none/this
        RelativeDay, // "tomorrow": `number` = offset in days
        RelativeWeek, // "last week": offset in weeks
        RelativeMonth, // "next month": offset in months
        RelativeYear, // "last year": offset in years
        AgoDays, // "two days ago": `number` = 2
        AgoWeeks,
        AgoMonths,
        AgoYears,
        Year, // "in 2019": `day.year`
        Season, // "the spring of 2022": day.month = middle month, day.year maybe 0; modifier as Weekday
        Vague, // "in the coming months": `number` = offset in days of an approximate day
    };
    Kind kind = Exact;
    int first = 0; // tokens [first, end)
    int end = 0;
    DayOfMonth day;
    DayOfMonth rangeEnd; // month == 0: not a range
    int number = 0;
    int modifier = 0;
    QString reason;
};

// Date expressions of tokens [first, end) (one sentence), in text order, not overlapping.
QList<RawDate> findRawDates(const TokenizedText& text, int first, int end);

} // namespace Entente::Suggest
