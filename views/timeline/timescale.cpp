#include "timescale.h"

#include "labels.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>
#include <array>
#include <cmath>

namespace Entente {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::TimeScale)
};

// Dates of the format: years 1 to 9999.
const double earliestDay = TimeScale::dayOf(QDate(1, 1, 1));
const double latestDay = TimeScale::dayOf(QDate(9999, 12, 31)) + 1;
constexpr double labelGap = 10;

struct Candidate
{
    TimeUnit unit;
    int step;
    double days; // nominal length of one step
};

constexpr std::array<Candidate, 15> candidates { {
    { TimeUnit::Day, 1, 1 },
    { TimeUnit::Week, 1, 7 },
    { TimeUnit::Month, 1, 30.44 },
    { TimeUnit::Quarter, 1, 91.31 },
    { TimeUnit::Year, 1, 365.25 },
    { TimeUnit::Year, 2, 365.25 * 2 },
    { TimeUnit::Year, 5, 365.25 * 5 },
    { TimeUnit::Year, 10, 365.25 * 10 },
    { TimeUnit::Year, 20, 365.25 * 20 },
    { TimeUnit::Year, 50, 365.25 * 50 },
    { TimeUnit::Year, 100, 365.25 * 100 },
    { TimeUnit::Year, 200, 365.25 * 200 },
    { TimeUnit::Year, 500, 365.25 * 500 },
    { TimeUnit::Year, 1000, 365.25 * 1000 },
    { TimeUnit::Year, 2000, 365.25 * 2000 },
} };

QLocale plainNumbers(QLocale locale)
{
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // "2023", never "2,023"
    return locale;
}

QString quarterLabel(int quarter)
{
    return Text::tr("Q%1", "a quarter of a year on a time axis: Q3").arg(quarter);
}

QString tickLabel(const QDate& date, TimeUnit unit, const QLocale& locale)
{
    switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Week:
        return plainNumbers(locale).toString(date.day());
    case TimeUnit::Month:
        return locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
    case TimeUnit::Quarter:
        return quarterLabel((date.month() - 1) / 3 + 1);
    case TimeUnit::Year:
        break;
    }
    return plainNumbers(locale).toString(date.year());
}

double widestLabel(TimeUnit unit, const QFontMetricsF& metrics, const QLocale& locale)
{
    double widest = 0;
    switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Week:
        return metrics.horizontalAdvance(plainNumbers(locale).toString(28));
    case TimeUnit::Month:
        for (int month = 1; month <= 12; ++month)
            widest = std::max(widest, metrics.horizontalAdvance(locale.standaloneMonthName(month, QLocale::ShortFormat)));
        return widest;
    case TimeUnit::Quarter:
        return metrics.horizontalAdvance(quarterLabel(4));
    case TimeUnit::Year:
        break;
    }
    return metrics.horizontalAdvance(plainNumbers(locale).toString(8888));
}

// The first tick date at or after day.
QDate firstTick(double day, TimeUnit unit, int step)
{
    const QDate date = TimeScale::dateOf(std::ceil(day));
    switch (unit) {
    case TimeUnit::Day:
        return date;
    case TimeUnit::Week:
        return date.addDays((8 - date.dayOfWeek()) % 7);
    case TimeUnit::Month:
    case TimeUnit::Quarter: {
        QDate month(date.year(), date.month(), 1);
        if (month < date)
            month = month.addMonths(1);
        while (unit == TimeUnit::Quarter && (month.month() - 1) % 3 != 0)
            month = month.addMonths(1);
        return month;
    }
    case TimeUnit::Year:
        break;
    }
    int year = date.year() + (date.month() == 1 && date.day() == 1 ? 0 : 1);
    year = int(std::ceil(double(year) / step)) * step;
    if (year == 0) // there is no year 0
        year = step;
    return QDate(year, 1, 1);
}

QDate nextTick(const QDate& date, TimeUnit unit, int step)
{
    switch (unit) {
    case TimeUnit::Day:
        return date.addDays(1);
    case TimeUnit::Week:
        return date.addDays(7);
    case TimeUnit::Month:
        return date.addMonths(1);
    case TimeUnit::Quarter:
        return date.addMonths(3);
    case TimeUnit::Year:
        break;
    }
    const int year = date.year() + step;
    return QDate(year == 0 ? step : year, 1, 1);
}

} // namespace

TimeScale::TimeScale(double fromDay, double toDay, double left, double width)
    : m_left(left)
    , m_width(width)
{
    setDays(fromDay, toDay);
}

QDate TimeScale::dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)));
}

void TimeScale::setPixels(double left, double width)
{
    m_left = left;
    m_width = width;
}

void TimeScale::setDays(double fromDay, double toDay)
{
    double span = std::clamp(toDay - fromDay, minimumDays, maximumDays);
    span = std::min(span, latestDay - earliestDay);
    const double middle = (fromDay + toDay) / 2;
    m_from = std::clamp(middle - span / 2, earliestDay, latestDay - span);
    m_to = m_from + span;
}

