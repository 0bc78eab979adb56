// Where the parts of a month picture go for a given rectangle and font: the month title, the strip of
// month-only meetings, weekday names, the six-week grid with its chips, and the legend. The widget and
// the export share it, so hit tests, painting and tests agree on every rectangle.
#pragma once

#include "calendarlayout.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <optional>

namespace Entente {

// Fonts in pixels, not points: SVG, PDF and PNG devices have other resolutions than the screen, and
// the export must look like the screen.
struct CalendarFonts
{
    QFont text;
    QFont title;
    QFont bold;

    static CalendarFonts fromBase(const QFont& base);
};

struct CalendarLegendEntry
{
    QString text;
    std::optional<MeetingStatus> status; // a colour swatch
    std::optional<DatePrecision> precision; // a style swatch; neither: a caption
    QRectF swatch;
    QRectF textRect;
};

// "+N more" in a cell (or in the strip) whose meetings do not all fit.
struct CalendarMore
{
    int row = -1; // -1: the strip
    int column = -1;
    int count = 0;
    QRectF rect;
};

class CalendarGeometry
{
public:
    enum class Fit {
        Area, // everything inside the area; meetings that do not fit become "+N more" (screen)
        AllLanes, // rows as tall as their meetings need, within a cap: height() may exceed the area (export)
    };

    static CalendarGeometry compute(const CalendarLayout& layout, const QRectF& area,
                                    const CalendarFonts& fonts, Fit fit);

    QRectF titleRect;
    QRectF stripRect; // empty when the month has no month-only meetings
    QRectF headerRect; // weekday names
    QRectF gridRect;
    QRectF legendRect;
    qreal rowHeight = 0;
    qreal columnWidth = 0;
    qreal dayNumberHeight = 0;
    qreal chipHeight = 0;
    QList<QRectF> segmentRects; // parallel to CalendarLayout::segments(); null when not shown
    QList<QRectF> bandRects; // parallel to CalendarLayout::bands(); null when not shown
    QList<CalendarMore> more;
    QList<CalendarLegendEntry> legend;

    QRectF cellRect(int row, int column) const;
    QRectF dayNumberRect(int row, int column) const;
    qreal height() const { return legendRect.bottom() - titleRect.top(); }
    // The segment or band under a point, or -1.
    int segmentAt(const QPointF& point) const;
    int bandAt(const QPointF& point) const;
    const CalendarMore* moreAt(const QPointF& point) const;
};

} // namespace Entente
