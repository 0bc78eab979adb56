// The meeting form: id (rename), title, participants, start and end, place, status, kind and the
// issues discussed, each committed on its own.
#pragma once

#include "recordform.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Entente {

class FuzzyDateEdit;
class IdListEdit;

class MeetingForm : public RecordForm
{
    Q_OBJECT
public:
    MeetingForm(CorpusStore* store, ArticleSet* articles, QWidget* parent = nullptr);
    ~MeetingForm() override;

    void startNew(int article, int textStart, int textEnd, const Meeting& prefill);

protected:
    void loadValues(bool keepEdited) override;
    void updateChoices() override;
    Creation creation() const override;
    void setFieldModified(const QString& name, bool modified) override;

private:
    Meeting fromWidgets(Meeting meeting, const QString& name) const;
    void commit(const QString& name);
    void setDates(const FuzzyDate& start, const FuzzyDate& end);

    QLineEdit* m_id;
    QLineEdit* m_title;
    IdListEdit* m_participants;
    FuzzyDateEdit* m_start;
    QCheckBox* m_singleDay;
    FuzzyDateEdit* m_end;
    QLineEdit* m_place;
    QComboBox* m_status;
    QComboBox* m_meetingKind;
    IdListEdit* m_issues;
};

} // namespace Entente
