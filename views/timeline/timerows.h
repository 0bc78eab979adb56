// Charts of rows along a time axis (the issue status chart: a row per issue; the timeline: a lane per
// actor pair, side pair or issue). The content says what a row holds and paints the rows it is asked
// for; the geometry and the painter here place the title, the time axis, the row labels and the legend,
// the same way on screen and in exports. Only the rows and days in view are ever painted.
#pragma once

#include "rangepainter.h"
#include "timescale.h"

#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <optional>
#include <utility>

class QPainter;

namespace Entente {

// Fonts (in pixels, so exports look like the screen), colours and locale of a picture.
struct TimeRowsStyle
{
    QFont text;
    QFont bold;
    QFont title;
    QPalette palette;
    QLocale locale;

    static TimeRowsStyle from(const QFont& base, const QPalette& palette, const QLocale& locale);
    QColor base() const { return palette.color(QPalette::Base); }
    QColor textColor() const { return palette.color(QPalette::Text); }
    QColor shade(qreal amount) const { return RangePainter::mix(base(), textColor(), amount); }
};

struct TimeRowsLegendEntry
{
    enum class Shape { Caption, Box, Dot, Several };
    QString text;
    Shape shape = Shape::Box;
    QColor color;
    RangePainter::Certainty certainty = RangePainter::Certainty::Exact;
};

// A mark of a row: what a click selects and a tool tip describes. Its meaning is the content's.
struct TimeRowsHit
{
    int row = -1;
    int item = -1;
    int firstItem = -1; // when the mark stands for several items: the first and last of them
    int lastItem = -1;
    bool isValid() const { return row >= 0 && item >= 0; }
    friend bool operator==(const TimeRowsHit&, const TimeRowsHit&) = default;
};

class TimeRowsContent
{
public:
    virtual ~TimeRowsContent() = default;

    virtual QString title() const = 0;
    virtual int rowCount() const = 0;
    virtual QString rowLabel(int row) const = 0;
    // A row drawn bold (the selected issue, a lane of the current meeting).
    virtual bool isRowEmphasised(int row) const = 0;
    // First and last day (exclusive) with something to show; nullopt when there is nothing.
    virtual std::optional<std::pair<double, double>> extent() const = 0;
    // Paints the marks of row inside rect, within scale's days: nothing outside rect.
    virtual void paintRow(QPainter* painter, int row, const QRectF& rect, const TimeScale& scale,
        const TimeRowsStyle& style) const
        = 0;
    // The mark of row at position (inside rect), or an invalid hit.
    virtual TimeRowsHit hitTest(int row, const QRectF& rect, const TimeScale& scale, const QPointF& position) const = 0;
    virtual QString toolTip(const TimeRowsHit& hit, const QLocale& locale) const = 0;
    virtual QList<TimeRowsLegendEntry> legend() const = 0;
    // Paints across all rows before they are (the span of the current meeting, a band per year...).
    virtual void paintBackground(QPainter*, const QRectF& /*plot*/, const TimeScale&, const TimeRowsStyle&) const { }
};

// Where everything goes in a rectangle. Rows are rowHeight tall from firstRow down to the plot's end.
class TimeRowsGeometry
{
public:
    struct Options
    {
        qreal rowHeight = 24;
        int firstRow = 0;
        int rowsShown = -1; // all that fit when negative; the plot is as tall as these rows otherwise
        bool showTitle = true;
        // Width of the row labels: measured on the labels when there are few rows, a share of the
        // width otherwise (a corpus may have thousands of lanes).
        qreal labelsWidth = 0;
    };
    // The labels' width for area's width: as wide as the widest label of rows [0, rows) when rows are
    // few enough to measure, within bounds.
    static qreal labelsWidthFor(const TimeRowsContent& content, const TimeRowsStyle& style, qreal width);

    static TimeRowsGeometry compute(const TimeRowsContent& content, const QRectF& area, const TimeRowsStyle& style,
        const Options& options);
    // The height a picture of rows rows needs: title, axis, rows, legend.
    static qreal height(const TimeRowsContent& content, qreal width, const TimeRowsStyle& style, qreal rowHeight,
        int rows);
    static constexpr int measuredRows = 400;

    QRectF titleRect;
    QRectF axisRect; // the context line above the tick line
    QRectF labelsRect; // row labels, left of the plot
    QRectF plotRect;
    QRectF legendRect;
    qreal rowHeight = 24;
    int firstRow = 0;
    int rowCount = 0; // rows shown, from firstRow
    QList<std::pair<TimeRowsLegendEntry, QRectF>> legend; // each entry and its swatch; text follows

    // The plot's slice of a row; null when the row is not shown.
    QRectF rowRect(int row) const;
    QRectF labelRect(int row) const;
    // The row under a point of the plot or of the labels, or -1.
    int rowAt(const QPointF& point) const;
};

// Paints everything: background, title, axis, grid, labels, rows, legend.
void paintTimeRows(QPainter* painter, const TimeRowsGeometry& geometry, const TimeScale& scale,
    const TimeRowsContent& content, const TimeRowsStyle& style);

// The part of an export common to the issue chart and the timeline: every row up to maximumRows, the
// days of scale, laid out at size and scaled into target.
void renderTimeRowsExport(QPainter* painter, const QRectF& target, const QSizeF& size, const TimeScale& scale,
    const TimeRowsContent& content, const TimeRowsStyle& style, qreal rowHeight, int rows);

} // namespace Entente
