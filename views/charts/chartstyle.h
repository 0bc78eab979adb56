// What the charts share: a theme that follows the palette, fonts that look the same on screen and in
// exports, and painting a freshly built chart into any QPainter at a given size.
#pragma once

#include <QAbstractAxis>
#include <QChart>
#include <functional>

class QPainter;
class QPalette;
class QRectF;
class QSizeF;

namespace Entente::ChartStyle {

// Light or dark chart theme by the palette's window lightness.
QChart::ChartTheme themeFor(const QPalette& palette);

// Applies the theme, no animation, square corners and pixel-sized fonts in base's family. Pixel sizes
// keep the text as large in a 72-dpi PDF or SVG as in the on-screen layout it was measured for.
// Call before adding series: setTheme() resets series colours.
void apply(QChart* chart, const QPalette& palette, const QFont& base);

// Fonts of the axes added after apply(): labels and titles like the rest of the chart.
void styleAxis(QAbstractAxis* axis, const QFont& base);

// The colour behind the plot (themes paint it with a gradient).
QColor backgroundColor(const QChart* chart);

// The chart's label font, in pixels: what category labels are elided against.
QFont labelFont(const QFont& base);

// Sizes a chart, has populate() fill it in a private scene, lays it out at target's size (scaled up to at
// least minimum, keeping the aspect ratio, and then scaled down into target) and paints it. Text
// stays text: SVG gets <text> elements and PDF stays vector.
void render(QPainter* painter, const QRectF& target, const QSizeF& minimum,
            const std::function<void(QChart*)>& populate);

} // namespace Entente::ChartStyle
