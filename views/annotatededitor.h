// The article editor: a QPlainTextEdit with the Entente syntax definition, line numbers and a
// highlighted "current record" span, after KSyntaxHighlighting's codeeditor example.
#pragma once

#include <QPlainTextEdit>

class QMenu;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Entente {

class AnnotatedEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit AnnotatedEditor(QWidget* parent = nullptr);
    ~AnnotatedEditor() override;

    // The process-wide repository with Entente's definition loaded from the resources.
    static KSyntaxHighlighting::Repository& repository();

    // Installs the Entente highlighter on document (once per document) with a theme for the palette.
    static void highlight(QTextDocument* document, const QPalette& palette);

    // Shows [start, end) of the document as the current record, scrolled into view.
    void showSpan(int start, int end);
    void clearSpan();
    // The pre-tagger's suggestions, drawn under the current span (SuggestionReview makes them).
    void setSuggestionSelections(const QList<QTextEdit::ExtraSelection>& selections);

    // The menu shown on right-click: the standard edit actions, then this menu's actions (tagging).
    void setContextMenuExtras(QMenu* menu) { m_contextExtras = menu; }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);

protected:
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
};

} // namespace Entente
