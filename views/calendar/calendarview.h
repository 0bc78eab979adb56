// The meeting calendar: a month grid like a desktop calendar (meetings as chips coloured by status,
// imprecise dates drawn as imprecise), navigation, and an agenda of the weeks shown. Selection is
// shared with every other view through the CorpusStore.
#pragma once

#include "exportableview.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QPushButton;
class QToolButton;

namespace Entente {

class CalendarAgenda;
class CalendarGrid;
class CorpusStore;
struct CorpusChange;
struct RecordRef;

class CalendarView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    explicit CalendarView(CorpusStore* store, QWidget* parent = nullptr);
    ~CalendarView() override;

    void setMonth(int year, int month);
    QDate visibleMonth() const; // the first day of the month shown
    void showPreviousMonth();
    void showNextMonth();
    void showToday();
    // The month of the current record when it is a meeting; returns false otherwise.
    bool showSelectedMeeting();

    // In grid() coordinates for its current size: the first chip of a meeting, null when not shown.
    QRectF chipRect(const QString& meetingId) const;
    QString chipAt(const QPoint& gridPosition) const;
    CalendarGrid* grid() const { return m_grid; }
    CalendarAgenda* agenda() const { return m_agenda; }

    QString exportName() const override;
    QSizeF exportSize() const override;
    void renderExport(QPainter* painter, const QRectF& target) override;

Q_SIGNALS:
    void monthChanged(const QDate& month);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void followCorpusReset();
    void followCorpusUpdate(const CorpusChange& change);
    void followCurrent(const RecordRef& current);
    void refreshAgenda();
    void updateGoToSelected();

    CorpusStore* m_store;
    CalendarGrid* m_grid;
    CalendarAgenda* m_agenda;
    QToolButton* m_previous;
    QToolButton* m_next;
    QPushButton* m_today;
    QDateEdit* m_monthPicker;
    QPushButton* m_goToSelected;
};

} // namespace Entente
