// A day typed as the analyst writes it, without jumping between sections: 2015-11-20, 20151120,
// 2015/11/20, the locale's own short form (20.11.2015, 11/20/15), "today", "yesterday", "tomorrow"
// or "3 days ago". What the text means is shown under it; a button opens a calendar.
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Entente {

class DateLineEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget* parent = nullptr);
    ~DateLineEdit() override;

    // The day the text means, invalid while it means none.
    QDate date() const { return m_date; }
    void setDate(QDate date);
    QLineEdit* lineEdit() const { return m_edit; }

    // The day a text means, with relative words counted from today.
    static QDate parse(QStringView text, QDate today = QDate::currentDate(), const QLocale& locale = {});

Q_SIGNALS:
    void dateChanged(QDate date);

private:
    void textChanged();

    QLineEdit* m_edit;
    QToolButton* m_calendar;
    QLabel* m_meaning;
    QDate m_date;
};

} // namespace Entente
