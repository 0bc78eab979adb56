#include "calendaryearpainter.h"

#include "calendartext.h"
#include "rangepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CalendarYear)
};

constexpr qreal gap = 18;
constexpr int shades = 4; // 1, 2, 3 and 4 or more meetings a day

QColor densityColor(const CalendarYearScene& scene, int count)
{
    const qreal share = 0.2 + 0.8 * qreal(std::min(count, shades)) / shades;
    return RangePainter::mix(scene.palette.color(QPalette::Base), scene.palette.color(QPalette::Highlight), share);
}

// The first day of a month's six-week grid.
QDate gridStart(const QDate& month, Qt::DayOfWeek firstDay)
{
    return month.addDays(-((month.dayOfWeek() - int(firstDay) + 7) % 7));
}

} // namespace

QString calendarYearTitle(const CalendarYearData& data, const QLocale& locale)
{
    const QDate last = data.month(std::max(0, data.monthCount - 1));
    if (data.monthCount == 12 && data.firstMonth.month() == 1)
        return QString::number(data.firstMonth.year());
    return Text::tr("%1 – %2", "the first and last month of the year view")
        .arg(CalendarText::monthTitle(data.firstMonth, locale), CalendarText::monthTitle(last, locale));
}

CalendarYearGeometry CalendarYearGeometry::compute(const CalendarYearScene& scene, const QRectF& area, qreal cell)
{
    CalendarYearGeometry g;
    const QFontMetricsF text(scene.fonts.text);
    const int count = scene.data ? scene.data->monthCount : 0;
    g.titleRect = QRectF(area.left(), area.top(), area.width(), std::ceil(QFontMetricsF(scene.fonts.title).height() + 12));
    g.monthTitleHeight = std::ceil(QFontMetricsF(scene.fonts.bold).height() + 6);
    const qreal legendHeight = std::ceil(text.height() + 14);
    const qreal weekdays = std::ceil(text.height() + 4);
    g.columns = area.width() >= 4 * 170 ? 4 : area.width() >= 3 * 150 ? 3 : 2;
    const int rows = std::max(1, (count + g.columns - 1) / g.columns);
    const qreal monthWidth = (area.width() - (g.columns - 1) * gap) / g.columns;
    if (cell <= 0) {
        const qreal monthHeight = (area.height() - g.titleRect.height() - legendHeight - (rows - 1) * gap) / rows;
        cell = (monthHeight - g.monthTitleHeight - weekdays) / CalendarLayout::rowCount;
    }
    g.cell = std::floor(std::max<qreal>(6, std::min(cell, monthWidth / CalendarLayout::columnCount)));
    const qreal monthHeight = g.monthTitleHeight + weekdays + CalendarLayout::rowCount * g.cell;
    for (int month = 0; month < count; ++month) {
        const int row = month / g.columns;
        const int column = month % g.columns;
        g.monthRects.append(QRectF(area.left() + column * (monthWidth + gap), g.titleRect.bottom() + row * (monthHeight + gap),
            monthWidth, monthHeight));
    }
    const qreal bottom = g.monthRects.isEmpty() ? g.titleRect.bottom() : g.monthRects.constLast().bottom();
    g.legendRect = QRectF(area.left(), bottom + 8, area.width(), legendHeight);
    return g;
}

QRectF CalendarYearGeometry::dayRect(int month, int row, int column) const
{
    const QRectF box = monthRects.value(month);
    const qreal weekdays = box.height() - monthTitleHeight - CalendarLayout::rowCount * cell;
    return QRectF(box.left() + column * cell, box.top() + monthTitleHeight + weekdays + row * cell, cell, cell);
}

int CalendarYearGeometry::monthAt(const QPointF& point) const
{
    for (int month = 0; month < monthRects.size(); ++month) {
        if (monthRects.at(month).contains(point))
            return month;
    }
    return -1;
}

