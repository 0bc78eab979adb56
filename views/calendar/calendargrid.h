// The painted month of the calendar view: title, strip of month-only meetings, the six-week grid with
// meeting chips, and the legend. Clicks and tooltips use the same geometry as the painting.
#pragma once

#include "calendargeometry.h"
#include "calendarpainter.h"

#include <QWidget>

namespace Entente {

class CorpusStore;

class CalendarGrid : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarGrid(CorpusStore* store, QWidget* parent = nullptr);
    ~CalendarGrid() override;

    void setMonth(int year, int month);
    QDate month() const { return m_layout.month(); }
    // Lays the month out again from the store (the corpus changed, or the locale's first weekday).
    void rebuild();
    void setSelectedMeeting(const QString& meetingId);

    const CalendarLayout& layout() const { return m_layout; }
    // What to paint, for the screen and for the export.
    CalendarScene scene() const;

    // Widget coordinates of a meeting's first chip (or its band), null when it is not shown.
    QRectF chipRect(const QString& meetingId) const;
    // The meeting whose chip or band is under position, or an empty string.
    QString chipAt(const QPoint& position) const;
    // Widget coordinates of a day's cell, null outside the six weeks shown.
    QRectF cellRect(const QDate& date) const;
    // Every rectangle of the picture for the widget's current size.
    const CalendarGeometry& geometry() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void meetingClicked(const QString& meetingId);

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QString toolTipAt(const QPoint& position) const;

    CorpusStore* m_store;
    CalendarLayout m_layout;
    QString m_selected;
    mutable CalendarGeometry m_geometry; // computed when first needed after a change
    mutable bool m_geometryValid = false;
};

} // namespace Entente
