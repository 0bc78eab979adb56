// NetworkView: mouse, wheel and keys; zoom and fit.
#include "networkview.h"

#include "edgeitem.h"
#include "edgelayer.h"
#include "labelitem.h"
#include "nodeitem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QWheelEvent>

#include <cmath>

namespace Entente {

namespace {

constexpr double minimumScale = 0.01;
constexpr double maximumScale = 8.0;
constexpr double zoomStep = 1.25;

} // namespace

NetworkView::Hit NetworkView::clickableItemAt(const QPoint& viewportPos) const
{
    for (QGraphicsItem* item : items(viewportPos)) {
        if (item->type() == LabelItem::Type) {
            if (!static_cast<const LabelItem*>(item)->isDrawn())
                continue; // a label left out at this zoom is not there to click
            item = item->parentItem();
        }
        if (item && item->type() == NodeItem::Type)
            return { static_cast<NodeItem*>(item), nullptr };
        if (item == m_edgeLayer) // under every node: the first node found is over it
            return { nullptr, edgeAt(viewportPos) };
    }
    return {};
}

EdgeItem* NetworkView::edgeAt(const QPoint& viewportPos) const
{
    // The pixel under the pointer, in scene units: its half is the slack, as a click on the item was.
    const QRectF pixel = mapToScene(QRect(viewportPos, QSize(1, 1))).boundingRect();
    return m_edgeLayer->edgeAt(pixel.center(), std::max(pixel.width(), pixel.height()) / 2);
}

void NetworkView::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->pos();
    finishSwapIn(); // a press may drag a node: the layout is whole first
    m_pressed = event->button() == Qt::LeftButton ? clickableItemAt(event->pos()) : Hit {};
    // Dragging a hub moves hundreds of edges: without the BSP index each move is cheap.
    if (m_pressed.node && isLarge())
        m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    QGraphicsView::mousePressEvent(event);
}

void NetworkView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (!isLarge()) // large graphs keep no index
        m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    pinMovedNodes();
    const Hit pressed = std::exchange(m_pressed, {});
    const QScopedValueRollback clicking(m_clicking, true); // what was clicked is in view already
    if (!pressed.isNull() && (event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        if (pressed.node) {
            m_store->setCurrent({ MarkKind::Actor, pressed.node->actorId() });
        } else {
            const QStringList& meetings = pressed.edge->meetingIds();
            if (!meetings.isEmpty())
                m_store->setCurrent({ MarkKind::Meeting, meetings.constFirst() });
        }
    }
    // The scene changed the selection on the click; the store's current record decides it.
    applyCurrent(m_store->current());
}

void NetworkView::wheelEvent(QWheelEvent* event)
{
    zoomBy(std::pow(zoomStep, event->angleDelta().y() / 120.0));
    event->accept();
}

void NetworkView::keyPressEvent(QKeyEvent* event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    const int key = event->key();
    if (event->matches(QKeySequence::ZoomIn) || (control && (key == Qt::Key_Equal || key == Qt::Key_Plus)))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut) || (control && key == Qt::Key_Minus))
        zoomOut();
    else if (event->matches(QKeySequence::Find))
        showFind();
    else if (key == Qt::Key_F && !(event->modifiers() & ~Qt::KeypadModifier))
        fitAll();
    else if (key == Qt::Key_E && !(event->modifiers() & ~Qt::KeypadModifier))
        toggleEgoView();
    else if (key == Qt::Key_L && !(event->modifiers() & ~Qt::KeypadModifier))
        setLegendVisible(!m_legendVisible);
    else if (key == Qt::Key_Escape && !m_filter.focus.isEmpty())
        setEgoActor({});
    else
        QGraphicsView::keyPressEvent(event);
}

void NetworkView::zoomIn()
{
    zoomBy(zoomStep);
}

void NetworkView::zoomOut()
{
    zoomBy(1 / zoomStep);
}

void NetworkView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double wanted = std::clamp(current * factor, minimumScale, maximumScale);
    scale(wanted / current, wanted / current);
    m_userZoomed = true;
}

void NetworkView::fitAll()
{
    m_fitPending = false;
    m_userZoomed = false;
    const QRectF items = m_scene->itemsBoundingRect();
    if (items.isEmpty()) {
        resetTransform();
        return;
    }
    // Fit beside the legend when there is room for both, and never blow a small graph up.
    const double legend = m_legend.isEmpty() || !m_legendVisible ? 0.0 : m_legend.size().width() + legendMargin;
    QRectF room = QRectF(viewport()->rect()).adjusted(legendMargin + legend, legendMargin, -legendMargin, -legendMargin);
    double shift = legend;
    if (room.width() < viewport()->width() / 2.0) {
        room = QRectF(viewport()->rect()).adjusted(legendMargin, legendMargin, -legendMargin, -legendMargin);
        shift = 0;
    }
    // Labels keep their pixel size when the graph is scaled down: leave room for half a name at the
    // sides and a line below.
    const QFontMetricsF metrics(m_labelFont);
    room.adjust(metrics.averageCharWidth() * 7, 0, -metrics.averageCharWidth() * 7, -metrics.height());
    const double scale = std::clamp(std::min(room.width() / items.width(), room.height() / items.height()),
        minimumScale, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(items.center() - QPointF(shift / 2 / scale, 0));
}

void NetworkView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        fitAll();
}

void NetworkView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlays();
    if (isVisible() && (m_fitPending || !m_userZoomed))
        fitAll();
}

void NetworkView::changeEvent(QEvent* event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    else if (event->type() == QEvent::FontChange && font() != m_labelFont) {
        m_freshLayout = true; // label sizes changed: a new layout keeps them apart again
        rebuild(Fit::Keep);
    }
}

} // namespace Entente
