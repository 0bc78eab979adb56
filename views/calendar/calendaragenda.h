// The meetings of the weeks the calendar shows, as a list beside the grid: dates, title, status,
// place. Selecting a row selects the meeting everywhere; the view selects the row of the current meeting.
#pragma once

#include "corpus.h"

#include <QLocale>
#include <QTreeWidget>

namespace Entente {

class CalendarAgenda : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, StatusColumn, PlaceColumn, ColumnCount };
    static constexpr int MeetingIdRole = Qt::UserRole + 1;

    explicit CalendarAgenda(QWidget* parent = nullptr);
    ~CalendarAgenda() override;

    // Rows for corpus.meetings[index] of each index, in the order given; keeps the selected meeting.
    void setMeetings(const Corpus& corpus, const QList<int>& indexes, const QLocale& locale);
    // Selects the meeting's row (none for an empty or absent id) without emitting meetingActivated.
    void selectMeeting(const QString& meetingId);
    QString selectedMeeting() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    // The user chose a row.
    void meetingActivated(const QString& meetingId);

private:
    QString m_selected;
    bool m_following = false;
};

} // namespace Entente
