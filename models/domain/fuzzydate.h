// A date as precise as the article makes it: a day, an ISO week, a month, a quarter, a season, a
// year, a decade, a century, or an approximate day ("around"). The text forms follow TIMEX3 values
// (the temporal-annotation standard), so that dates compare with and export to temporal corpora.
#pragma once

#include <QDate>
#include <QString>

namespace Entente {

// Values are stored as ints by the models: new precisions go at the end.
enum class DatePrecision { Day, Week, Month, Approximate, Year, Quarter, Season, Decade, Century };

struct FuzzyDate
{
    // The day; the Monday of a week; the first day of a month, quarter, season, year, decade or
    // century (winter: 1 December); the central day when approximate.
    QDate date;
    DatePrecision precision = DatePrecision::Day;

    bool isValid() const { return date.isValid(); }
    QDate first() const; // first day the date may mean
    QDate last() const; // last day the date may mean

    // Text forms: 2023-07-13, 2023-W28, 2023-07, 2023-Q3, 2023-SU (SP, SU, FA, WI), 2023, 202X (the
    // 2020s), 20XX (2000-2099), ~2023-07-13. Returns an invalid date on bad input.
    static FuzzyDate parse(QStringView text);
    QString toString() const;
    // The TIMEX3 `value`: as toString(), but decades and centuries as "202" and "20", and an
    // approximate day as the day (TIMEX3 says "around" with mod="APPROX").
    QString toTimex() const;

    // The date of `precision` that contains `day` ("the quarter of 2023-08-14" is 2023-Q3).
    static FuzzyDate containing(QDate day, DatePrecision precision);

    friend bool operator==(const FuzzyDate&, const FuzzyDate&) = default;
};

QString toString(DatePrecision precision);
// Whether a date of this precision spans whole months or more (month, quarter, season, year, ...):
// views that lay out days show such dates apart from the days.
bool spansMonths(DatePrecision precision);

} // namespace Entente
