#include "timerows.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::TimeRows)
};

constexpr qreal swatchWidth = 18;
constexpr qreal legendGap = 14;
constexpr qreal labelPadding = 6;

qreal lineHeight(const QFont& font)
{
    return std::ceil(QFontMetricsF(font).height());
}

qreal axisHeight(const TimeRowsStyle& style)
{
    return lineHeight(style.bold) + 4 + lineHeight(style.text) + 8;
}

qreal titleHeight(const TimeRowsStyle& style, bool shown)
{
    return shown ? lineHeight(style.title) + 12 : 4;
}

// Flows the entries into lines of width from origin; returns the height used.
qreal flowLegend(const QList<TimeRowsLegendEntry>& entries, const QPointF& origin, qreal width,
    const TimeRowsStyle& style, QList<std::pair<TimeRowsLegendEntry, QRectF>>* placed)
{
    if (entries.isEmpty())
        return 0;
    const QFontMetricsF metrics(style.text);
    const QFontMetricsF captionMetrics(style.bold);
    const qreal line = std::ceil(metrics.height() + 8);
    qreal x = origin.x();
    qreal y = origin.y() + 4;
    for (const TimeRowsLegendEntry& entry : entries) {
        const bool caption = entry.shape == TimeRowsLegendEntry::Shape::Caption;
        const qreal textWidth = std::ceil((caption ? captionMetrics : metrics).horizontalAdvance(entry.text)) + 2;
        const qreal needed = caption ? textWidth + 6 : swatchWidth + 5 + textWidth + legendGap;
        if (x > origin.x() && x + needed > origin.x() + width) {
            x = origin.x();
            y += line;
        }
        const qreal swatchHeight = std::max<qreal>(8, metrics.height() - 4);
        const QRectF swatch = caption ? QRectF(x, y, 0, line)
                                      : QRectF(x, y + (line - swatchHeight) / 2, swatchWidth, swatchHeight);
        if (placed)
            placed->append({ entry, swatch });
        x += needed;
    }
    return y + line + 4 - origin.y();
}

void paintLegend(QPainter* painter, const TimeRowsGeometry& geometry, const TimeRowsStyle& style)
{
    const QFontMetricsF metrics(style.text);
    const qreal line = std::ceil(metrics.height() + 8);
    for (const auto& [entry, swatch] : geometry.legend) {
        const bool caption = entry.shape == TimeRowsLegendEntry::Shape::Caption;
        if (entry.shape == TimeRowsLegendEntry::Shape::Box) {
            RangePainter::paintBox(painter, swatch, entry.color, entry.certainty, style.base());
        } else if (entry.shape == TimeRowsLegendEntry::Shape::Several) {
            // Like a merged mark: bands of two statuses, outlined.
            painter->fillRect(QRectF(swatch.left(), swatch.top(), swatch.width(), swatch.height() / 2), entry.color);
            painter->fillRect(QRectF(swatch.left(), swatch.center().y(), swatch.width(), swatch.height() / 2), entry.color.darker(140));
            painter->setPen(QPen(style.shade(0.8), 1));
            painter->drawRect(swatch.adjusted(0.5, 0.5, -0.5, -0.5));
        } else if (entry.shape == TimeRowsLegendEntry::Shape::Dot) {
            const qreal radius = swatch.height() / 2;
            painter->setPen(QPen(style.base(), 1.5));
            painter->setBrush(entry.color);
            painter->drawEllipse(QPointF(swatch.center().x(), swatch.center().y()), radius, radius);
            painter->setBrush(Qt::NoBrush);
        }
        const qreal left = caption ? swatch.left() : swatch.right() + 5;
        const qreal top = caption ? swatch.top() : swatch.center().y() - line / 2;
        painter->setFont(caption ? style.bold : style.text);
        painter->setPen(style.textColor());
        painter->drawText(QRectF(left, top, geometry.legendRect.right() - left, line), Qt::AlignLeft | Qt::AlignVCenter,
            entry.text);
    }
}

