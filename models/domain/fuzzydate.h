// A date as precise as the article makes it: a day, an ISO week, a month, or an approximate day.
#pragma once

#include <QDate>
#include <QString>

namespace Entente {

enum class DatePrecision { Day, Week, Month, Approximate };

struct FuzzyDate
{
    QDate date; // the day; the Monday of a week; the first of a month; the central day when approximate
    DatePrecision precision = DatePrecision::Day;

    bool isValid() const { return date.isValid(); }
    QDate first() const; // first day the date may mean
    QDate last() const; // last day the date may mean

    // Text forms: 2023-07-13, 2023-W28, 2023-07, ~2023-07-13. Returns an invalid date on bad input.
    static FuzzyDate parse(QStringView text);
    QString toString() const;

    friend bool operator==(const FuzzyDate&, const FuzzyDate&) = default;
};

QString toString(DatePrecision precision);

} // namespace Entente
