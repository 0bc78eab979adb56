// The issue form: id (rename), title, and the status history with Add, Edit and Remove.
#pragma once

#include "recordform.h"

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Entente {

class IssueForm : public RecordForm
{
    Q_OBJECT
public:
    IssueForm(CorpusStore* store, ArticleSet* articles, QWidget* parent = nullptr);
    ~IssueForm() override;

    void startNew(int article, int textStart, int textEnd, const Issue& prefill);

    // The history the table shows (the issue's, or the new issue's while creating).
    QList<StatusChange> history() const { return m_history; }
    // What the Add, Edit and Remove buttons do after their dialog; false with the message under the
    // history when the change is refused.
    bool addStatusChange(const StatusChange& change);
    bool editStatusChange(int row, const StatusChange& change);
    bool removeStatusChange(int row);

protected:
    void loadValues(bool keepEdited) override;
    Creation creation() const override;
    void setFieldModified(const QString& name, bool modified) override;

private:
    void commit(const QString& name);
    void showHistory();
    void openStatusDialog(int row); // row -1 adds
    // The article and the index in its issue's history of a row's change (statuses of one issue may
    // come from several articles).
    std::pair<int, int> locate(int row) const;
    bool applyStatusEdit(int article, const DocumentEdits::EditResult& result);

    QLineEdit* m_id;
    QLineEdit* m_title;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QList<StatusChange> m_history;
};

} // namespace Entente
