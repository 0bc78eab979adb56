#include "calendargeometry.h"

#include "labels.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CalendarGeometry)
};

// Beyond these the picture would stop being a calendar: the rest is "+N more" (and the agenda).
constexpr int maximumExportLanes = 12;
constexpr int maximumExportBands = 30;
constexpr int maximumScreenBands = 2;
constexpr qreal padding = 3;
constexpr qreal swatchWidth = 26;

QList<CalendarLegendEntry> legendEntries()
{
    QList<CalendarLegendEntry> entries;
    entries.append({ Text::tr("Status:"), {}, {}, {}, {} });
    for (MeetingStatus status :
         { MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Cancelled, MeetingStatus::Failed })
        entries.append({ Labels::meetingStatus(status), status, {}, {}, {} });
    entries.append({ Text::tr("Date:"), {}, {}, {}, {} });
    for (DatePrecision precision :
         { DatePrecision::Day, DatePrecision::Approximate, DatePrecision::Week, DatePrecision::Month })
        entries.append({ Labels::datePrecision(precision), {}, precision, {}, {} });
    return entries;
}

// Flows the entries into lines within width starting at origin; returns the height used. A group (a
// caption and its swatches) moves to the next line whole when it fits there but not here.
qreal flowLegend(QList<CalendarLegendEntry>& entries, const QPointF& origin, qreal width,
                 const QFontMetricsF& metrics, const QFontMetricsF& captionMetrics)
{
    const auto isCaption = [](const CalendarLegendEntry& entry) {
        return !entry.status && !entry.precision;
    };
    const auto textWidth = [&](const CalendarLegendEntry& entry) {
        return std::ceil((isCaption(entry) ? captionMetrics : metrics).horizontalAdvance(entry.text)) + 2;
    };
    const auto entryWidth = [&](const CalendarLegendEntry& entry) {
        return isCaption(entry) ? textWidth(entry) + 6 : swatchWidth + 5 + textWidth(entry) + 14;
    };
    constexpr qreal groupGap = 10;
    const qreal lineHeight = std::ceil(metrics.height() + 6);
    const qreal right = origin.x() + width;
    qreal x = origin.x();
    qreal y = origin.y() + 3;
    for (qsizetype index = 0; index < entries.size(); ++index) {
        CalendarLegendEntry& entry = entries[index];
        const bool caption = isCaption(entry);
        qreal needed = entryWidth(entry);
        if (caption) {
            for (qsizetype next = index + 1; next < entries.size() && !isCaption(entries[next]); ++next)
                needed += entryWidth(entries[next]);
            needed = std::min(needed, width); // a group wider than a line breaks inside
            if (x > origin.x())
                needed += groupGap;
        }
        if (x > origin.x() && x + (caption ? needed : entryWidth(entry)) > right) {
            x = origin.x();
            y += lineHeight;
        }
        if (caption && x > origin.x())
            x += groupGap;
        const qreal swatchTop = y + (lineHeight - metrics.height()) / 2 + 1;
        entry.swatch = caption ? QRectF() : QRectF(x, swatchTop, swatchWidth, metrics.height() - 2);
        entry.textRect = QRectF(caption ? x : x + swatchWidth + 5, y, textWidth(entry), lineHeight);
        x += entryWidth(entry);
    }
    return y + lineHeight + 3 - origin.y();
}

} // namespace

CalendarFonts CalendarFonts::fromBase(const QFont& base)
{
    CalendarFonts fonts;
    const int pixels = std::max(QFontInfo(base).pixelSize(), 9);
    fonts.text = base;
    fonts.text.setPixelSize(pixels);
    fonts.bold = fonts.text;
    fonts.bold.setBold(true);
    fonts.title = fonts.bold;
    fonts.title.setPixelSize(qRound(pixels * 1.5));
    return fonts;
}

