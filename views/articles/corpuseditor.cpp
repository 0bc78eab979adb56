#include "corpuseditor.h"

#include "articleset.h"
#include "corpusstep.h"
#include "corpusstore.h"

#include <QFileInfo>
#include <QTextDocument>
#include <QUndoStack>

namespace Entente {

namespace {

constexpr int namedArticles = 6; // more are counted, not named

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

} // namespace

CorpusEditor::CorpusEditor(ArticleSet* articles, QObject* parent)
    : QObject(parent)
    , m_articles(articles)
    , m_stack(new QUndoStack(this))
{
    // Each step keeps every changed article's text before and after: keep the recent ones only.
    m_stack->setUndoLimit(50);
    connect(articles, &ArticleSet::textChanged, this, [this] {
        if (!m_applying)
            m_changedSince = true;
    });
    connect(articles, &ArticleSet::articlesChanged, this, [this] {
        if (m_articles->count() == 0)
            m_stack->clear(); // the articles its steps changed are closed
    });
}

CorpusEditor::~CorpusEditor() = default;

QString CorpusEditor::skipReason(int index) const
{
    if (m_articles->isReadOnly(index))
        return tr("open read-only");
    return m_skip ? m_skip(index) : QString();
}

QString CorpusEditor::leftAlone(const QList<CorpusEdits::SkippedArticle>& skipped) const
{
    QStringList named;
    for (const CorpusEdits::SkippedArticle& article : skipped.first(std::min<qsizetype>(skipped.size(), namedArticles)))
        named.append(tr("%1 (%2)").arg(fileName(m_articles->path(article.document)), article.reason));
    if (skipped.size() > namedArticles)
        named.append(tr("%1 more").arg(skipped.size() - namedArticles));
    return named.join(tr(", "));
}

bool CorpusEditor::rename(MarkKind kind, const QString& from, const QString& to, QString* error)
{
    m_articles->flush();
    const auto skip = [this](int index) { return skipReason(index); };
    return run(CorpusEdits::renameId(m_articles->store()->corpus(), kind, from, to, skip),
               tr("Rename %1 to %2").arg(from, to), tr("Renamed %1 to %2").arg(from, to), error);
}

bool CorpusEditor::merge(MarkKind kind, const QString& from, const QString& into, QString* error)
{
    m_articles->flush();
    const auto skip = [this](int index) { return skipReason(index); };
    return run(CorpusEdits::merge(m_articles->store()->corpus(), kind, from, into, skip),
               tr("Merge %1 into %2").arg(from, into), tr("Merged %1 into %2").arg(from, into), error);
}

bool CorpusEditor::remove(MarkKind kind, const QString& id, QString* error)
{
    m_articles->flush();
    const auto skip = [this](int index) { return skipReason(index); };
    return run(CorpusEdits::removeRecord(m_articles->store()->corpus(), kind, id, skip), tr("Delete %1").arg(id),
               tr("Deleted %1").arg(id), error);
}

bool CorpusEditor::run(const CorpusEdits::Plan& plan, const QString& stepName, const QString& done, QString* error)
{
    m_leftAlone = !plan.skipped.isEmpty();
    if (!plan.ok()) {
        *error = plan.error;
        return false;
    }
    if (plan.changes.isEmpty() && !plan.skipped.isEmpty()) {
        *error = tr("Nothing changed: every article that uses the id is left alone: %1.").arg(leftAlone(plan.skipped));
        return false;
    }
    if (plan.changes.isEmpty())
        return true;
    auto* step = new CorpusStep(m_articles, plan, stepName);
    m_applying = true;
    const bool applied = step->apply();
    if (applied)
        m_stack->push(step); // its first redo() is the apply() above
    m_applying = false;
    if (!applied) {
        *error = step->error();
        delete step;
        return false;
    }
    m_changedSince = false;
    const int articles = int(plan.changes.size());
    const int marks = plan.marks();
    QString text = tr("%1 in %2 (%3).")
                       .arg(done, articles == 1 ? tr("1 article") : tr("%1 articles").arg(articles),
                            marks == 1 ? tr("1 mark") : tr("%1 marks").arg(marks));
    if (!plan.skipped.isEmpty())
        text += u' ' + tr("Left alone: %1.").arg(leftAlone(plan.skipped));
    say(text);
    return true;
}

CorpusStep* CorpusEditor::step(int index) const
{
    return index >= 0 && index < m_stack->count() ? static_cast<CorpusStep*>(const_cast<QUndoCommand*>(m_stack->command(index)))
                                                  : nullptr;
}

bool CorpusEditor::undo(const QTextDocument* shown)
{
    return undoOrRedo(shown, true);
}

bool CorpusEditor::redo(const QTextDocument* shown)
{
    return undoOrRedo(shown, false);
}

bool CorpusEditor::undoOrRedo(const QTextDocument* shown, bool undo)
{
    CorpusStep* next = step(undo ? m_stack->index() - 1 : m_stack->index());
    if (!next)
        return false;
    QStringList changed;
    const bool ready = undo ? next->isDone(&changed) : next->isUndone(&changed);
    const QString shownPath = shown ? next->pathOf(shown) : QString();
    // The shown article's next step is its part of the corpus step, or nothing changed since.
    const bool mostRecent = (!shownPath.isEmpty() && !changed.contains(shownPath)) || (!m_changedSince && ready);
    if (!mostRecent)
        return false;
    if (!ready) {
        QStringList names;
        for (const QString& path : std::as_const(changed).first(std::min<qsizetype>(changed.size(), namedArticles)))
            names.append(fileName(path));
        say((undo ? tr("“%1” is not undone: %2 changed since; undo the changes made there after it first.")
                  : tr("“%1” is not redone: %2 changed since it was undone."))
                .arg(next->text(), names.join(tr(", "))));
        return true;
    }
    m_applying = true;
    if (undo)
        m_stack->undo();
    else
        m_stack->redo();
    m_applying = false;
    m_changedSince = false;
    say((undo ? tr("Undone in %1: %2.") : tr("Redone in %1: %2."))
            .arg(next->paths().size() == 1 ? tr("1 article") : tr("%1 articles").arg(next->paths().size()),
                 next->text()));
    return true;
}

void CorpusEditor::say(const QString& text)
{
    m_lastMessage = text;
    Q_EMIT message(text);
}

} // namespace Entente
