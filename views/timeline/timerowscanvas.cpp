#include "timerowscanvas.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

constexpr double keyZoom = 1.5;
constexpr double dragThreshold = 4;
// A wheel notch (120 eighths of a degree) zooms by 20%.
constexpr double wheelBase = 1.2;

} // namespace

TimeRowsCanvas::TimeRowsCanvas(QWidget* parent)
    : QWidget(parent)
    , m_rows(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    m_rows->setObjectName(QStringLiteral("rowScrollBar"));
    m_rows->setRange(0, 0);
    m_rows->hide();
    connect(m_rows, &QScrollBar::valueChanged, this, [this] {
        invalidate();
        update();
    });
}

TimeRowsCanvas::~TimeRowsCanvas() = default;

void TimeRowsCanvas::setContent(const TimeRowsContent* content)
{
    m_content = content;
    contentChanged();
}

void TimeRowsCanvas::contentChanged()
{
    invalidate();
    updateRowRange();
    if (!m_zoomedByHand)
        fit();
    update();
}

void TimeRowsCanvas::setDays(double fromDay, double toDay)
{
    m_zoomedByHand = true;
    const TimeScale before = m_scale;
    geometry(); // the scale's pixels
    m_scale.setDays(fromDay, toDay);
    if (!(before == m_scale)) {
        update();
        Q_EMIT daysChanged();
    }
}

void TimeRowsCanvas::fit()
{
    const auto extent = m_content ? m_content->extent() : std::nullopt;
    if (!extent)
        return;
    const double span = std::max(1.0, extent->second - extent->first);
    const double margin = std::max(1.0, span * 0.03);
    const TimeScale before = m_scale;
    geometry();
    m_scale.setDays(extent->first - margin, extent->second + margin);
    m_zoomedByHand = false;
    if (!(before == m_scale)) {
        update();
        Q_EMIT daysChanged();
    }
}

void TimeRowsCanvas::zoomIn()
{
    const QRectF plot = geometry().plotRect;
    zoomAround(keyZoom, plot.center().x());
}

void TimeRowsCanvas::zoomOut()
{
    const QRectF plot = geometry().plotRect;
    zoomAround(1 / keyZoom, plot.center().x());
}

void TimeRowsCanvas::showRow(int row)
{
    const int capacity = std::max(1, m_rows->pageStep());
    if (row < m_rows->value())
        m_rows->setValue(row);
    else if (row >= m_rows->value() + capacity)
        m_rows->setValue(row - capacity + 1);
}

int TimeRowsCanvas::firstRow() const
{
    return m_rows->value();
}

qreal TimeRowsCanvas::rowHeight() const
{
    return std::max<qreal>(22, std::ceil(fontMetrics().height() + 10));
}

TimeRowsStyle TimeRowsCanvas::style() const
{
    return TimeRowsStyle::from(font(), palette(), locale());
}

const TimeRowsGeometry& TimeRowsCanvas::geometry() const
{
    if (!m_geometryValid) {
        QRectF area = QRectF(rect()).adjusted(2, 0, -2, -2);
        if (!m_rows->isHidden())
            area.setRight(m_rows->geometry().left() - 2);
        m_geometry = m_content
            ? TimeRowsGeometry::compute(*m_content, area, style(), { rowHeight(), m_rows->value(), -1, true, m_labelsWidth })
            : TimeRowsGeometry {};
        m_geometryValid = true;
        // The scale keeps its days and follows the plot's pixels.
        auto* self = const_cast<TimeRowsCanvas*>(this);
        self->m_scale.setPixels(m_geometry.plotRect.left(), std::max<qreal>(1, m_geometry.plotRect.width()));
    }
    return m_geometry;
}

TimeRowsHit TimeRowsCanvas::hitAt(const QPointF& position) const
{
    if (!m_content)
        return {};
    const TimeRowsGeometry& g = geometry();
    const int row = g.rowAt(position);
    if (row < 0 || position.x() < g.plotRect.left())
        return {};
    return m_content->hitTest(row, g.rowRect(row), m_scale, position);
}

QSize TimeRowsCanvas::sizeHint() const
{
    return { 900, 480 };
}

