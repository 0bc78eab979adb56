#include "networklegend.h"

#include "edgeitem.h"
#include "labels.h"
#include "nodeitem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Entente {

namespace {

constexpr double padding = 8.0;
constexpr double swatch = 14.0; // symbol column width
constexpr double symbolGap = 6.0;
constexpr double sectionGap = 6.0;

} // namespace

void NetworkLegend::setColors(const QColor& text, const QColor& background, const QColor& edge)
{
    m_text = text;
    m_background = background;
    m_edge = edge;
}

QStringList NetworkLegend::lines() const
{
    QStringList result;
    for (const Side& side : m_sides)
        result.append(side.name.isEmpty() ? tr("No side") : side.name);
    for (ActorKind kind : m_kinds)
        result.append(Labels::actorKind(kind));
    result.append(tr("Line width: meetings together"));
    result.append(tr("Node size: meetings"));
    return result;
}

QSizeF NetworkLegend::size() const
{
    if (isEmpty())
        return {};
    const QFontMetricsF metrics(m_font);
    double width = 0;
    const QStringList texts = lines();
    for (const QString& text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    const double lineHeight = std::max(metrics.height(), swatch) + 2;
    const double sections = (m_sides.isEmpty() ? 0 : 1) + (m_kinds.isEmpty() ? 0 : 1);
    return { 2 * padding + swatch + symbolGap + width,
        2 * padding + lineHeight * double(texts.size()) + sectionGap * sections };
}

void NetworkLegend::paint(QPainter* painter, const QPointF& topLeft) const
{
    if (isEmpty())
        return;
    const QFontMetricsF metrics(m_font);
    const double lineHeight = std::max(metrics.height(), swatch) + 2;
    const QStringList texts = lines();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_font);
    QColor background = m_background;
    background.setAlpha(225); // the graph may show through a little on screen
    painter->setPen(QPen(m_edge, 1));
    painter->setBrush(background);
    painter->drawRoundedRect(QRectF(topLeft, size()), 4, 4);

    double y = topLeft.y() + padding;
    const double symbolX = topLeft.x() + padding + swatch / 2;
    const double textX = topLeft.x() + padding + swatch + symbolGap;
    int line = 0;
    auto drawText = [&](const QString& text) {
        painter->setPen(m_text);
        painter->drawText(QRectF(textX, y, size().width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += lineHeight;
    };
    for (const Side& side : m_sides) {
        painter->setPen(QPen(side.color.darker(160), 1));
        painter->setBrush(side.color);
        painter->drawEllipse(QPointF(symbolX, y + lineHeight / 2), swatch / 2 - 1, swatch / 2 - 1);
        drawText(texts.at(line++));
    }
    if (!m_sides.isEmpty())
        y += sectionGap;
    for (ActorKind kind : m_kinds) {
        painter->setPen(QPen(m_text, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(NodeItem::outline(kind, swatch / 2 - 1).translated(symbolX, y + lineHeight / 2));
        drawText(texts.at(line++));
    }
    if (!m_kinds.isEmpty())
        y += sectionGap;
    const double mid = y + lineHeight / 2;
    painter->setPen(QPen(m_edge, EdgeItem::widthFor(1), Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(symbolX - swatch / 2, mid - 3), QPointF(symbolX + swatch / 2, mid - 3));
    painter->setPen(QPen(m_edge, EdgeItem::widthFor(4), Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(symbolX - swatch / 2 + 2, mid + 3), QPointF(symbolX + swatch / 2 - 2, mid + 3));
    drawText(texts.at(line++));
    painter->setPen(QPen(m_text, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QPointF(symbolX - 5, mid + lineHeight), 2, 2);
    painter->drawEllipse(QPointF(symbolX + 3, mid + lineHeight), 4.5, 4.5);
    drawText(texts.at(line++));
    painter->restore();
}

} // namespace Entente
