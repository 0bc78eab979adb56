#include "issueform.h"

#include "articleset.h"
#include "fielderror.h"
#include "format.h"
#include "ids.h"
#include "labels.h"
#include "statusdialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace Entente {

using namespace RecordValidation;

namespace {

const QString historyName = QStringLiteral("history");

} // namespace

IssueForm::IssueForm(CorpusStore* store, ArticleSet* articles, QWidget* parent)
    : RecordForm(MarkKind::Issue, store, articles, parent)
    , m_id(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("Ed&it…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("issueForm"));
    m_id->setObjectName(QStringLiteral("issueId"));
    m_id->setToolTip(tr("The id that marks and meetings use; renaming it renames them too"));
    m_title->setObjectName(QStringLiteral("issueTitle"));
    m_title->setToolTip(tr("What lists and charts show for the issue"));
    m_table->setObjectName(QStringLiteral("issueHistory"));
    m_table->setToolTip(tr("The issue's status changes in date order"));
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Status"), tr("Evidence"), tr("Note") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("addStatus"));
    m_add->setToolTip(tr("Add a status change"));
    m_edit->setObjectName(QStringLiteral("editStatus"));
    m_edit->setToolTip(tr("Change the selected status change"));
    m_remove->setObjectName(QStringLiteral("removeStatus"));
    m_remove->setToolTip(tr("Remove the selected status change"));

    auto* history = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    historyLayout->addLayout(buttons);
    history->setFocusProxy(m_table);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addRow(form, tr("&Id:"), m_id, QStringLiteral("id"));
    addRow(form, tr("&Title:"), m_title, QStringLiteral("title"));
    addRow(form, tr("&History:"), history, historyName);

    connect(m_id, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("id")); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("title")); });
    connect(m_add, &QPushButton::clicked, this, [this] { openStatusDialog(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openStatusDialog(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openStatusDialog(row); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeStatusChange(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(m_table->currentRow() >= 0);
        m_remove->setEnabled(m_table->currentRow() >= 0);
    });
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

IssueForm::~IssueForm()
{
    disconnectFields();
}

void IssueForm::startNew(int article, int textStart, int textEnd, const Issue& prefill)
{
    beginCreating(article, textStart, textEnd);
    Issue issue = prefill;
    if (issue.title.isEmpty())
        issue.title = words().simplified();
    if (issue.id.isEmpty() && !issue.title.isEmpty())
        issue.id = uniqueId(m_store->corpus(), MarkKind::Issue, idFromText(issue.title));
    m_id->setText(issue.id);
    m_title->setText(issue.title);
    m_history = issue.history;
    showHistory();
}

void IssueForm::loadValues(bool keepEdited)
{
    const Issue& issue = m_store->corpus().issues.at(m_store->corpus().issueIndex(recordId()));
    setText(m_id, QStringLiteral("id"), issue.id, keepEdited);
    setText(m_title, QStringLiteral("title"), issue.title, keepEdited);
    m_history = issue.history;
    showHistory();
}

void IssueForm::showHistory()
{
    const int selected = m_table->currentRow();
    m_table->setRowCount(int(m_history.size()));
    for (int row = 0; row < m_history.size(); ++row) {
        const StatusChange& change = m_history.at(row);
        const QStringList cells { Labels::fuzzyDate(change.date), Labels::issueStatus(change.status),
                                  change.evidence, change.note };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
}

RecordForm::Creation IssueForm::creation() const
{
    Issue issue;
    issue.id = m_id->text().trimmed();
    issue.title = m_title->text().trimmed();
    issue.history = m_history;
    Creation creation {
        issue.id, Format::formatIssue(issue), {}, issue.history, checkIssue(m_store->corpus(), issue)
    };
    // The marked words are the evidence of the first status, unless it names other evidence.
    if (hasWords() && !creation.statuses.isEmpty()) {
        QString& evidence = creation.statuses.first().evidence;
        if (evidence.isEmpty())
            evidence = uniqueAnchor(m_articles->document(article()), issue.id);
        creation.anchor = evidence;
    }
    return creation;
}

void IssueForm::commit(const QString& name)
{
    if (isCreating() || !recordExists() || commitId(name, m_id->text().trimmed()))
        return;
    const Document& doc = document();
    const int index = doc.issueIndex(recordId());
    if (index < 0)
        return;
    const Issue& before = doc.issues.at(index);
    Issue after = before;
    after.title = m_title->text().trimmed();
    const Corpus& corpus = m_store->corpus();
    commitLine(name, after == before, checkIssue(corpus, before, before.id),
               checkIssue(corpus, after, before.id), Format::formatIssue(after));
}

void IssueForm::setFieldModified(const QString& name, bool modified)
{
    if (name == u"id")
        m_id->setModified(modified);
    else if (name == u"title")
        m_title->setModified(modified);
}

void IssueForm::openStatusDialog(int row)
{
    if (row >= m_history.size())
        return;
    StatusChange change;
    if (row >= 0) {
        change = m_history.at(row);
    } else {
        change.date = m_history.isEmpty() ? FuzzyDate {} : m_history.constLast().date;
        change.status = m_history.isEmpty() ? IssueStatus::Open : m_history.constLast().status;
    }
    QStringList anchors;
    for (const Mark& mark : m_articles->document(article()).marks) {
        if (!mark.anchor.isEmpty())
            anchors.append(mark.anchor);
    }
    StatusDialog dialog(change, anchors, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (row < 0)
        addStatusChange(dialog.change());
    else
        editStatusChange(row, dialog.change());
}

std::pair<int, int> IssueForm::locate(int row) const
{
    if (row < 0 || row >= m_history.size())
        return { -1, -1 };
    const Origin& origin = m_history.at(row).origin;
    const int article = m_articles->indexOfFile(origin.file);
    const Document& doc = m_articles->document(article);
    const int issue = doc.issueIndex(recordId());
    const QList<StatusChange> none;
    const QList<StatusChange>& history = issue < 0 ? none : doc.issues.at(issue).history;
    for (int i = 0; i < history.size(); ++i) {
        if (history.at(i).origin.line == origin.line)
            return { article, i };
    }
    return { article, -1 };
}

bool IssueForm::applyStatusEdit(int article, const DocumentEdits::EditResult& result)
{
    QString error;
    if (!m_articles->applyEdits(article, result, &error)) {
        fieldError(historyName)->showError(error);
        return false;
    }
    fieldError(historyName)->clearError();
    return true;
}

bool IssueForm::addStatusChange(const StatusChange& change)
{
    if (const Problems problems = checkStatus(change); !problems.isEmpty()) {
        fieldError(historyName)->showError(problems.first().message);
        return false;
    }
    if (isCreating()) {
        // Kept in date order, as the file keeps status lines.
        auto at = std::find_if(m_history.begin(), m_history.end(), [&change](const StatusChange& c) {
            return change.date.first() < c.date.first();
        });
        m_history.insert(at, change);
        fieldError(historyName)->clearError();
        showHistory();
        return true;
    }
    const int article = this->article();
    return applyStatusEdit(article,
                           DocumentEdits::addStatus(m_articles->document(article), recordId(), change));
}

bool IssueForm::editStatusChange(int row, const StatusChange& change)
{
    if (const Problems problems = checkStatus(change); !problems.isEmpty()) {
        fieldError(historyName)->showError(problems.first().message);
        return false;
    }
    if (row < 0 || row >= m_history.size())
        return false;
    if (isCreating()) {
        m_history.removeAt(row);
        return addStatusChange(change);
    }
    const auto [article, index] = locate(row);
    return applyStatusEdit(
        article, DocumentEdits::setStatus(m_articles->document(article), recordId(), index, change));
}

bool IssueForm::removeStatusChange(int row)
{
    if (row < 0 || row >= m_history.size())
        return false;
    if (isCreating()) {
        m_history.removeAt(row);
        showHistory();
        return true;
    }
    const auto [article, index] = locate(row);
    return applyStatusEdit(article,
                           DocumentEdits::removeStatus(m_articles->document(article), recordId(), index));
}

} // namespace Entente
