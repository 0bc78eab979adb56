// How an imprecise date looks in every time view (calendar, timeline, issue chart): a day is solid,
// an approximate date faded with a dashed outline, a date known only to a range of days (a week, a
// month, or any coarser precision) hatched. The hatching is cut to its box by geometry rather than by
// a clip, so that SVG and PDF exports keep it inside the box too.
#pragma once

#include "types.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QRectF>

class QPainter;
class QPainterPath;

namespace Entente::RangePainter {

enum class Certainty { Exact, Approximate, Range };

// The vaguer of a meeting's two ends: Range when either may mean several days, else Approximate when
// either is approximate. Works for any precision whose first() and last() differ.
Certainty certaintyOf(const FuzzyDate& start, const FuzzyDate& end);
Certainty certaintyOf(const FuzzyDate& date);

QColor mix(const QColor& a, const QColor& b, qreal amountOfB);

// Diagonal lines (bottom-left to top-right) every spacing pixels, cut to rect.
QList<QLineF> hatchLines(const QRectF& rect, qreal spacing);
void hatch(QPainter* painter, const QRectF& rect, const QColor& color, qreal spacing = 6, qreal width = 1.2);

// Fills and outlines a box in color for its certainty; base is the background colour.
void paintBox(QPainter* painter, const QRectF& rect, const QColor& color, Certainty certainty, const QColor& base);
// The same for a rounded chip path whose bounding box is rect (the hatching stays one pixel inside).
void paintPath(QPainter* painter, const QPainterPath& path, const QColor& color, Certainty certainty,
    const QColor& base, Qt::PenStyle rangeOutline = Qt::DashLine);

} // namespace Entente::RangePainter
