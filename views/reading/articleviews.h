// The two views of the shown article: the reading view (the default: the words with their marks
// drawn over them) and the markup view (the annotated text, View ▸ Show Markup, Ctrl+M). The markup
// editor keeps the cursor and the highlighted spans in annotated positions for tagging, selection
// linking and suggestions; the reading view mirrors them both ways, so that switching keeps the
// cursor and the selection on the same words. Problems of the parsed text are drawn in both.
#pragma once

#include "annotatededitor.h"

#include <QStackedWidget>

class QAction;
class QMenu;

namespace Entente {

class CorpusEditor;
class CorpusStore;
class FindBar;
class ReadingDocument;
class ReadingView;

class ArticleViews : public QStackedWidget, private EditorStandIn
{
    Q_OBJECT
public:
    // Takes the editor into the stack; the reading view is shown first.
    ArticleViews(CorpusStore* store, AnnotatedEditor* editor, QWidget* parent = nullptr);
    ~ArticleViews() override;

    AnnotatedEditor* editor() const { return m_editor; }
    ReadingView* readingView() const { return m_reading; }
    // View ▸ Show Markup (Ctrl+M), checkable; added to a menu by addToMenu.
    QAction* showMarkupAction() const { return m_showMarkup; }
    void addToMenu(QMenu* menu) const;
    bool isShowingMarkup() const;
    void setShowingMarkup(bool markup);
    // The view that shows the article now.
    QWidget* shownView() const;

    // Call when the editor shows an article (after its document and read-only state are set).
    void setCurrentArticle(int index);
    // The find bar searches the shown view: the words in the reading view, the markup in the other.
    void setFindBar(FindBar* findBar);
    // Undo and redo take a corpus-wide step back or forth when it is the most recent change.
    void setCorpusEditor(CorpusEditor* editor) { m_corpusEditor = editor; }
    // Moves the cursor to an annotated position and shows it: in the reading view when it is among
    // the words, else (a record line) in the markup view.
    void reveal(int annotatedPosition);

public Q_SLOTS:
    // The Edit menu's actions, for whichever view is shown; undo and redo are the article's.
    void undo();
    void redo();
    void cut();
    void copy();
    void paste();

Q_SIGNALS:
    // A short, translated message for the status bar.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* standInViewport() const override;
    QRect standInCursorRect(int annotatedPosition) const override;
    ReadingDocument* readingDocument() const;
    void showReadingDocument();
    void readingCursorMoved();
    void editorCursorMoved();
    void updateReadingHighlights();
    void updateProblems();

    CorpusStore* m_store;
    AnnotatedEditor* m_editor;
    ReadingView* m_reading;
    QAction* m_showMarkup;
    FindBar* m_findBar = nullptr;
    CorpusEditor* m_corpusEditor = nullptr;
    int m_article = -1;
    bool m_mirroring = false;
};

} // namespace Entente
