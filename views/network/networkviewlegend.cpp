// NetworkView: colours from the palette, and the legend over the view.
#include "networkview.h"

#include "edgelayer.h"
#include "labelitem.h"
#include "nodeitem.h"
#include "sidepalette.h"

namespace Entente {

namespace {

QColor blend(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
        float(a.greenF() * (1 - share) + b.greenF() * share), float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

void NetworkView::applyColors()
{
    const QPalette colors = palette();
    const QColor base = colors.color(QPalette::Base);
    const QColor text = colors.color(QPalette::Text);
    const QColor accent = colors.color(QPalette::Highlight);
    const QColor edge = blend(base, text, 0.42); // neutral grey on light and dark backgrounds
    QColor halo = base;
    halo.setAlpha(190);
    m_scene->setBackgroundBrush(base);
    for (NodeItem* node : std::as_const(m_nodes)) {
        node->setAccentColor(accent);
        node->label()->setBrush(text);
        node->label()->setHaloColor(halo);
    }
    m_edgeLayer->setColors(edge, accent);
    m_legend.setColors(text, base, edge);
    m_legendOverlay->update();
}

void NetworkView::updateLegend()
{
    // Sides with most actors first, so that a compact legend names the ones that colour most nodes.
    QHash<QString, int> actorsOfSide;
    bool derived = false;
    for (const ActorGraphNode& node : std::as_const(m_graph.nodes)) {
        derived = derived || node.sideDerived;
        ++actorsOfSide[node.side];
    }
    QStringList names = actorsOfSide.keys();
    names.removeAll(QString());
    std::sort(names.begin(), names.end(), [&actorsOfSide](const QString& a, const QString& b) {
        const int countA = actorsOfSide.value(a), countB = actorsOfSide.value(b);
        return countA != countB ? countA > countB : a < b;
    });
    QList<NetworkLegend::Side> sides;
    for (const QString& side : std::as_const(names))
        sides.append({ side, sideColor(side) });
    if (actorsOfSide.contains(QString()))
        sides.append({ QString(), SidePalette::noSide() });
    QList<ActorKind> kinds;
    for (ActorKind kind : { ActorKind::Person, ActorKind::Organisation, ActorKind::State }) {
        const bool present = std::any_of(m_graph.nodes.cbegin(), m_graph.nodes.cend(),
            [kind](const ActorGraphNode& node) { return node.kind == kind; });
        if (present)
            kinds.append(kind);
    }
    m_legend.setSides(sides);
    m_legend.setKinds(kinds);
    m_legend.setDerivedSides(derived);
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    m_legend.setFont(small);
    m_legendOverlay->resize(m_legend.size().toSize() + QSize(1, 1));
    m_legendOverlay->setVisible(m_legendVisible && !m_legend.isEmpty());
    m_legendOverlay->raise();
    m_legendOverlay->update();
}

} // namespace Entente
