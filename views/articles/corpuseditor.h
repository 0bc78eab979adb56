// Corpus-wide identity in the window: Rename Id, Merge Into and Delete change every open article that
// uses the id (CorpusEdits) as ONE step of a corpus-level undo history, and say how many articles and
// marks changed. Articles open read-only, or that the skip reason names (changed on disk), are left
// alone and named.
//
// Undo composes with each article's own history: the step is also one undo step of every article it
// changed. Edit ▸ Undo asks undo() first, which undoes the corpus step whole when it is the most
// recent change: of the shown article (its next undo step is its part of the corpus step), or of all
// articles (nothing was edited since). Otherwise the shown article's editor undoes as before.
#pragma once

#include "corpusedits.h"

#include <QObject>

class QTextDocument;
class QUndoStack;

namespace Entente {

class ArticleSet;
class CorpusStep;

class CorpusEditor : public QObject
{
    Q_OBJECT
public:
    explicit CorpusEditor(ArticleSet* articles, QObject* parent = nullptr);
    ~CorpusEditor() override;

    // Why else an article is left alone (the window: its file changed on disk), or an empty string.
    void setSkipReason(CorpusEdits::SkipReason reason) { m_skip = std::move(reason); }

    // Each returns false with a translated *error when refused (nothing changed), else applies the
    // change as one undo step and sends message() with the counts and the articles left alone.
    bool rename(MarkKind kind, const QString& from, const QString& to, QString* error);
    bool merge(MarkKind kind, const QString& from, const QString& into, QString* error);
    bool remove(MarkKind kind, const QString& id, QString* error);

    QUndoStack* undoStack() const { return m_stack; }
    // Edit ▸ Undo / Redo for the shown article's text document: true when the corpus step was the
    // most recent change and was undone (or redone), or could not be and the message says why.
    bool undo(const QTextDocument* shown);
    bool redo(const QTextDocument* shown);
    // The last message sent, and whether the last change left articles alone.
    QString lastMessage() const { return m_lastMessage; }
    bool lastLeftArticlesAlone() const { return m_leftAlone; }

Q_SIGNALS:
    // "Renamed blinken to antony-blinken in 3 articles (5 marks)." and the articles left alone.
    void message(const QString& text);

private:
    bool run(const CorpusEdits::Plan& plan, const QString& stepName, const QString& done, QString* error);
    QString skipReason(int index) const;
    QString leftAlone(const QList<CorpusEdits::SkippedArticle>& skipped) const;
    CorpusStep* step(int index) const;
    bool undoOrRedo(const QTextDocument* shown, bool undo);
    void say(const QString& text);

    ArticleSet* m_articles;
    QUndoStack* m_stack;
    CorpusEdits::SkipReason m_skip;
    bool m_applying = false;
    // An article's text changed since the corpus history last moved (its step done, undone, redone).
    bool m_changedSince = false;
    QString m_lastMessage;
    bool m_leftAlone = false;
};

} // namespace Entente
