// NetworkView as an ExportableView: the whole graph, at scale 1, with the legend on its right.
// A picture drawn smaller (a width asked for, or a large graph's PNG) scales the graph only: the
// legend keeps its size, as the names do, while the graph keeps at least half the width.
#include "networkview.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace Entente {

namespace {

constexpr double exportMargin = 24.0;

} // namespace

QRectF NetworkView::exportSceneRect() const
{
    const QRectF items = m_scene->itemsBoundingRect();
    return items.isNull() ? QRectF() : items.adjusted(-exportMargin, -exportMargin, exportMargin, exportMargin);
}

NetworkLegend NetworkView::exportLegend() const
{
    // Exports name every side, in the view's font.
    NetworkLegend full = m_legend;
    full.setCompact(false);
    full.setFont(font());
    return full;
}

QSizeF NetworkView::exportSize() const
{
    const QRectF graph = exportSceneRect();
    if (graph.isNull())
        return {};
    const QSizeF legend = exportLegend().size();
    if (legend.isEmpty())
        return graph.size();
    return { graph.width() + legend.width() + exportMargin, std::max(graph.height(), legend.height() + 2 * exportMargin) };
}

QSizeF NetworkView::defaultPngSize() const
{
    const QRectF graph = exportSceneRect();
    if (graph.isNull())
        return {};
    // A name of about 14 letters and as much room again around it, for each actor.
    const QFontMetricsF metrics(font());
    const double perActor = 2 * metrics.height() * metrics.averageCharWidth() * 14;
    const double pixels = std::min(defaultPngPixels, std::max(minimumPngPixels, double(m_graph.nodes.size()) * perActor));
    const double area = graph.width() * graph.height();
    if (area <= pixels)
        return exportSize();
    const double scale = std::sqrt(pixels / area);
    const QSizeF legend = exportLegend().size();
    if (legend.isEmpty())
        return graph.size() * scale;
    return { graph.width() * scale + legend.width() + exportMargin,
        std::max(graph.height() * scale, legend.height() + 2 * exportMargin) };
}

NetworkView::ExportLayout NetworkView::exportLayout(const QRectF& target) const
{
    ExportLayout layout;
    const QSizeF size = exportSize();
    const QRectF graph = exportSceneRect();
    if (size.isEmpty())
        return layout;
    const QSizeF legend = exportLegend().size();
    const double room = target.width() - legend.width() - exportMargin;
    if (!legend.isEmpty() && room >= target.width() / 2 && legend.height() + 2 * exportMargin <= target.height()) {
        layout.graphScale = std::min(room / graph.width(), target.height() / graph.height());
        layout.legendScale = 1.0;
    } else { // a small picture: all of it drawn smaller alike
        layout.graphScale = layout.legendScale = std::min(target.width() / size.width(), target.height() / size.height());
    }
    const double graphHeight = graph.height() * layout.graphScale;
    const double height = std::max(graphHeight, (legend.height() + 2 * exportMargin) * layout.legendScale);
    layout.graphOrigin = target.topLeft() + QPointF(0, (std::min(height, target.height()) - graphHeight) / 2);
    layout.legendOrigin = target.topLeft() + QPointF(graph.width() * layout.graphScale, exportMargin * layout.legendScale);
    return layout;
}

QTransform NetworkView::exportTransform(const QRectF& target) const
{
    const ExportLayout layout = exportLayout(target);
    const QRectF graph = exportSceneRect();
    QTransform transform;
    transform.translate(layout.graphOrigin.x(), layout.graphOrigin.y());
    transform.scale(layout.graphScale, layout.graphScale);
    transform.translate(-graph.left(), -graph.top());
    return transform;
}

void NetworkView::renderExport(QPainter* painter, const QRectF& target)
{
    if (exportSize().isEmpty())
        return;
    const ExportLayout layout = exportLayout(target);
    const QRectF graph = exportSceneRect();
    painter->fillRect(target, palette().color(QPalette::Base));
    painter->save();
    painter->translate(layout.legendOrigin);
    painter->scale(layout.legendScale, layout.legendScale);
    exportLegend().paint(painter, QPointF(0, 0));
    painter->restore();

    // Labels keep their size in the picture: as many as it has room for, the busiest actors first.
    const QTransform toTarget = exportTransform(target);
    const QTransform sceneToDevice = toTarget * painter->worldTransform();
    placeLabels(sceneToDevice, sceneToDevice.mapRect(graph), true);
    m_placementStale = true; // the screen's choice is made again on the next paint
    painter->save();
    painter->setTransform(toTarget, true);
    m_scene->render(painter, graph, graph);
    painter->restore();
}

} // namespace Entente
