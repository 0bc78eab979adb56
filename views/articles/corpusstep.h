// One corpus-wide change (rename, merge or delete across articles) as one step of the corpus's undo
// history. For an article with a text document (it was shown), its part is also one step of that
// article's own undo history, applied through ArticleSet::applyEdits like any edit; undoing the corpus
// step undoes that step (QTextDocument::undo, which restores the exact text and the modified flag).
// An article never shown gets no text document (making one, highlighted, is what made a change across
// thousands of articles slow): its text before and after and its modified flag are set in the
// ArticleSet directly. All articles are re-parsed into the store as one update.
#pragma once

#include "corpusedits.h"

#include <QCoreApplication>
#include <QUndoCommand>

class QTextDocument;

namespace Entente {

class ArticleSet;

class CorpusStep : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CorpusStep)

public:
    // The plan was computed from the articles' current parsed documents.
    CorpusStep(ArticleSet* articles, const CorpusEdits::Plan& plan, const QString& text);
    ~CorpusStep() override;

    // Applies the plan to the articles (before the step is pushed, whose first redo() then does
    // nothing). False with error() when an article refused: every article is as it was then.
    bool apply();
    void redo() override;
    void undo() override;

    // The articles it changes, by path (indexes move when articles close).
    QStringList paths() const;
    // The path of the article whose text document this is, if the step changes it; else empty.
    QString pathOf(const QTextDocument* document) const;
    // Whether every article it changed is exactly as this step left it (undo is possible) or as it
    // found it with this step next to redo; the paths of the articles that are not go to *changed.
    bool isDone(QStringList* changed = nullptr) const;
    bool isUndone(QStringList* changed = nullptr) const;
    QString error() const { return m_error; }

private:
    struct Entry
    {
        QString path;
        QString before;
        QString after;
        QList<QList<DocumentEdits::TextEdit>> steps;
        // The article's QTextDocument::availableUndoSteps() (its undo state) before and after the step.
        int undoStateBefore = 0;
        int undoStateAfter = 0;
        // It had no text document: its text was set directly (ArticleSet::setTextWithoutDocument).
        bool withoutDocument = false;
    };
    bool applyAll();
    void undoAll();
    void setText(const Entry& entry, bool done);
    bool isAt(bool done, QStringList* changed) const;

    ArticleSet* m_articles;
    QList<Entry> m_entries;
    bool m_applied = false; // apply() ran: the next redo() is the push's
    QString m_error;
};

} // namespace Entente
