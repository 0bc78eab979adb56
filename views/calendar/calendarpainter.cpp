#include "calendarpainter.h"

#include "calendartext.h"
#include "labels.h"
#include "rangepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

constexpr qreal chipRadius = 3;
constexpr qreal textInset = 4;

using RangePainter::mix;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// A chip with rounded ends, except where it continues into the next week row.
QPainterPath chipPath(const QRectF& rect, bool roundLeft, bool roundRight)
{
    const qreal r = std::min(chipRadius, rect.height() / 2);
    QPainterPath path;
    path.moveTo(rect.left() + (roundLeft ? r : 0), rect.top());
    path.lineTo(rect.right() - (roundRight ? r : 0), rect.top());
    if (roundRight)
        path.arcTo(rect.right() - 2 * r, rect.top(), 2 * r, 2 * r, 90, -90);
    path.lineTo(rect.right(), rect.bottom() - (roundRight ? r : 0));
    if (roundRight)
        path.arcTo(rect.right() - 2 * r, rect.bottom() - 2 * r, 2 * r, 2 * r, 0, -90);
    path.lineTo(rect.left() + (roundLeft ? r : 0), rect.bottom());
    if (roundLeft)
        path.arcTo(rect.left(), rect.bottom() - 2 * r, 2 * r, 2 * r, 270, -90);
    path.lineTo(rect.left(), rect.top() + (roundLeft ? r : 0));
    if (roundLeft)
        path.arcTo(rect.left(), rect.top(), 2 * r, 2 * r, 180, -90);
    path.closeSubpath();
    return path;
}

RangePainter::Certainty certaintyOf(DatePrecision precision)
{
    if (precision == DatePrecision::Day)
        return RangePainter::Certainty::Exact;
    return precision == DatePrecision::Approximate ? RangePainter::Certainty::Approximate
                                                   : RangePainter::Certainty::Range;
}

struct ChipStyle
{
    QColor color; // the status colour
    DatePrecision precision = DatePrecision::Day;
    bool roundLeft = true;
    bool roundRight = true;
    bool selected = false;
    bool struckOut = false; // cancelled meetings
};

// Solid for a precise day; faded with a dashed outline when approximate; hatched with a dashed
// (week) or dotted (month) outline when only the week or month is known.
void paintChip(QPainter* painter, const QRectF& rect, const ChipStyle& style, const QString& label,
               const CalendarScene& scene)
{
    const QPainterPath path = chipPath(rect, style.roundLeft, style.roundRight);
    const QColor base = scene.palette.color(QPalette::Base);
    QColor textColor = QColor(Qt::white);
    painter->setPen(Qt::NoPen);
    // The hatching is cut to the chip by geometry: SVG and PDF exports have no clip for it.
    const RangePainter::Certainty certainty = certaintyOf(style.precision);
    RangePainter::paintPath(painter, path, style.color, certainty, base,
        style.precision == DatePrecision::Month ? Qt::DotLine : Qt::DashLine);
    if (certainty != RangePainter::Certainty::Exact)
        textColor = scene.palette.color(QPalette::Text);
    if (style.selected) {
        // Thick outline in the text colour, with a ring of the background so it shows on any fill.
        const QPainterPath outline = chipPath(rect.adjusted(-2, -2, 2, 2), style.roundLeft, style.roundRight);
        painter->strokePath(outline, QPen(scene.palette.color(QPalette::Text), 2.5));
        painter->strokePath(path, QPen(base, 1));
    }
    if (label.isEmpty() || rect.width() <= 2 * textInset)
        return;
    QFont font = scene.fonts.text;
    font.setStrikeOut(style.struckOut);
    const QFontMetricsF metrics(font);
    const QRectF textRect = rect.adjusted(textInset, 0, -textInset, 0);
    const QString elided = metrics.elidedText(label, Qt::ElideRight, textRect.width());
    if (certainty == RangePainter::Certainty::Range) {
        // A plate of background behind the words keeps them readable over the hatching.
        const qreal width = std::min(metrics.horizontalAdvance(elided) + 4, textRect.width() + 2);
        painter->fillRect(QRectF(textRect.left() - 2, rect.top() + 2, width, rect.height() - 4),
                          withAlpha(base, 215));
    }
    painter->setFont(font);
    painter->setPen(textColor);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, elided);
}

