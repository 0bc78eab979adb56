#include "recordform.h"

#include "articleset.h"
#include "corpuseditor.h"
#include "fielderror.h"
#include "format.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QVBoxLayout>
#include <functional>

namespace Entente {

using namespace RecordValidation;

QString fieldName(Field field)
{
    switch (field) {
    case Field::Id:
        return QStringLiteral("id");
    case Field::Name:
        return QStringLiteral("name");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Participants:
        return QStringLiteral("participants");
    case Field::Start:
        return QStringLiteral("start");
    case Field::End:
        return QStringLiteral("end");
    case Field::Issues:
        return QStringLiteral("issues");
    case Field::Date:
        return QStringLiteral("date");
    case Field::Evidence:
        return QStringLiteral("evidence");
    }
    return {};
}

RecordForm::RecordForm(MarkKind kind, CorpusStore* store, ArticleSet* articles, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_articles(articles)
    , m_kind(kind)
{ }

RecordForm::~RecordForm() = default;

void RecordForm::disconnectFields()
{
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

namespace {

const Origin* originOf(const Corpus& corpus, MarkKind kind, QStringView id)
{
    switch (kind) {
    case MarkKind::Actor:
        return corpus.actorIndex(id) < 0 ? nullptr : &corpus.actors.at(corpus.actorIndex(id)).origin;
    case MarkKind::Meeting:
        return corpus.meetingIndex(id) < 0 ? nullptr : &corpus.meetings.at(corpus.meetingIndex(id)).origin;
    case MarkKind::Issue:
        return corpus.issueIndex(id) < 0 ? nullptr : &corpus.issues.at(corpus.issueIndex(id)).origin;
    case MarkKind::Date:
        break;
    }
    return nullptr;
}

} // namespace

int RecordForm::article() const
{
    if (m_creating)
        return m_newArticle;
    const Origin* origin = originOf(m_store->corpus(), m_kind, m_id);
    return origin ? m_articles->indexOfFile(origin->file) : -1;
}

bool RecordForm::recordExists() const
{
    return !m_id.isEmpty() && originOf(m_store->corpus(), m_kind, m_id);
}

const Document& RecordForm::document() const
{
    return m_articles->document(article());
}

void RecordForm::showRecord(const QString& id)
{
    m_creating = false;
    m_words = {};
    m_id = id;
    m_pending.clear();
    clearErrors();
    updateChoices();
    if (recordExists())
        loadValues(false);
}

void RecordForm::refresh()
{
    updateChoices();
    if (!m_creating && recordExists())
        loadValues(true);
}

void RecordForm::beginCreating(int article, int textStart, int textEnd)
{
    m_creating = true;
    m_id.clear();
    m_newArticle = article;
    m_pending.clear();
    clearErrors();
    updateChoices();
    m_words = {};
    QTextDocument* text = m_articles->textDocument(article);
    if (text && textStart >= 0 && textStart < textEnd && textEnd <= text->characterCount()) {
        m_words = QTextCursor(text);
        m_words.setPosition(textStart);
        m_words.setPosition(textEnd, QTextCursor::KeepAnchor);
    }
}

void RecordForm::cancelCreation()
{
    m_creating = false;
    m_words = {};
    clearErrors();
}

QString RecordForm::create(QString* error)
{
    clearErrors();
    const Creation creation = this->creation();
    if (!creation.problems.isEmpty()) {
        for (const Problem& problem : creation.problems) {
            if (FieldError* label = m_errors.value(fieldName(problem.field)); label && !label->hasError())
                label->showError(problem.message);
        }
        *error = creation.problems.first().message;
        return {};
    }
    const int article = m_newArticle;
    using Step = std::function<DocumentEdits::EditResult(const Document&)>;
    QList<Step> steps { [&](const Document& doc) {
        return DocumentEdits::setRecord(doc, creation.line);
    } };
    if (hasWords()) {
        steps.append([&](const Document& doc) {
            return DocumentEdits::addMark(doc, m_words.selectionStart(), m_words.selectionEnd(), m_kind,
                                          creation.id, creation.anchor);
        });
    }
    for (const StatusChange& change : creation.statuses)
        steps.append([&creation, change](const Document& doc) {
            return DocumentEdits::addStatus(doc, creation.id, change);
        });
    // Each step is computed from the text the previous one left; together they are one undo step.
    bool applied = false;
    for (const Step& step : std::as_const(steps)) {
        const DocumentEdits::EditResult result = step(m_articles->document(article));
        if (!m_articles->applyEdits(article, result, error, applied)) {
            if (applied) {
                m_articles->textDocument(article)->undo();
                m_articles->document(article); // re-parse the restored text now
            }
            return {};
        }
        applied = applied || !result.edits.isEmpty();
    }
    m_creating = false;
    m_words = {};
    m_id = creation.id;
    return creation.id;
}

bool RecordForm::rename(const QString& newId, QString* error)
{
    if (m_creating || !recordExists()) {
        *error = tr("There is no record to rename.");
        return false;
    }
    if (newId == m_id)
        return true;
    const Problems problems = checkId(m_store->corpus(), m_kind, newId, m_id);
    if (!problems.isEmpty()) {
        *error = problems.first().message;
        return false;
    }
    const QString old = m_id;
    m_id = newId; // the re-parse during the change already finds the record under its new id
    // Every open article that uses the id follows, as one undo step.
    if (!m_articles->corpusEditor()->rename(m_kind, old, newId, error)) {
        m_id = old;
        return false;
    }
    Q_EMIT recordRenamed({ m_kind, newId });
    return true;
}

FieldError* RecordForm::addRow(QFormLayout* layout, const QString& label, QWidget* field, const QString& name)
{
    auto* error = new FieldError(field, name, this);
    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    column->addWidget(field);
    column->addWidget(error);
    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(field);
    layout->addRow(buddy, column);
    m_errors.insert(name, error);
    return error;
}

void RecordForm::setText(QLineEdit* edit, const QString& name, const QString& text, bool keepEdited)
{
    if (keepEdited && (edit->isModified() || m_pending.contains(name)))
        return;
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

void RecordForm::commitLine(const QString& name, bool unchanged, const Problems& before,
                            const Problems& after, const QString& line)
{
    if (unchanged) {
        settle(name);
        return;
    }
    const Problems added = newProblems(before, after);
    if (!added.isEmpty()) {
        refuse(name, added);
        return;
    }
    if (applyFor(name, DocumentEdits::setRecord(document(), line)))
        settle(name);
}

bool RecordForm::applyFor(const QString& name, const DocumentEdits::EditResult& result)
{
    QString error;
    if (m_articles->applyEdits(article(), result, &error))
        return true;
    refuse(name, { { Field::Id, error } }); // an Id problem shows under the committed field
    return false;
}

void RecordForm::settle(const QString& name)
{
    m_pending.remove(name);
    // The document took the change: only fields still holding a refused value keep their message.
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (!m_pending.contains(it.key()))
            it.value()->clearError();
    }
    setFieldModified(name, false);
    refresh();
}

void RecordForm::refuse(const QString& name, const Problems& problems)
{
    m_pending.insert(name);
    if (FieldError* error = m_errors.value(name))
        error->clearError();
    // Each message under its own field; one about a field the form does not show goes under name.
    for (const Problem& problem : problems) {
        FieldError* error = m_errors.value(fieldName(problem.field));
        if (!error || problem.field == Field::Id)
            error = m_errors.value(name);
        if (error && !error->hasError())
            error->showError(problem.message);
    }
}

void RecordForm::clearErrors()
{
    for (FieldError* error : std::as_const(m_errors))
        error->clearError();
}

bool RecordForm::commitId(const QString& name, const QString& newId)
{
    if (name != u"id")
        return false;
    QString error;
    if (rename(newId, &error))
        settle(name);
    else
        refuse(name, { { RecordValidation::Field::Id, error } });
    return true;
}

} // namespace Entente