void TimeScale::zoom(double factor, double anchorX)
{
    if (!isValid() || factor <= 0)
        return;
    const double anchor = day(anchorX);
    const double span = std::clamp(days() / factor, minimumDays, maximumDays);
    const double share = (anchorX - m_left) / m_width;
    setDays(anchor - share * span, anchor - share * span + span);
    // Near the limits setDays() recentres; keep the anchor still when the span allows it.
    const double shift = anchor - day(anchorX);
    if (shift != 0 && m_from + shift >= earliestDay && m_to + shift <= latestDay) {
        m_from += shift;
        m_to += shift;
    }
}

void TimeScale::pan(double pixels)
{
    if (!isValid())
        return;
    const double shift = -pixels / pixelsPerDay();
    const double span = days();
    m_from = std::clamp(m_from + shift, earliestDay, latestDay - span);
    m_to = m_from + span;
}

QString TimeTicks::unitName() const
{
    switch (unit) {
    case TimeUnit::Day:
        return Text::tr("day");
    case TimeUnit::Week:
        return Text::tr("week");
    case TimeUnit::Month:
        return Text::tr("month");
    case TimeUnit::Quarter:
        return Text::tr("quarter");
    case TimeUnit::Year:
        break;
    }
    return Text::tr("%n year(s)", "steps of a time axis", step);
}

TimeTicks TimeTicks::compute(const TimeScale& scale, const QFontMetricsF& metrics, const QLocale& locale)
{
    TimeTicks result;
    if (!scale.isValid())
        return result;
    const Candidate* chosen = &candidates.back();
    for (const Candidate& candidate : candidates) {
        if (candidate.days * scale.pixelsPerDay() >= widestLabel(candidate.unit, metrics, locale) + labelGap) {
            chosen = &candidate;
            break;
        }
    }
    result.unit = chosen->unit;
    result.step = chosen->step;
    for (QDate date = firstTick(scale.from(), result.unit, result.step);
         date.isValid() && TimeScale::dayOf(date) < scale.to(); date = nextTick(date, result.unit, result.step))
        result.ticks.append({ date, scale.x(TimeScale::dayOf(date)), tickLabel(date, result.unit, locale) });

    // Days and weeks are named by their month, months and quarters by their year, years by their
    // decade or century ("2010–2019"); millennia need no context.
    const int contextYears = result.unit != TimeUnit::Year ? 0 : result.step < 10 ? 10 : result.step < 100 ? 100 : -1;
    if (contextYears < 0)
        return result;
    const bool months = result.unit == TimeUnit::Day || result.unit == TimeUnit::Week;
    const QLocale numbers = plainNumbers(locale);
    const auto contextStart = [&](const QDate& day) {
        if (months)
            return QDate(day.year(), day.month(), 1);
        const int span = std::max(1, contextYears);
        return contextYears == 0 ? QDate(day.year(), 1, 1) : QDate(std::max(1, day.year() / span * span), 1, 1);
    };
    const auto nextContext = [&](const QDate& start) {
        if (months)
            return start.addMonths(1);
        return contextYears == 0 ? start.addYears(1) : QDate((start.year() / contextYears + 1) * contextYears, 1, 1);
    };
    const auto contextLabel = [&](const QDate& start) {
        if (months)
            return Labels::fuzzyDate({ start, DatePrecision::Month }, locale);
        if (contextYears == 0)
            return numbers.toString(start.year());
        return Text::tr("%1–%2", "a decade or a century on a time axis: 2010–2019")
            .arg(numbers.toString(start.year()), numbers.toString(nextContext(start).year() - 1));
    };
    for (QDate start = contextStart(TimeScale::dateOf(scale.from())); start.isValid() && TimeScale::dayOf(start) < scale.to();
         start = nextContext(start)) {
        result.context.append({ start, std::max(scale.left(), scale.x(TimeScale::dayOf(start))), contextLabel(start) });
    }
    // The label of the period already under way moves left out of the way of the next one.
    if (result.context.size() > 1) {
        TimeTick& pinned = result.context.first();
        const double room = result.context.at(1).x - labelGap - metrics.horizontalAdvance(pinned.label);
        pinned.x = std::min(pinned.x, room);
    }
    return result;
}

QString spanLabel(double fromDay, double toDay, const QLocale& locale)
{
    const QDate first = TimeScale::dateOf(fromDay);
    const QDate last = TimeScale::dateOf(std::max(fromDay, toDay - 1));
    if (first.daysTo(last) > 3 * 366) {
        const QLocale numbers = plainNumbers(locale);
        return Text::tr("%1 – %2", "a span of years").arg(numbers.toString(first.year()), numbers.toString(last.year()));
    }
    return Labels::dateRange({ first, DatePrecision::Day }, { last, DatePrecision::Day }, locale);
}

} // namespace Entente
