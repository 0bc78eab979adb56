#include "corpusstep.h"

#include "articleset.h"

#include <QFileInfo>
#include <QTextCursor>
#include <QTextDocument>

namespace Entente {

CorpusStep::CorpusStep(ArticleSet* articles, const CorpusEdits::Plan& plan, const QString& text)
    : QUndoCommand(text)
    , m_articles(articles)
{
    m_entries.reserve(plan.changes.size());
    for (const CorpusEdits::ArticleChange& change : plan.changes)
        m_entries.append({ articles->path(change.document), change.before, change.after, change.steps, 0, 0 });
}

CorpusStep::~CorpusStep() = default;

// Every article is edited first and re-parsed after, all at once (ArticleSet batch): the corpus
// recomputes each id once, not once per article.
bool CorpusStep::apply()
{
    m_applied = true;
    m_articles->beginBatch();
    const bool applied = applyAll();
    m_articles->endBatch();
    return applied;
}

bool CorpusStep::applyAll()
{
    for (qsizetype done = 0; done < m_entries.size(); ++done) {
        Entry& entry = m_entries[done];
        const int index = m_articles->indexOfPath(entry.path);
        if (index >= 0 && !m_articles->hasTextDocument(index) && !m_articles->isReadOnly(index)
            && m_articles->text(index) == entry.before) {
            entry.withoutDocument = true;
            m_articles->setTextWithoutDocument(index, entry.after);
            continue;
        }
        QTextDocument* document = index >= 0 ? m_articles->textDocument(index) : nullptr;
        bool ok = document && ArticleSet::documentText(document) == entry.before;
        if (ok)
            entry.undoStateBefore = document->availableUndoSteps();
        // Each step was computed from the text the previous one left; together they are one undo step.
        for (qsizetype step = 0; ok && step < entry.steps.size(); ++step)
            ok = m_articles->applyEdits(index, { entry.steps.at(step), {} }, &m_error, step > 0);
        if (ok && ArticleSet::documentText(document) == entry.after) {
            entry.undoStateAfter = document->availableUndoSteps();
            continue;
        }
        // Refused or different from the plan: every article goes back to where it was.
        if (m_error.isEmpty())
            m_error = tr("%1 changed while the change was prepared; try again.")
                          .arg(QFileInfo(entry.path).fileName());
        if (document && ArticleSet::documentText(document) != entry.before) {
            document->undo();
            m_articles->document(index); // queues its re-parse
        }
        m_entries.resize(done);
        undoAll();
        return false;
    }
    return true;
}

void CorpusStep::redo()
{
    if (m_applied) {
        m_applied = false; // push() calls redo() on a step that apply() did
        return;
    }
    m_articles->beginBatch();
    for (const Entry& entry : std::as_const(m_entries))
        setText(entry, true);
    m_articles->endBatch();
}

void CorpusStep::undo()
{
    m_articles->beginBatch();
    undoAll();
    m_articles->endBatch();
}

void CorpusStep::undoAll()
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it)
        setText(*it, false);
}

void CorpusStep::setText(const Entry& entry, bool done)
{
    const int index = m_articles->indexOfPath(entry.path);
    if (index < 0)
        return;
    if (!entry.withoutDocument) {
        QTextDocument* document = m_articles->textDocument(index);
        if (done)
            document->redo();
        else
            document->undo();
        m_articles->document(index); // queues its re-parse
        return;
    }
    const QString& text = done ? entry.after : entry.before;
    if (!m_articles->hasTextDocument(index)) {
        m_articles->setTextWithoutDocument(index, text);
        return;
    }
    // Shown since: its text document never held the step, so the change is one edit there, of only
    // the part that differs (the rest keeps its layout and highlighting).
    QTextDocument* document = m_articles->textDocument(index);
    const QString current = ArticleSet::documentText(document);
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(current.size(), text.size());
    while (prefix < shorter && current.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && current.at(current.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    cursor.endEditBlock();
    document->setModified(!m_articles->isFileText(index, text));
    m_articles->document(index); // queues its re-parse
}

QStringList CorpusStep::paths() const
{
    QStringList paths;
    for (const Entry& entry : m_entries)
        paths.append(entry.path);
    return paths;
}

QString CorpusStep::pathOf(const QTextDocument* document) const
{
    for (const Entry& entry : m_entries) {
        const int index = m_articles->indexOfPath(entry.path);
        if (index >= 0 && m_articles->hasTextDocument(index) && m_articles->textDocument(index) == document)
            return entry.path;
    }
    return {};
}

bool CorpusStep::isDone(QStringList* changed) const
{
    return isAt(true, changed);
}

bool CorpusStep::isUndone(QStringList* changed) const
{
    return isAt(false, changed);
}

// Done: the article's text is the step's and its undo history ends with the step. Undone: the text
// is the one the step found and the step is the next to redo.
bool CorpusStep::isAt(bool done, QStringList* changed) const
{
    bool all = true;
    for (const Entry& entry : m_entries) {
        const int index = m_articles->indexOfPath(entry.path);
        if (entry.withoutDocument) { // its text alone says (a text document made since has no history of it)
            const bool at = index >= 0 && m_articles->text(index) == (done ? entry.after : entry.before);
            if (!at && changed)
                changed->append(entry.path);
            all = all && at;
            continue;
        }
        const QTextDocument* document
            = index >= 0 && m_articles->hasTextDocument(index) ? m_articles->textDocument(index) : nullptr;
        const bool at = document
            && document->availableUndoSteps() == (done ? entry.undoStateAfter : entry.undoStateBefore)
            && (done || document->isRedoAvailable())
            && ArticleSet::documentText(document) == (done ? entry.after : entry.before);
        if (!at && changed)
            changed->append(entry.path);
        all = all && at;
    }
    return all;
}

} // namespace Entente