ChipStyle styleOf(const Meeting& meeting, DatePrecision precision, const CalendarScene& scene)
{
    ChipStyle style;
    style.color = Labels::meetingStatusColor(meeting.status);
    style.precision = precision;
    style.selected = !scene.selectedId.isEmpty() && meeting.id == scene.selectedId;
    style.struckOut = meeting.status == MeetingStatus::Cancelled;
    return style;
}

void paintTitle(QPainter* painter, const CalendarGeometry& geometry, const CalendarScene& scene)
{
    painter->setFont(scene.fonts.title);
    painter->setPen(scene.palette.color(QPalette::Text));
    painter->drawText(geometry.titleRect.adjusted(textInset, 0, -textInset, 0),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      CalendarText::monthTitle(scene.layout->month(), scene.locale));
}

void paintStrip(QPainter* painter, const CalendarGeometry& geometry, const CalendarScene& scene)
{
    if (geometry.stripRect.isEmpty())
        return;
    const QColor base = scene.palette.color(QPalette::Base);
    painter->fillRect(geometry.stripRect, mix(base, scene.palette.color(QPalette::Text), 0.04));
    const QList<Meeting>& meetings = scene.corpus->meetings;
    for (int index = 0; index < scene.layout->bands().size(); ++index) {
        const QRectF& rect = geometry.bandRects[index];
        if (rect.isNull())
            continue;
        const Meeting& meeting = meetings[scene.layout->bands()[index].meetingIndex];
        paintChip(painter, rect, styleOf(meeting, DatePrecision::Month, scene),
                  CalendarText::bandLabel(meeting, *scene.corpus, scene.locale), scene);
    }
}

void paintGrid(QPainter* painter, const CalendarGeometry& geometry, const CalendarScene& scene)
{
    const CalendarLayout& layout = *scene.layout;
    const QColor base = scene.palette.color(QPalette::Base);
    const QColor text = scene.palette.color(QPalette::Text);
    const QColor secondary = mix(base, text, 0.62);
    const QColor dimmed = mix(base, text, 0.38);
    const QColor lines = mix(base, text, 0.18);

    painter->setFont(scene.fonts.text);
    const QFontMetricsF metrics(scene.fonts.text);
    for (int column = 0; column < CalendarLayout::columnCount; ++column) {
        const QRectF cell = geometry.cellRect(0, column);
        const QRectF header(cell.left(), geometry.headerRect.top(), cell.width(),
                            geometry.headerRect.height());
        const int weekday = layout.date(0, column).dayOfWeek();
        QString name = scene.locale.dayName(weekday, QLocale::ShortFormat);
        if (metrics.horizontalAdvance(name) > header.width() - 4)
            name = scene.locale.dayName(weekday, QLocale::NarrowFormat);
        painter->setPen(secondary);
        painter->drawText(header, Qt::AlignCenter, name);
    }

    for (int row = 0; row < CalendarLayout::rowCount; ++row) {
        for (int column = 0; column < CalendarLayout::columnCount; ++column) {
            const QRectF cell = geometry.cellRect(row, column);
            const QDate date = layout.date(row, column);
            const bool inMonth = date.month() == layout.month().month();
            if (date == scene.today)
                painter->fillRect(cell, mix(base, scene.palette.color(QPalette::Highlight), 0.08));
            else if (!inMonth)
                painter->fillRect(cell, mix(base, text, 0.05));
            const QRectF number = geometry.dayNumberRect(row, column);
            const QString day = scene.locale.toString(date.day());
            if (date == scene.today) {
                // Today: the number on a disc of the highlight colour.
                const qreal size = std::max(number.height(), metrics.horizontalAdvance(day) + 8);
                const QRectF disc(number.left(), number.top(), size, number.height());
                painter->setPen(Qt::NoPen);
                painter->setBrush(scene.palette.color(QPalette::Highlight));
                painter->drawRoundedRect(disc, disc.height() / 2, disc.height() / 2);
                painter->setBrush(Qt::NoBrush);
                painter->setFont(scene.fonts.bold);
                painter->setPen(scene.palette.color(QPalette::HighlightedText));
                painter->drawText(disc, Qt::AlignCenter, day);
                painter->setFont(scene.fonts.text);
            } else {
                painter->setPen(inMonth ? text : dimmed);
                painter->drawText(number.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, day);
            }
        }
    }

    painter->setPen(QPen(lines, 1));
    const QRectF grid = geometry.gridRect;
    for (int row = 0; row <= CalendarLayout::rowCount; ++row) {
        const qreal y = std::round(grid.top() + row * geometry.rowHeight) + 0.5;
        painter->drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y));
    }
    for (int column = 0; column <= CalendarLayout::columnCount; ++column) {
        const qreal x = std::round(grid.left() + column * geometry.columnWidth) + 0.5;
        painter->drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()));
    }
}

} // namespace

