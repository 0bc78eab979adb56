#include "rangepainter.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace Entente::RangePainter {

namespace {

constexpr qreal approximateFill = 0.22;
constexpr qreal rangeFill = 0.12;
constexpr qreal hatchShade = 0.45;

constexpr qreal outlineWidth = 1.5;

// The path shrunk by half the outline's width, so that the outline lies inside the box, crisp.
QPainterPath inset(const QPainterPath& path, qreal by)
{
    const QRectF outer = path.boundingRect();
    const QRectF inner = outer.adjusted(by, by, -by, -by);
    if (inner.width() <= 0 || inner.height() <= 0)
        return path;
    QTransform transform;
    transform.translate(inner.left(), inner.top());
    transform.scale(inner.width() / outer.width(), inner.height() / outer.height());
    transform.translate(-outer.left(), -outer.top());
    return transform.map(path);
}

} // namespace

Certainty certaintyOf(const FuzzyDate& date)
{
    if (!date.isValid())
        return Certainty::Exact;
    if (date.first() != date.last())
        return Certainty::Range;
    return date.precision == DatePrecision::Approximate ? Certainty::Approximate : Certainty::Exact;
}

Certainty certaintyOf(const FuzzyDate& start, const FuzzyDate& end)
{
    return std::max(certaintyOf(start), certaintyOf(end));
}

QColor mix(const QColor& a, const QColor& b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amountOfB),
        float(a.greenF() + (b.greenF() - a.greenF()) * amountOfB),
        float(a.blueF() + (b.blueF() - a.blueF()) * amountOfB));
}

QList<QLineF> hatchLines(const QRectF& rect, qreal spacing)
{
    QList<QLineF> lines;
    if (rect.isEmpty() || spacing <= 0)
        return lines;
    // A line from (x, bottom) rising at 45°: the point t along it is (x + t, bottom - t), t in [0, h].
    const qreal height = rect.height();
    for (qreal x = rect.left() - height + spacing / 2; x < rect.right(); x += spacing) {
        const qreal from = std::max<qreal>(0, rect.left() - x);
        const qreal to = std::min(height, rect.right() - x);
        if (to > from)
            lines.append(QLineF(x + from, rect.bottom() - from, x + to, rect.bottom() - to));
    }
    return lines;
}

void hatch(QPainter* painter, const QRectF& rect, const QColor& color, qreal spacing, qreal width)
{
    const QList<QLineF> lines = hatchLines(rect, spacing);
    if (lines.isEmpty())
        return;
    painter->save();
    QPen pen(color, width);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLines(lines);
    painter->restore();
}

void paintBox(QPainter* painter, const QRectF& rect, const QColor& color, Certainty certainty, const QColor& base)
{
    switch (certainty) {
    case Certainty::Exact:
        painter->fillRect(rect, color);
        return;
    case Certainty::Approximate:
        painter->fillRect(rect, mix(base, color, approximateFill));
        break;
    case Certainty::Range:
        painter->fillRect(rect, mix(base, color, rangeFill));
        hatch(painter, rect.adjusted(1, 1, -1, -1), mix(base, color, hatchShade));
        break;
    }
    if (rect.width() >= 3 && rect.height() >= 3) {
        painter->save();
        painter->setPen(QPen(color, 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(0.6, 0.6, -0.6, -0.6));
        painter->restore();
    }
}

void paintPath(QPainter* painter, const QPainterPath& path, const QColor& color, Certainty certainty,
    const QColor& base, Qt::PenStyle rangeOutline)
{
    switch (certainty) {
    case Certainty::Exact:
        painter->fillPath(path, color);
        return;
    case Certainty::Approximate:
        painter->fillPath(path, mix(base, color, approximateFill));
        painter->strokePath(inset(path, outlineWidth / 2), QPen(color, outlineWidth, Qt::DashLine));
        return;
    case Certainty::Range:
        painter->fillPath(path, mix(base, color, rangeFill));
        // One pixel in from every side keeps the lines inside corners rounded by up to 3 pixels.
        hatch(painter, path.boundingRect().adjusted(1, 1, -1, -1), mix(base, color, hatchShade));
        painter->strokePath(inset(path, outlineWidth / 2), QPen(color, outlineWidth, rangeOutline));
        return;
    }
}

} // namespace Entente::RangePainter
