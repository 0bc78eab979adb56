// The meeting calendar: a month grid like a desktop calendar (meetings as chips coloured by status,
// imprecise dates drawn as imprecise) with an agenda of the weeks shown, or a year view of small months
// shaded by meetings a day. Navigation by month or year, and straight to the previous or next month
// with meetings. Selection is shared with every other view through the CorpusStore; edits lay out
// again only when they touch the months shown.
#pragma once

#include "exportableview.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Entente {

class CalendarAgenda;
class CalendarGrid;
class CalendarYear;
class CorpusStore;
struct CorpusChange;
struct RecordRef;

class CalendarView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    enum class Mode { Month, Year };

    explicit CalendarView(CorpusStore* store, QWidget* parent = nullptr);
    ~CalendarView() override;

    // The month view of a month.
    void setMonth(int year, int month);
    // The year view of a year, or of the months first to last (at most maximumMonths).
    void setYear(int year);
    void setMonths(const QDate& first, const QDate& last);
    Mode mode() const { return m_mode; }
    QDate visibleMonth() const; // the first day of the month shown (the first month in the year view)
    int visibleMonthCount() const; // 1 in the month view
    void showPreviousMonth(); // or year, in the year view
    void showNextMonth();
    // The nearest month (year, in the year view) before or after the one shown that has meetings;
    // false when there is none.
    bool showPreviousWithMeetings();
    bool showNextWithMeetings();
    void showToday();
    // The month of the current record when it is a meeting; returns false otherwise.
    bool showSelectedMeeting();

    // In grid() coordinates for its current size: the first chip of a meeting, null when not shown.
    QRectF chipRect(const QString& meetingId) const;
    QString chipAt(const QPoint& gridPosition) const;
    CalendarGrid* grid() const { return m_grid; }
    CalendarAgenda* agenda() const { return m_agenda; }
    CalendarYear* yearView() const { return m_year; }
    // How many times the month grid or the year view was laid out from the corpus (tests: edits
    // outside the months shown must not lay out again).
    int layoutCount() const { return m_layouts; }

    QString exportName() const override;
    QSizeF exportSize() const override;
    void renderExport(QPainter* painter, const QRectF& target) override;
    ExportCaption exportCaption() const override;

    static constexpr int maximumMonths = 48;

Q_SIGNALS:
    void monthChanged(const QDate& month);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void setMode(Mode mode);
    void followCorpusReset();
    void followCorpusUpdate(const CorpusChange& change);
    bool touchesShown(const CorpusChange& change) const;
    void followCurrent(const RecordRef& current);
    void refreshAgenda();
    void updateControls();
    const QList<qint64>& monthsWithMeetings() const;

    CorpusStore* m_store;
    Mode m_mode = Mode::Month;
    CalendarGrid* m_grid;
    CalendarAgenda* m_agenda;
    CalendarYear* m_year;
    QStackedWidget* m_pages;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_previousBusy;
    QToolButton* m_nextBusy;
    QToolButton* m_monthMode;
    QToolButton* m_yearMode;
    QPushButton* m_today;
    QDateEdit* m_monthPicker;
    QPushButton* m_goToSelected;
    mutable QList<qint64> m_busyMonths; // sorted month keys with meetings
    mutable bool m_busyMonthsStale = true;
    int m_layouts = 0;
};

} // namespace Entente