// A narrow cell (a docked month) cannot hold "+2 more": it says "+2", or shows a dot, rather than a
// clipped "+:" that reads as noise.
QString fittingMoreLabel(const QFontMetricsF& metrics, qreal width, int count)
{
    const QString label = CalendarText::moreLabel(count);
    if (metrics.horizontalAdvance(label) <= width)
        return label;
    const QString bare = CalendarText::moreCountLabel(count);
    return metrics.horizontalAdvance(bare) <= width ? bare : QString();
}

namespace {

void paintChips(QPainter* painter, const CalendarGeometry& geometry, const CalendarScene& scene)
{
    const QList<Meeting>& meetings = scene.corpus->meetings;
    const QList<CalendarSegment>& segments = scene.layout->segments();
    for (int index = 0; index < segments.size(); ++index) {
        const QRectF& rect = geometry.segmentRects[index];
        if (rect.isNull())
            continue;
        const CalendarSegment& segment = segments[index];
        const Meeting& meeting = meetings[segment.meetingIndex];
        ChipStyle style = styleOf(meeting, segment.precision, scene);
        style.roundLeft = !segment.continuesBefore;
        style.roundRight = !segment.continuesAfter;
        paintChip(painter, rect, style, CalendarText::chipLabel(meeting, *scene.corpus), scene);
    }
    painter->setFont(scene.fonts.text);
    painter->setPen(mix(scene.palette.color(QPalette::Base), scene.palette.color(QPalette::Text), 0.7));
    const QFontMetricsF metrics(scene.fonts.text);
    for (const CalendarMore& more : geometry.more) {
        const QString label = fittingMoreLabel(metrics, more.rect.width() - textInset, more.count);
        if (!label.isEmpty()) {
            // The full label reads on from the chips at the left; a bare count sits at the right edge.
            const Qt::Alignment side = label == CalendarText::moreLabel(more.count) ? Qt::AlignLeft : Qt::AlignRight;
            painter->drawText(more.rect.adjusted(textInset, 0, 0, 0), side | Qt::AlignVCenter, label);
            continue;
        }
        const qreal radius = std::clamp(std::min(more.rect.width(), more.rect.height()) / 4, 1.5, 3.0);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(painter->pen().color());
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(more.rect.right() - radius - 1, more.rect.center().y()), radius, radius);
        painter->restore();
    }
}

void paintLegend(QPainter* painter, const CalendarGeometry& geometry, const CalendarScene& scene)
{
    const QColor text = scene.palette.color(QPalette::Text);
    const QColor neutral = mix(scene.palette.color(QPalette::Base), text, 0.55);
    for (const CalendarLegendEntry& entry : geometry.legend) {
        if (entry.status) {
            painter->fillPath(chipPath(entry.swatch, true, true), Labels::meetingStatusColor(*entry.status));
        } else if (entry.precision) {
            ChipStyle style;
            style.color = neutral;
            style.precision = *entry.precision;
            paintChip(painter, entry.swatch, style, {}, scene);
        }
        painter->setFont(entry.status || entry.precision ? scene.fonts.text : scene.fonts.bold);
        painter->setPen(text);
        painter->drawText(entry.textRect, Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
}

} // namespace

void paintCalendar(QPainter* painter, const CalendarGeometry& geometry, const CalendarScene& scene)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QRectF whole(geometry.titleRect.topLeft(), geometry.legendRect.bottomRight());
    painter->fillRect(whole, scene.palette.color(QPalette::Base));
    paintTitle(painter, geometry, scene);
    paintStrip(painter, geometry, scene);
    paintGrid(painter, geometry, scene);
    paintChips(painter, geometry, scene);
    paintLegend(painter, geometry, scene);
    painter->restore();
}

} // namespace Entente
