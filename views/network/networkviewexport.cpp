// NetworkView as an ExportableView: the whole graph, at scale 1, with the legend on its right.
#include "networkview.h"

#include <QPainter>

namespace Entente {

namespace {

constexpr double exportMargin = 24.0;

} // namespace

QRectF NetworkView::exportSceneRect() const
{
    const QRectF items = m_scene->itemsBoundingRect();
    return items.isNull() ? QRectF() : items.adjusted(-exportMargin, -exportMargin, exportMargin, exportMargin);
}

QSizeF NetworkView::exportSize() const
{
    const QRectF graph = exportSceneRect();
    if (graph.isNull())
        return {};
    NetworkLegend full = m_legend;
    full.setCompact(false);
    full.setFont(font());
    const QSizeF legend = full.size();
    if (legend.isEmpty())
        return graph.size();
    return { graph.width() + legend.width() + exportMargin, std::max(graph.height(), legend.height() + 2 * exportMargin) };
}

QTransform NetworkView::exportTransform(const QRectF& target) const
{
    const QSizeF size = exportSize();
    const QRectF graph = exportSceneRect();
    if (size.isEmpty())
        return {};
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    QTransform transform;
    transform.translate(target.x(), target.y());
    transform.scale(scale, scale);
    transform.translate(-graph.left(), -graph.top() + (size.height() - graph.height()) / 2);
    return transform;
}

void NetworkView::renderExport(QPainter* painter, const QRectF& target)
{
    const QSizeF size = exportSize();
    if (size.isEmpty())
        return;
    const QRectF graph = exportSceneRect();
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    painter->fillRect(QRectF(QPointF(0, 0), size), palette().color(QPalette::Base));
    // Exports name every side, in the view's font.
    NetworkLegend full = m_legend;
    full.setCompact(false);
    full.setFont(font());
    full.paint(painter, QPointF(graph.width(), exportMargin));
    painter->restore();

    // Labels keep their size in the picture: as many as it has room for, the busiest actors first.
    const QTransform sceneToDevice = exportTransform(target) * painter->worldTransform();
    placeLabels(sceneToDevice, sceneToDevice.mapRect(graph));
    m_placementStale = true; // the screen's choice is made again on the next paint
    painter->save();
    painter->setTransform(exportTransform(target), true);
    m_scene->render(painter, graph, graph);
    painter->restore();
}

} // namespace Entente
