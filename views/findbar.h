// A find bar under the article (Ctrl+F): incremental search, next/previous, Esc to close. It searches
// the view that shows the article: the words in the reading view, the annotated text in the markup
// view.
#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QLabel;
class QTextCursor;
class QTextDocument;

namespace Entente {

class FindBar : public QWidget
{
    Q_OBJECT
public:
    // editor is a QPlainTextEdit or a QTextEdit.
    explicit FindBar(QWidget* editor, QWidget* parent = nullptr);
    ~FindBar() override;

    void setEditor(QWidget* editor);
    void activate(); // shows the bar with the selected text and focuses it
    bool find(bool backward = false); // from the cursor, wrapping around

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QTextDocument* document() const;
    QTextCursor textCursor() const;
    void setTextCursor(const QTextCursor& cursor);

    QPointer<QWidget> m_editor;
    QLineEdit* m_text;
    QLabel* m_status;
};

} // namespace Entente
