// The calendar's year view: twelve small months (or any run of months) with their meeting counts and
// days shaded by how many meetings they have. Clicking a month opens it in the month view.
#pragma once

#include "calendaryearpainter.h"

#include <QWidget>

namespace Entente {

class CorpusStore;

class CalendarYear : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarYear(CorpusStore* store, QWidget* parent = nullptr);
    ~CalendarYear() override;

    // Shows count months from the month of first.
    void setMonths(const QDate& first, int count);
    // Counts again from the store (the meetings of the months shown changed).
    void rebuild();
    const CalendarYearData& data() const { return m_data; }
    CalendarYearScene scene() const;
    const CalendarYearGeometry& geometry() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void monthActivated(const QDate& month);

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    CorpusStore* m_store;
    CalendarYearData m_data;
    mutable CalendarYearGeometry m_geometry;
    mutable bool m_geometryValid = false;
};

} // namespace Entente
