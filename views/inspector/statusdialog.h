// Adds or edits one status change of an issue: date with its precision, status, evidence, note.
#pragma once

#include "types.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Entente {

class FieldError;
class FuzzyDateEdit;

class StatusDialog : public QDialog
{
    Q_OBJECT
public:
    // anchors: the mark anchors of the article, offered as evidence.
    StatusDialog(const StatusChange& change, const QStringList& anchors, QWidget* parent = nullptr);
    ~StatusDialog() override;

    // The dialog's values over the change it was opened with (origin and unknown fields kept).
    StatusChange change() const;
    void accept() override; // refuses an invalid date, with the message under it

private:
    StatusChange m_change;
    FuzzyDateEdit* m_date;
    QComboBox* m_status;
    QComboBox* m_evidence;
    QLineEdit* m_note;
    FieldError* m_dateError;
    FieldError* m_evidenceError;
};

} // namespace Entente