QSize TimeRowsCanvas::minimumSizeHint() const
{
    return { 360, 200 };
}

void TimeRowsCanvas::invalidate()
{
    m_geometryValid = false;
}

void TimeRowsCanvas::updateRowRange()
{
    const int rows = m_content ? m_content->rowCount() : 0;
    m_rows->setGeometry(width() - m_rows->sizeHint().width(), 0, m_rows->sizeHint().width(), height());
    // Measured here, not on every scroll step.
    m_labelsWidth = m_content ? TimeRowsGeometry::labelsWidthFor(*m_content, style(), width()) : 0;
    // Rows that fit below the axis, with and without the scroll bar.
    invalidate();
    const TimeRowsGeometry& g = geometry();
    const int capacity = std::max(1, int(std::floor(g.plotRect.height() / rowHeight())));
    const bool scroll = rows > capacity;
    if (scroll == m_rows->isHidden()) {
        m_rows->setHidden(!scroll);
        invalidate();
    }
    m_rows->setRange(0, std::max(0, rows - capacity));
    m_rows->setPageStep(capacity);
    m_rows->setSingleStep(1);
    invalidate();
}

void TimeRowsCanvas::zoomAround(double factor, double x)
{
    geometry();
    const TimeScale before = m_scale;
    m_scale.zoom(factor, x);
    m_zoomedByHand = true;
    if (!(before == m_scale)) {
        update();
        Q_EMIT daysChanged();
    }
}

void TimeRowsCanvas::panBy(double pixels)
{
    geometry();
    const TimeScale before = m_scale;
    m_scale.pan(pixels);
    m_zoomedByHand = true;
    if (!(before == m_scale)) {
        update();
        Q_EMIT daysChanged();
    }
}

bool TimeRowsCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_content) {
        auto* help = static_cast<QHelpEvent*>(event);
        const TimeRowsGeometry& g = geometry();
        QString text;
        const int row = g.rowAt(help->pos());
        if (row >= 0 && help->pos().x() < g.plotRect.left())
            text = m_content->rowLabel(row).toHtmlEscaped(); // the whole label, however elided
        else if (const TimeRowsHit hit = hitAt(help->pos()); hit.isValid())
            text = m_content->toolTip(hit, locale());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimeRowsCanvas::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LocaleChange) {
        updateRowRange();
        update();
    }
}

void TimeRowsCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_content)
        paintTimeRows(&painter, geometry(), m_scale, *m_content, style());
}

void TimeRowsCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateRowRange();
}

void TimeRowsCanvas::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    const TimeRowsGeometry& g = geometry();
    if (event->position().x() < g.plotRect.left()) {
        // Over the labels the wheel scrolls the rows, three a notch.
        m_rows->setValue(m_rows->value() - delta.y() / 40);
    } else if (delta.x() != 0 || event->modifiers().testFlag(Qt::ShiftModifier)) {
        panBy((delta.x() != 0 ? delta.x() : delta.y()) / 2.0);
    } else if (delta.y() != 0) {
        zoomAround(std::pow(wheelBase, delta.y() / 120.0), event->position().x());
    }
    event->accept();
}

void TimeRowsCanvas::keyPressEvent(QKeyEvent* event)
{
    const double step = geometry().plotRect.width() / 8;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(step);
        break;
    case Qt::Key_Right:
        panBy(-step);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        fit();
        break;
    case Qt::Key_Up:
        m_rows->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        m_rows->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_PageUp:
        m_rows->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        m_rows->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeRowsCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position();
    event->accept();
}

void TimeRowsCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_pressed)
        return;
    const QPointF moved = event->position() - m_pressPosition;
    if (!m_dragging && std::abs(moved.x()) < dragThreshold)
        return;
    if (!m_dragging)
        setCursor(Qt::ClosedHandCursor);
    m_dragging = true;
    panBy(moved.x());
    m_pressPosition = event->position();
}

void TimeRowsCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    if (const TimeRowsHit hit = hitAt(event->position()); hit.isValid())
        Q_EMIT activated(hit);
}

void TimeRowsCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && event->position().x() >= geometry().plotRect.left())
        zoomAround(2, event->position().x());
}

} // namespace Entente
