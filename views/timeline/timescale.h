// A horizontal time axis: which days a strip of pixels shows, zoom and pan between days and
// millennia, and the ticks whose labels fit the span shown. Days are Julian day numbers; day d covers
// [d, d + 1), so a one-day meeting is as wide as a day.
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

class QFontMetricsF;

namespace Entente {

class TimeScale
{
public:
    // The shortest and longest spans one may zoom to.
    static constexpr double minimumDays = 3;
    static constexpr double maximumDays = 366.0 * 12000;

    TimeScale() = default;
    // Shows [fromDay, toDay) in [left, left + width).
    TimeScale(double fromDay, double toDay, double left, double width);

    double from() const { return m_from; }
    double to() const { return m_to; }
    double days() const { return m_to - m_from; }
    double left() const { return m_left; }
    double width() const { return m_width; }
    double pixelsPerDay() const { return m_width / days(); }
    double x(double day) const { return m_left + (day - m_from) * pixelsPerDay(); }
    double day(double x) const { return m_from + (x - m_left) / pixelsPerDay(); }
    bool isValid() const { return m_width > 0 && m_to > m_from; }

    // The same days in another strip of pixels.
    void setPixels(double left, double width);
    // Shows [fromDay, toDay), within the zoom limits.
    void setDays(double fromDay, double toDay);
    // Zooms by factor (> 1 zooms in) keeping the day under pixel x where it is.
    void zoom(double factor, double anchorX);
    void pan(double pixels);

    static double dayOf(const QDate& date) { return double(date.toJulianDay()); }
    static QDate dateOf(double day);

    friend bool operator==(const TimeScale&, const TimeScale&) = default;

private:
    double m_from = 0;
    double m_to = 1;
    double m_left = 0;
    double m_width = 0;
};

// Units of time axis ticks, finest first.
enum class TimeUnit { Day, Week, Month, Quarter, Year };

struct TimeTick
{
    QDate date;
    double x = 0;
    QString label;
};

// Two rows of labels: the ticks (days, months, years...) and, above them, what they belong to
// (the month of days, the year of months). Context labels are at the start of their period; the
// first one is moved to the left edge when its period began earlier, so the span is always named.
struct TimeTicks
{
    TimeUnit unit = TimeUnit::Year;
    int step = 1; // ticks every step units (years: 1, 2, 5, 10, ... as the span needs)
    QList<TimeTick> ticks;
    QList<TimeTick> context; // empty when the unit is years
    // The name of the unit and step for captions and tooltips: "month", "5 years".
    QString unitName() const;

    // The finest ticks whose labels do not overlap on the scale.
    static TimeTicks compute(const TimeScale& scale, const QFontMetricsF& metrics, const QLocale& locale);
};

// "3 July 2023 – 9 September 2024" for a span of days (to exclusive); only the years when long.
QString spanLabel(double fromDay, double toDay, const QLocale& locale);

} // namespace Entente