void paintCalendarYear(QPainter* painter, const CalendarYearGeometry& geometry, const CalendarYearScene& scene)
{
    if (!scene.data)
        return;
    const CalendarYearData& data = *scene.data;
    const QColor base = scene.palette.color(QPalette::Base);
    const QColor text = scene.palette.color(QPalette::Text);
    const QColor dimmed = RangePainter::mix(base, text, 0.45);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(geometry.titleRect.united(geometry.legendRect), base);
    painter->setFont(scene.fonts.title);
    painter->setPen(text);
    painter->drawText(geometry.titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        Text::tr("%1: %n meeting(s)", "year view title: the months shown, the meetings in them", data.total())
            .arg(calendarYearTitle(data, scene.locale)));

    QFont small = scene.fonts.text;
    small.setPixelSize(std::max(8, std::min(scene.fonts.text.pixelSize(), int(geometry.cell * 0.55))));
    const QFontMetricsF smallMetrics(small);
    for (int month = 0; month < geometry.monthRects.size(); ++month) {
        const QRectF box = geometry.monthRects.at(month);
        const QDate first = data.month(month);
        const int count = data.monthCounts.value(month);
        painter->setFont(scene.fonts.bold);
        painter->setPen(count > 0 ? text : dimmed);
        const QString title = Text::tr("%1 (%2)", "a month of the year view and its number of meetings")
                                  .arg(CalendarText::monthTitle(first, scene.locale))
                                  .arg(count);
        painter->drawText(QRectF(box.left(), box.top(), box.width(), geometry.monthTitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(scene.fonts.bold).elidedText(title, Qt::ElideRight, box.width()));
        const QDate start = gridStart(first, scene.firstDayOfWeek);
        painter->setFont(small);
        for (int column = 0; column < CalendarLayout::columnCount; ++column) {
            const QRectF day = geometry.dayRect(month, 0, column);
            painter->setPen(dimmed);
            painter->drawText(QRectF(day.left(), box.top() + geometry.monthTitleHeight, day.width(), day.top() - box.top() - geometry.monthTitleHeight),
                Qt::AlignCenter, scene.locale.dayName(start.addDays(column).dayOfWeek(), QLocale::NarrowFormat));
        }
        for (int cell = 0; cell < CalendarLayout::rowCount * CalendarLayout::columnCount; ++cell) {
            const QDate date = start.addDays(cell);
            if (date.month() != first.month())
                continue;
            const QRectF day = geometry.dayRect(month, cell / CalendarLayout::columnCount, cell % CalendarLayout::columnCount)
                                   .adjusted(1, 1, -1, -1);
            const int meetings = data.dayCount(date);
            if (meetings > 0)
                painter->fillRect(day, densityColor(scene, meetings));
            if (date == scene.today) {
                painter->setPen(QPen(text, 1.5));
                painter->drawRect(day.adjusted(0.5, 0.5, -0.5, -0.5));
            }
            painter->setPen(meetings >= 3 ? scene.palette.color(QPalette::HighlightedText) : meetings > 0 ? text : dimmed);
            const QString number = scene.locale.toString(date.day());
            if (smallMetrics.horizontalAdvance(number) <= day.width())
                painter->drawText(day, Qt::AlignCenter, number);
        }
    }

    // Legend: the shades for one to four or more meetings a day.
    painter->setFont(scene.fonts.text);
    const QFontMetricsF metrics(scene.fonts.text);
    qreal x = geometry.legendRect.left();
    const QRectF legend = geometry.legendRect;
    const QString caption = Text::tr("Meetings a day:");
    painter->setPen(text);
    painter->drawText(QRectF(x, legend.top(), metrics.horizontalAdvance(caption) + 4, legend.height()), Qt::AlignLeft | Qt::AlignVCenter, caption);
    x += metrics.horizontalAdvance(caption) + 10;
    for (int count = 1; count <= shades; ++count) {
        const qreal side = std::min<qreal>(16, legend.height() - 4);
        painter->fillRect(QRectF(x, legend.center().y() - side / 2, side, side), densityColor(scene, count));
        x += side + 4;
        const QString label = count == shades ? Text::tr("%1 or more").arg(count) : scene.locale.toString(count);
        painter->drawText(QRectF(x, legend.top(), metrics.horizontalAdvance(label) + 4, legend.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += metrics.horizontalAdvance(label) + 14;
    }
    const QString note = Text::tr("Meetings known only to the week or month count for their months.");
    painter->setPen(dimmed);
    painter->drawText(QRectF(x + 10, legend.top(), legend.right() - x - 10, legend.height()), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(note, Qt::ElideRight, legend.right() - x - 10));
    painter->restore();
}

} // namespace Entente
