// The widget of a rows-along-time chart: paints a TimeRowsContent, zooms continuously from days to
// millennia (wheel over the plot, + and -, double-click), pans (drag, horizontal wheel, arrow keys),
// fits everything (Home or 0), scrolls rows (wheel over the labels, the scroll bar, Up/Down/Page keys)
// and reports clicks on marks. Painting and hit tests share one geometry.
#pragma once

#include "timerows.h"

#include <QWidget>

class QScrollBar;

namespace Entente {

class TimeRowsCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit TimeRowsCanvas(QWidget* parent = nullptr);
    ~TimeRowsCanvas() override;

    // What to paint; not owned, must outlive the canvas or be replaced first.
    void setContent(const TimeRowsContent* content);
    // The content's rows or marks changed: repaint, keeping the zoom unless nothing was zoomed yet.
    void contentChanged();

    const TimeScale& scale() const { return m_scale; }
    // Shows [fromDay, toDay); the analyst's zoom from now on.
    void setDays(double fromDay, double toDay);
    void fit();
    void zoomIn();
    void zoomOut();
    // Scrolls so that row is shown.
    void showRow(int row);
    int firstRow() const;
    qreal rowHeight() const;

    const TimeRowsGeometry& geometry() const;
    TimeRowsStyle style() const;
    TimeRowsHit hitAt(const QPointF& position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(const Entente::TimeRowsHit& hit);
    // The days shown changed (zoom, pan, fit).
    void daysChanged();

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void invalidate();
    void updateRowRange();
    void zoomAround(double factor, double x);
    void panBy(double pixels);

    const TimeRowsContent* m_content = nullptr;
    QScrollBar* m_rows;
    TimeScale m_scale;
    qreal m_labelsWidth = 0;
    bool m_zoomedByHand = false; // until then the canvas fits the content whenever it changes
    mutable TimeRowsGeometry m_geometry;
    mutable bool m_geometryValid = false;
    QPointF m_pressPosition;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace Entente
