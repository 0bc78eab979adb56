// A find bar under the editor (Ctrl+F): incremental search, next/previous, Esc to close.
#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;
class QPlainTextEdit;

namespace Entente {

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit* editor, QWidget* parent = nullptr);
    ~FindBar() override;

    void activate(); // shows the bar with the selected text and focuses it
    bool find(bool backward = false); // from the cursor, wrapping around

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QPlainTextEdit* m_editor;
    QLineEdit* m_text;
    QLabel* m_status;
};

} // namespace Entente