CalendarGeometry CalendarGeometry::compute(const CalendarLayout& layout, const QRectF& area,
                                           const CalendarFonts& fonts, Fit fit)
{
    CalendarGeometry g;
    const QFontMetricsF text(fonts.text);
    const QFontMetricsF title(fonts.title);
    g.chipHeight = std::ceil(text.height() + 4);
    const qreal laneStep = g.chipHeight + 2;
    g.dayNumberHeight = std::ceil(text.height() + 6);

    qreal y = area.top();
    g.titleRect = QRectF(area.left(), y, area.width(), std::ceil(title.height() + 12));
    y = g.titleRect.bottom();

    const int bandCount = int(layout.bands().size());
    const int bandLanes = std::min(bandCount, fit == Fit::AllLanes ? maximumExportBands : maximumScreenBands);
    if (bandLanes > 0) {
        g.stripRect = QRectF(area.left(), y, area.width(), bandLanes * laneStep + 2 * padding);
        y = g.stripRect.bottom();
    }
    g.headerRect = QRectF(area.left(), y, area.width(), std::ceil(text.height() + 8));
    y = g.headerRect.bottom();

    g.legend = legendEntries();
    const qreal legendHeight
        = flowLegend(g.legend, QPointF(area.left(), 0), area.width(), text, QFontMetricsF(fonts.bold));

    g.columnWidth = std::floor(area.width() / CalendarLayout::columnCount);
    if (fit == Fit::Area) {
        g.rowHeight
            = std::max<qreal>(0, std::floor((area.bottom() - legendHeight - y) / CalendarLayout::rowCount));
    } else {
        int lanes = 3; // rows never shorter than three chips, so a quiet month still looks like a calendar
        for (int row = 0; row < CalendarLayout::rowCount; ++row)
            lanes = std::max(lanes, std::min(layout.laneCount(row), maximumExportLanes));
        g.rowHeight = g.dayNumberHeight + lanes * laneStep + padding;
    }
    g.gridRect = QRectF(area.left(), y, g.columnWidth * CalendarLayout::columnCount,
                        g.rowHeight * CalendarLayout::rowCount);
    g.legendRect = QRectF(area.left(), g.gridRect.bottom(), area.width(), legendHeight);
    for (CalendarLegendEntry& entry : g.legend) {
        entry.swatch.translate(0, g.legendRect.top());
        entry.textRect.translate(0, g.legendRect.top());
    }

    // Lanes that fit in a row; when some do not, the last one that fits says "+N more" instead.
    const int capacity = std::max(0, int(std::floor((g.rowHeight - g.dayNumberHeight - padding) / laneStep)));
    int drawnLanes[CalendarLayout::rowCount];
    for (int row = 0; row < CalendarLayout::rowCount; ++row)
        drawnLanes[row]
            = layout.laneCount(row) <= capacity ? layout.laneCount(row) : std::max(capacity - 1, 0);

    int hidden[CalendarLayout::rowCount][CalendarLayout::columnCount] = {};
    g.segmentRects.reserve(layout.segments().size());
    for (const CalendarSegment& segment : layout.segments()) {
        if (segment.lane >= drawnLanes[segment.row]) {
            for (int column = segment.firstColumn; column <= segment.lastColumn; ++column)
                ++hidden[segment.row][column];
            g.segmentRects.append(QRectF());
            continue;
        }
        const QRectF first = g.cellRect(segment.row, segment.firstColumn);
        const QRectF last = g.cellRect(segment.row, segment.lastColumn);
        const qreal left = first.left() + (segment.continuesBefore ? 0 : padding);
        const qreal right = last.right() - (segment.continuesAfter ? 0 : padding);
        const qreal top = first.top() + g.dayNumberHeight + segment.lane * laneStep;
        g.segmentRects.append(QRectF(left, top, right - left, g.chipHeight));
    }
    for (int row = 0; row < CalendarLayout::rowCount; ++row) {
        for (int column = 0; column < CalendarLayout::columnCount; ++column) {
            if (hidden[row][column] == 0)
                continue;
            const QRectF cell = g.cellRect(row, column);
            QRectF rect(cell.left() + padding, cell.top() + g.dayNumberHeight + drawnLanes[row] * laneStep,
                        cell.width() - 2 * padding, g.chipHeight);
            if (rect.bottom() > cell.bottom()) // not even one lane: beside the day number
                rect = QRectF(cell.center().x(), cell.top() + 2, cell.width() / 2 - padding,
                              g.dayNumberHeight - 4);
            g.more.append({ row, column, hidden[row][column], rect });
        }
    }

    const int drawnBands = bandCount <= bandLanes ? bandCount : std::max(bandLanes - 1, 0);
    for (const CalendarBand& band : layout.bands()) {
        if (band.lane >= drawnBands) {
            g.bandRects.append(QRectF());
            continue;
        }
        g.bandRects.append(QRectF(g.stripRect.left() + padding,
                                  g.stripRect.top() + padding + band.lane * laneStep,
                                  g.gridRect.width() - 2 * padding, g.chipHeight));
    }
    if (drawnBands < bandCount) {
        g.more.append(
            { -1, -1, bandCount - drawnBands,
              QRectF(g.stripRect.left() + padding, g.stripRect.top() + padding + drawnBands * laneStep,
                     g.gridRect.width() - 2 * padding, g.chipHeight) });
    }
    return g;
}

QRectF CalendarGeometry::cellRect(int row, int column) const
{
    return QRectF(gridRect.left() + column * columnWidth, gridRect.top() + row * rowHeight, columnWidth,
                  rowHeight);
}

QRectF CalendarGeometry::dayNumberRect(int row, int column) const
{
    const QRectF cell = cellRect(row, column);
    return QRectF(cell.left() + padding, cell.top() + 2, cell.width() - 2 * padding, dayNumberHeight - 3);
}

int CalendarGeometry::segmentAt(const QPointF& point) const
{
    for (int index = 0; index < segmentRects.size(); ++index) {
        if (segmentRects[index].contains(point))
            return index;
    }
    return -1;
}

int CalendarGeometry::bandAt(const QPointF& point) const
{
    for (int index = 0; index < bandRects.size(); ++index) {
        if (bandRects[index].contains(point))
            return index;
    }
    return -1;
}

const CalendarMore* CalendarGeometry::moreAt(const QPointF& point) const
{
    for (const CalendarMore& entry : more) {
        if (entry.rect.contains(point))
            return &entry;
    }
    return nullptr;
}

} // namespace Entente
