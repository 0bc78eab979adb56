// The calendar's year view as a picture: small months side by side, each titled with its number of
// meetings, its days shaded by how many meetings they have, and a legend of the shades. The widget and
// the export share the geometry and the paint function, so clicks land where the months are drawn.
#pragma once

#include "calendargeometry.h"
#include "calendaryeardata.h"

#include <QLocale>
#include <QPalette>

class QPainter;

namespace Entente {

struct CalendarYearScene
{
    const CalendarYearData* data = nullptr;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    QDate today;
    QLocale locale;
    QPalette palette;
    CalendarFonts fonts;
};

class CalendarYearGeometry
{
public:
    // cell: the side of a day's square, or 0 to fit the months into area's height.
    static CalendarYearGeometry compute(const CalendarYearScene& scene, const QRectF& area, qreal cell = 0);

    QRectF titleRect;
    QList<QRectF> monthRects; // a month's title, weekday names and six rows of days
    QRectF legendRect;
    qreal cell = 0;
    qreal monthTitleHeight = 0;
    int columns = 4;

    // The square of a day of month index (row 0 to 5, column 0 to 6 from the first day of the week).
    QRectF dayRect(int month, int row, int column) const;
    int monthAt(const QPointF& point) const; // -1 outside every month
    qreal height() const { return legendRect.bottom() - titleRect.top(); }
};

// Title ("2023: 57 meetings"), the months, the legend.
void paintCalendarYear(QPainter* painter, const CalendarYearGeometry& geometry, const CalendarYearScene& scene);
// "2023", or "July 2023 – June 2024" for months across years.
QString calendarYearTitle(const CalendarYearData& data, const QLocale& locale);

} // namespace Entente
