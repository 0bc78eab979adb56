#include "statusdialog.h"

#include "fielderror.h"
#include "fuzzydateedit.h"
#include "labels.h"
#include "recordvalidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Entente {

namespace {

// A field with its error label below it, as one form row.
FieldError* addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& name)
{
    auto* parent = form->parentWidget();
    auto* error = new FieldError(field, name, parent);
    auto* column = new QVBoxLayout;
    column->setSpacing(1);
    column->addWidget(field);
    column->addWidget(error);
    auto* buddy = new QLabel(label, parent);
    buddy->setBuddy(field);
    form->addRow(buddy, column);
    return error;
}

} // namespace

StatusDialog::StatusDialog(const StatusChange& change, const QStringList& anchors, QWidget* parent)
    : QDialog(parent)
    , m_change(change)
    , m_date(new FuzzyDateEdit(this))
    , m_status(new QComboBox(this))
    , m_evidence(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("statusDialog"));
    setWindowTitle(change.date.isValid() ? tr("Edit Status Change") : tr("Add Status Change"));
    m_date->setNames(QStringLiteral("status")); // parts: statusDate, statusPrecision
    m_date->setDate(change.date);
    m_status->setObjectName(QStringLiteral("statusStatus"));
    m_status->setToolTip(tr("The issue's status from this date on"));
    for (IssueStatus status : { IssueStatus::Open, IssueStatus::InDialogue, IssueStatus::Stalled,
                                IssueStatus::Escalating, IssueStatus::Resolved })
        m_status->addItem(Labels::issueStatus(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(change.status)));
    m_evidence->setObjectName(QStringLiteral("statusEvidence"));
    m_evidence->setEditable(true);
    m_evidence->setInsertPolicy(QComboBox::NoInsert);
    m_evidence->addItem(QString());
    m_evidence->addItems(anchors);
    m_evidence->setEditText(change.evidence);
    m_evidence->setToolTip(tr("The anchor of the marked words that support this change (optional)"));
    m_note->setObjectName(QStringLiteral("statusNote"));
    m_note->setText(change.note);
    m_note->setToolTip(tr("A short note on the change (optional)"));

    auto* form = new QFormLayout;
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_dateError = addRow(form, tr("&Date:"), m_date, QStringLiteral("date"));
    addRow(form, tr("&Status:"), m_status, QStringLiteral("status"));
    m_evidenceError = addRow(form, tr("&Evidence:"), m_evidence, QStringLiteral("evidence"));
    addRow(form, tr("&Note:"), m_note, QStringLiteral("note"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusDialog::reject);
}

StatusDialog::~StatusDialog() = default;

StatusChange StatusDialog::change() const
{
    StatusChange change = m_change;
    change.date = m_date->date();
    change.status = static_cast<IssueStatus>(m_status->currentData().toInt());
    change.evidence = m_evidence->currentText().trimmed();
    change.note = m_note->text().trimmed();
    return change;
}

void StatusDialog::accept()
{
    m_dateError->clearError();
    m_evidenceError->clearError();
    const RecordValidation::Problems problems = RecordValidation::checkStatus(change());
    for (const RecordValidation::Problem& problem : problems)
        (problem.field == RecordValidation::Field::Date ? m_dateError : m_evidenceError)
            ->showError(problem.message);
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace Entente