void paintAxis(QPainter* painter, const TimeRowsGeometry& geometry, const TimeScale& scale, const TimeRowsStyle& style)
{
    const QRectF plot = geometry.plotRect;
    const QRectF axis = geometry.axisRect;
    const QFontMetricsF metrics(style.text);
    const QFontMetricsF boldMetrics(style.bold);
    const TimeTicks ticks = TimeTicks::compute(scale, metrics, style.locale);
    const qreal contextBottom = axis.top() + lineHeight(style.bold) + 4;

    painter->setPen(QPen(style.shade(0.12), 1));
    for (const TimeTick& tick : ticks.ticks) {
        const qreal x = std::round(tick.x) + 0.5;
        painter->drawLine(QPointF(x, contextBottom), QPointF(x, plot.bottom()));
    }
    painter->setPen(QPen(style.shade(0.35), 1));
    for (qsizetype i = ticks.context.isEmpty() ? 0 : 1; i < ticks.context.size(); ++i) {
        const qreal x = std::round(ticks.context.at(i).x) + 0.5;
        painter->drawLine(QPointF(x, axis.top()), QPointF(x, plot.bottom()));
    }

    painter->setFont(style.text);
    painter->setPen(style.shade(0.75));
    const qreal tickTop = contextBottom;
    for (qsizetype i = 0; i < ticks.ticks.size(); ++i) {
        const TimeTick& tick = ticks.ticks.at(i);
        const qreal left = tick.x + 3;
        const qreal right = i + 1 < ticks.ticks.size() ? ticks.ticks.at(i + 1).x - 2 : plot.right();
        if (right - left < metrics.horizontalAdvance(tick.label))
            continue;
        painter->drawText(QRectF(left, tickTop, right - left, axis.bottom() - tickTop),
            Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }
    painter->setFont(style.bold);
    painter->setPen(style.textColor());
    for (qsizetype i = 0; i < ticks.context.size(); ++i) {
        const TimeTick& tick = ticks.context.at(i);
        const qreal left = std::max(plot.left(), tick.x) + 3;
        const qreal right = i + 1 < ticks.context.size() ? ticks.context.at(i + 1).x - 4 : plot.right();
        const QString text = boldMetrics.elidedText(tick.label, Qt::ElideRight, right - left);
        if (!text.isEmpty())
            painter->drawText(QRectF(left, axis.top(), right - left, contextBottom - axis.top()),
                Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

} // namespace

TimeRowsStyle TimeRowsStyle::from(const QFont& base, const QPalette& palette, const QLocale& locale)
{
    TimeRowsStyle style;
    const int pixels = std::max(QFontInfo(base).pixelSize(), 9);
    style.text = base;
    style.text.setPixelSize(pixels);
    style.bold = style.text;
    style.bold.setBold(true);
    style.title = style.bold;
    style.title.setPixelSize(qRound(pixels * 1.35));
    style.palette = palette;
    style.locale = locale;
    return style;
}

TimeRowsGeometry TimeRowsGeometry::compute(const TimeRowsContent& content, const QRectF& area,
    const TimeRowsStyle& style, const Options& options)
{
    TimeRowsGeometry g;
    g.rowHeight = options.rowHeight;
    const int rows = content.rowCount();
    g.firstRow = std::clamp(options.firstRow, 0, std::max(0, rows - 1));
    qreal y = area.top();
    g.titleRect = QRectF(area.left(), y, area.width(), titleHeight(style, options.showTitle));
    y = g.titleRect.bottom();
    const qreal labelsWidth = options.labelsWidth > 0 ? options.labelsWidth : labelsWidthFor(content, style, area.width());
    const qreal plotLeft = area.left() + labelsWidth;
    g.axisRect = QRectF(plotLeft, y, area.right() - plotLeft, axisHeight(style));
    y = g.axisRect.bottom();
    const qreal legendHeight
        = flowLegend(content.legend(), QPointF(area.left() + labelPadding, 0), area.width() - labelPadding, style, &g.legend);
    qreal plotHeight = 0;
    if (options.rowsShown >= 0) {
        g.rowCount = std::min(options.rowsShown, rows - g.firstRow);
        plotHeight = std::max(1, g.rowCount) * g.rowHeight;
    } else {
        plotHeight = std::max<qreal>(0, area.bottom() - legendHeight - y);
        g.rowCount = std::clamp(int(std::floor(plotHeight / g.rowHeight)), 0, rows - g.firstRow);
    }
    g.plotRect = QRectF(plotLeft, y, g.axisRect.width(), plotHeight);
    g.labelsRect = QRectF(area.left(), y, labelsWidth, plotHeight);
    g.legendRect = QRectF(area.left(), g.plotRect.bottom() + 2, area.width(), legendHeight);
    for (auto& entry : g.legend)
        entry.second.translate(0, g.legendRect.top());
    return g;
}

qreal TimeRowsGeometry::labelsWidthFor(const TimeRowsContent& content, const TimeRowsStyle& style, qreal width)
{
    const qreal least = std::min(90.0, width / 3);
    const qreal most = std::max(least, width * 0.4);
    if (content.rowCount() > measuredRows) // never measured over thousands of lanes
        return std::clamp(width * 0.25, least, most);
    const QFontMetricsF metrics(style.bold);
    qreal widest = 0;
    for (int row = 0; row < content.rowCount(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(content.rowLabel(row)));
    return std::clamp(std::ceil(widest) + 2 * labelPadding + 4, least, most);
}

qreal TimeRowsGeometry::height(const TimeRowsContent& content, qreal width, const TimeRowsStyle& style,
    qreal rowHeight, int rows)
{
    return titleHeight(style, true) + axisHeight(style) + std::max(1, rows) * rowHeight + 2
        + flowLegend(content.legend(), QPointF(labelPadding, 0), width - labelPadding, style, nullptr);
}

QRectF TimeRowsGeometry::rowRect(int row) const
{
    if (row < firstRow || row >= firstRow + rowCount)
        return {};
    return QRectF(plotRect.left(), plotRect.top() + (row - firstRow) * rowHeight, plotRect.width(), rowHeight);
}

QRectF TimeRowsGeometry::labelRect(int row) const
{
    const QRectF plotRow = rowRect(row);
    return plotRow.isNull() ? QRectF() : QRectF(labelsRect.left(), plotRow.top(), labelsRect.width(), rowHeight);
}

int TimeRowsGeometry::rowAt(const QPointF& point) const
{
    if (point.y() < plotRect.top() || point.y() >= plotRect.bottom() || point.x() < labelsRect.left()
        || point.x() >= plotRect.right())
        return -1;
    const int row = firstRow + int((point.y() - plotRect.top()) / rowHeight);
    return row < firstRow + rowCount ? row : -1;
}

void paintTimeRows(QPainter* painter, const TimeRowsGeometry& geometry, const TimeScale& scale,
    const TimeRowsContent& content, const TimeRowsStyle& style)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QRectF whole = geometry.titleRect.united(geometry.legendRect).united(geometry.plotRect);
    painter->fillRect(whole, style.base());
    if (geometry.titleRect.height() > 8) {
        painter->setFont(style.title);
        painter->setPen(style.textColor());
        painter->drawText(geometry.titleRect.adjusted(labelPadding, 0, -labelPadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(style.title).elidedText(content.title(), Qt::ElideRight, geometry.titleRect.width()));
    }

    const QFontMetricsF metrics(style.text);
    const QFontMetricsF boldMetrics(style.bold);
    for (int row = geometry.firstRow; row < geometry.firstRow + geometry.rowCount; ++row) {
        if ((row - geometry.firstRow) % 2 == 1)
            painter->fillRect(geometry.rowRect(row).united(geometry.labelRect(row)), style.shade(0.035));
    }
    paintAxis(painter, geometry, scale, style);
    content.paintBackground(painter, geometry.plotRect, scale, style);
    for (int row = geometry.firstRow; row < geometry.firstRow + geometry.rowCount; ++row) {
        const bool emphasised = content.isRowEmphasised(row);
        const QRectF label = geometry.labelRect(row).adjusted(labelPadding, 0, -labelPadding, 0);
        // Elided by the font's metrics, fallback fonts included: CJK titles keep their first characters.
        const QString text = (emphasised ? boldMetrics : metrics).elidedText(content.rowLabel(row), Qt::ElideRight, label.width());
        painter->setFont(emphasised ? style.bold : style.text);
        painter->setPen(style.textColor());
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
        content.paintRow(painter, row, geometry.rowRect(row), scale, style);
    }
    if (content.rowCount() == 0) {
        painter->setFont(style.text);
        painter->setPen(style.shade(0.6));
        painter->drawText(geometry.plotRect.adjusted(0, 0, 0, geometry.rowHeight), Qt::AlignCenter,
            Text::tr("Nothing to show: no dated records in the open articles."));
    }
    painter->setPen(QPen(style.shade(0.45), 1));
    const qreal left = std::round(geometry.plotRect.left()) + 0.5;
    painter->drawLine(QPointF(left, geometry.axisRect.top()), QPointF(left, geometry.plotRect.bottom()));
    painter->drawLine(QPointF(geometry.labelsRect.left(), geometry.plotRect.top() + 0.5),
        QPointF(geometry.plotRect.right(), geometry.plotRect.top() + 0.5));
    paintLegend(painter, geometry, style);
    painter->restore();
}

void renderTimeRowsExport(QPainter* painter, const QRectF& target, const QSizeF& size, const TimeScale& scale,
    const TimeRowsContent& content, const TimeRowsStyle& style, qreal rowHeight, int rows)
{
    if (target.isEmpty() || size.isEmpty())
        return;
    const TimeRowsGeometry geometry
        = TimeRowsGeometry::compute(content, QRectF(QPointF(0, 0), size), style, { rowHeight, 0, rows, true });
    TimeScale exported = scale;
    exported.setPixels(geometry.plotRect.left(), geometry.plotRect.width());
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / size.width(), target.height() / size.height());
    painter->fillRect(QRectF(QPointF(0, 0), size), style.base());
    paintTimeRows(painter, geometry, exported, content, style);
    painter->restore();
}

} // namespace Entente
