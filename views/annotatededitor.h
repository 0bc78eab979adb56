// The article editor (the markup view): a QPlainTextEdit with the Entente syntax definition, line
// numbers, a highlighted "current record" span and the parser's problems drawn where they are, after
// KSyntaxHighlighting's codeeditor example.
#pragma once

#include <QPlainTextEdit>

#include <optional>

class QMenu;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Entente {

// Another view of the editor's article that is shown instead of it (the reading view). The editor
// keeps the cursor, the selection and the highlighted spans in annotated-text positions, so that
// tagging, selection linking and suggestions work the same whichever view is shown; the stand-in
// shows them and says where a position is on screen.
class EditorStandIn
{
public:
    virtual ~EditorStandIn() = default;
    virtual QWidget* standInViewport() const = 0;
    // The cursor rectangle of an annotated-text position, in standInViewport() coordinates.
    virtual QRect standInCursorRect(int annotatedPosition) const = 0;
};

class AnnotatedEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit AnnotatedEditor(QWidget* parent = nullptr);
    ~AnnotatedEditor() override;

    // The process-wide repository with Entente's definition loaded from the resources.
    static KSyntaxHighlighting::Repository& repository();

    // Installs the Entente highlighter on document (once per document) with a theme for the palette.
    // Lines longer than longestHighlightedLine characters stay uncoloured: highlighting is redone for
    // the whole line on each keystroke in it.
    static void highlight(QTextDocument* document, const QPalette& palette);
    static constexpr int longestHighlightedLine = 20000;

    // Shows [start, end) of the document as the current record, scrolled into view.
    void showSpan(int start, int end);
    void clearSpan();
    // The pre-tagger's suggestions, drawn under the current span (SuggestionReview makes them).
    void setSuggestionSelections(const QList<QTextEdit::ExtraSelection>& selections);

    QList<QTextEdit::ExtraSelection> suggestionSelections() const { return m_suggestions; }
    // The current record's span, when one is shown (its cursor holds the span).
    std::optional<QTextEdit::ExtraSelection> span() const;

    // A problem of the parsed text (an invalid mark, a mark naming no record, a bad record field),
    // drawn as a wavy underline with its message as tooltip.
    struct Problem
    {
        int start = 0;
        int end = 0;
        bool error = true; // else a warning
        QString message;
    };
    void setProblems(const QList<Problem>& problems);
    // The tooltip of a position: its problems and suggestion.
    QString toolTipAt(int position) const;
    static QColor problemColor(bool error);

    // The menu shown on right-click: the standard edit actions, then this menu's actions (tagging).
    void setContextMenuExtras(QMenu* menu) { m_contextExtras = menu; }
    QMenu* contextMenuExtras() const { return m_contextExtras; }

    // While a stand-in is set, it shows the article instead of the editor.
    void setStandIn(EditorStandIn* standIn);
    EditorStandIn* standIn() const { return m_standIn; }
    // The viewport that shows the article (the stand-in's or the editor's), a position's cursor
    // rectangle in it, and focus for it.
    QWidget* shownViewport() const;
    QRect shownCursorRect(int position) const;
    void focusShownView();

Q_SIGNALS:
    void standInChanged();
    // The suggestions or the current span changed.
    void highlightsChanged();
    // showSpan() put a record's span in the middle of the view.
    void spanShown();

public:

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void updateLineNumberArea(const QRect& rect, int dy);
    void updateExtraSelections();

    QWidget* m_lineNumbers = nullptr;
    QMenu* m_contextExtras = nullptr;
    QTextEdit::ExtraSelection m_span;
    bool m_hasSpan = false;
    QList<QTextEdit::ExtraSelection> m_suggestions;
    QList<QTextEdit::ExtraSelection> m_problems;
    EditorStandIn* m_standIn = nullptr;
};

} // namespace Entente
