// A date as precise as the article makes it: a day picker and a precision (day, week, month,
// quarter, season, year, decade, century, approximate). The earliest date of the picker reads "No date" and means an invalid date.
#pragma once

#include "fuzzydate.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace Entente {

class FuzzyDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit FuzzyDateEdit(QWidget* parent = nullptr);
    ~FuzzyDateEdit() override;

    // objectName name, and name + "Date" / name + "Precision" for the parts (for tests).
    void setNames(const QString& name);

    // The date of the chosen precision that contains the picked day (a week gives its Monday, a
    // quarter its first day), as the format reads them.
    FuzzyDate date() const;
    void setDate(const FuzzyDate& date); // clears isModified()
    // Changed by the analyst since setDate().
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* precisionCombo() const { return m_precision; }

Q_SIGNALS:
    // The analyst is done with a change: the day lost focus or Enter was pressed, or a precision
    // was chosen.
    void editingFinished();

private:
    QDateEdit* m_date;
    QComboBox* m_precision;
    bool m_modified = false;
    bool m_setting = false;
};

} // namespace Entente
