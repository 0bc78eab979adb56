// Tagging the article with the mouse and keyboard, without typing markup: select words and tag them
// as an actor, a meeting, a date or an issue (Ctrl+1…4), link them to a record with the quick
// picker, remove a mark, change its kind, grow or shrink it. With a kind locked, every selection is
// tagged at once, for fast passes over an article. Every change is a DocumentEdits edit applied
// through ArticleSet, so it is one undo step in the editor's history.
#pragma once

#include "documentedits.h"
#include "newrecorddefaults.h"

#include <optional>

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;

namespace Entente {

class AnnotatedEditor;
class ArticleSet;
class CorpusStore;
class QuickPicker;

class Tagger : public QObject
{
    Q_OBJECT
public:
    Tagger(CorpusStore* store, ArticleSet* articles, AnnotatedEditor* editor, QObject* parent = nullptr);
    ~Tagger() override;

    // The article shown in the editor; call after the editor's read-only state is set.
    void setCurrentArticle(int index);

    // The menu and toolbar of the main window; the editor's context menu gets the same actions.
    QMenu* menu() const { return m_menu; }
    void addToToolBar(QToolBar* toolBar) const;
    QAction* tagAction(MarkKind kind) const;
    QAction* lockAction(MarkKind kind) const;
    QAction* removeMarkAction() const { return m_remove; }
    QAction* growMarkAction() const { return m_grow; }
    QAction* shrinkMarkAction() const { return m_shrink; }
    QuickPicker* picker() const { return m_picker; }
    // The locked kind, or no value when every selection waits for a shortcut.
    std::optional<MarkKind> lockedKind() const { return m_locked; }

    // Tags the editor's selection (or the word at the cursor) as kind; inside a mark (the cursor, or
    // a selection within its words), changes that mark's kind. Opens the picker; the change happens when it is answered.
    void tag(MarkKind kind);
    void removeMark();
    void growMark();
    void shrinkMark();
    // The mark at the cursor takes the words of the selection.
    void fitMarkToSelection();
    // Asks for the article's publication date (guessed from its text) and keeps it in the article
    // record, as its own undo step. False when the analyst cancels.
    bool askArticleDate(int article);

Q_SIGNALS:
    // A short, translated message for the status bar: why nothing was tagged, or what was.
    void message(const QString& text);
    // New meetings and issues need more than their words (participants, a status): the inspector
    // takes over with the fields filled from the sentence; textStart < 0 means no words to mark.
    void newMeetingRequested(int article, int textStart, int textEnd, const Entente::Meeting& prefill);
    void newIssueRequested(int article, int textStart, int textEnd, const Entente::Issue& prefill);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Pending
    {
        int article = -1;
        int start = 0;
        int end = 0;
        MarkKind kind = MarkKind::Actor;
        int markIndex = -1; // the mark whose kind changes, or -1 for new words
    };
    void createActions();
    void updateActions();
    void linkTo(const QString& ref);
    void create(const QString& name);
    bool apply(int article, const DocumentEdits::EditResult& result, bool joinPrevious = false);
    // The article-date dialog (articledate.cpp): the day chosen, invalid when cancelled.
    static QDate chooseArticleDate(QWidget* parent, const Document& doc);
    int markAtCursor(const Document& doc) const;
    // The mark at the cursor, or the one mark the selection lies in; -1 for words outside marks.
    int markOfSelection(const Document& doc) const;
    void showPicker();
    void returnToEditor();

    CorpusStore* m_store;
    ArticleSet* m_articles;
    AnnotatedEditor* m_editor;
    QuickPicker* m_picker;
    QMenu* m_menu = nullptr;
    QAction* m_tag[4] = {};
    QAction* m_lock[4] = {};
    QActionGroup* m_lockGroup = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_grow = nullptr;
    QAction* m_shrink = nullptr;
    QAction* m_fit = nullptr;
    std::optional<MarkKind> m_locked;
    Pending m_pending;
    NewRecordDefaults::ActorGuess m_guess; // for the words the picker was opened for
    int m_article = -1;
};

} // namespace Entente
