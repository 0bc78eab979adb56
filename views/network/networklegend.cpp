#include "networklegend.h"

#include "edgeitem.h"
#include "labels.h"
#include "nodeitem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Entente {

namespace {

constexpr double padding = 6.0;
constexpr double swatch = 12.0; // symbol column width
constexpr double symbolGap = 5.0;
constexpr double columnGap = 10.0;
constexpr double sectionGap = 5.0;

QString sideName(const NetworkLegend::Side& side)
{
    return side.name.isEmpty() ? NetworkLegend::tr("No side") : side.name;
}

} // namespace

void NetworkLegend::setColors(const QColor& text, const QColor& background, const QColor& edge)
{
    m_text = text;
    m_background = background;
    m_edge = edge;
}

QStringList NetworkLegend::notes() const
{
    QStringList result;
    if (m_derived)
        result.append(tr("Dashed: side from title"));
    result.append(m_compact ? tr("Width: meetings together") : tr("Line width: meetings together"));
    result.append(m_compact ? tr("Size: meetings") : tr("Node size: meetings"));
    return result;
}

NetworkLegend::Geometry NetworkLegend::geometry() const
{
    const QFontMetricsF metrics(m_font);
    Geometry g;
    g.lineHeight = std::max(metrics.height(), swatch) + 2;
    g.sidesShown = m_compact ? std::min<qsizetype>(m_sides.size(), compactSides) : m_sides.size();
    if (g.sidesShown < m_sides.size())
        g.more = tr("+%n more side(s)", nullptr, int(m_sides.size() - g.sidesShown));
    g.columns = m_compact && g.sidesShown > rowsPerColumn ? 2 : 1;
    g.sideRows = int((g.sidesShown + g.columns - 1) / g.columns) + (g.more.isEmpty() ? 0 : 1);
    for (qsizetype i = 0; i < g.sidesShown; ++i)
        g.columnWidth = std::max(g.columnWidth, swatch + symbolGap + metrics.horizontalAdvance(sideName(m_sides.at(i))));
    g.textWidth = metrics.horizontalAdvance(g.more);
    for (ActorKind kind : m_kinds)
        g.textWidth = std::max(g.textWidth, swatch + symbolGap + metrics.horizontalAdvance(Labels::actorKind(kind)));
    for (const QString& note : notes())
        g.textWidth = std::max(g.textWidth, swatch + symbolGap + metrics.horizontalAdvance(note));
    return g;
}

QSizeF NetworkLegend::size() const
{
    return isEmpty() ? QSizeF() : sizeOf(geometry());
}

QSizeF NetworkLegend::sizeOf(const Geometry& g) const
{
    const double sidesWidth = g.columns * g.columnWidth + (g.columns - 1) * columnGap;
    const double rows = g.sideRows + double(m_kinds.size()) + double(notes().size());
    const double sections = (m_sides.isEmpty() ? 0 : 1) + (m_kinds.isEmpty() ? 0 : 1);
    return { 2 * padding + std::max(sidesWidth, g.textWidth), 2 * padding + g.lineHeight * rows + sectionGap * sections };
}

void NetworkLegend::paint(QPainter* painter, const QPointF& topLeft) const
{
    if (isEmpty())
        return;
    // Measured once: every side's name is measured to find the widest.
    const Geometry g = geometry();
    const QSizeF box = sizeOf(g);
    const double lineHeight = g.lineHeight;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_font);
    QColor background = m_background;
    background.setAlpha(225); // the graph may show through a little on screen
    painter->setPen(QPen(m_edge, 1));
    painter->setBrush(background);
    painter->drawRoundedRect(QRectF(topLeft, box), 4, 4);

    const double left = topLeft.x() + padding;
    const double top = topLeft.y() + padding;
    auto drawText = [&](double x, double y, const QString& text) {
        painter->setPen(m_text);
        painter->drawText(QRectF(x + swatch + symbolGap, y, box.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    const int rowsPerSideColumn = int((g.sidesShown + g.columns - 1) / g.columns);
    for (qsizetype i = 0; i < g.sidesShown; ++i) {
        const Side& side = m_sides.at(i);
        const double x = left + double(i / std::max(1, rowsPerSideColumn)) * (g.columnWidth + columnGap);
        const double y = top + double(i % std::max(1, rowsPerSideColumn)) * lineHeight;
        painter->setPen(QPen(side.color.darker(160), 1));
        painter->setBrush(side.color);
        painter->drawEllipse(QPointF(x + swatch / 2, y + lineHeight / 2), swatch / 2 - 1, swatch / 2 - 1);
        drawText(x, y, sideName(side));
    }
    double y = top + rowsPerSideColumn * lineHeight;
    if (!g.more.isEmpty()) {
        painter->setPen(m_text);
        painter->drawText(QRectF(left, y, box.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, g.more);
        y += lineHeight;
    }
    if (!m_sides.isEmpty())
        y += sectionGap;
    const double symbolX = left + swatch / 2;
    for (ActorKind kind : m_kinds) {
        painter->setPen(QPen(m_text, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(NodeItem::outline(kind, swatch / 2 - 1).translated(symbolX, y + lineHeight / 2));
        drawText(left, y, Labels::actorKind(kind));
        y += lineHeight;
    }
    if (!m_kinds.isEmpty())
        y += sectionGap;
    const QStringList lines = notes();
    int line = 0;
    if (m_derived) {
        painter->setPen(QPen(m_text, 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(symbolX, y + lineHeight / 2), swatch / 2 - 1, swatch / 2 - 1);
        drawText(left, y, lines.at(line++));
        y += lineHeight;
    }
    const double mid = y + lineHeight / 2;
    painter->setPen(QPen(m_edge, EdgeItem::widthFor(1), Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(symbolX - swatch / 2, mid - 3), QPointF(symbolX + swatch / 2, mid - 3));
    painter->setPen(QPen(m_edge, EdgeItem::widthFor(4), Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(symbolX - swatch / 2 + 2, mid + 3), QPointF(symbolX + swatch / 2 - 2, mid + 3));
    drawText(left, y, lines.at(line++));
    y += lineHeight;
    painter->setPen(QPen(m_text, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QPointF(symbolX - 4, y + lineHeight / 2), 2, 2);
    painter->drawEllipse(QPointF(symbolX + 2, y + lineHeight / 2), 4, 4);
    drawText(left, y, lines.at(line++));
    painter->restore();
}

} // namespace Entente
