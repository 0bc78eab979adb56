#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolButton>

namespace Entente {

FindBar::FindBar(QWidget* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_text(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    m_text->setPlaceholderText(tr("Find in the article"));
    m_text->setClearButtonEnabled(true);
    auto* previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Find the previous match (Shift+F3)"));
    auto* next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find the next match (F3 or Enter)"));
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_text, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_text, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(m_text, &QLineEdit::textEdited, this, [this] {
        QTextCursor cursor = textCursor();
        cursor.setPosition(cursor.selectionStart());
        setTextCursor(cursor);
        find(false);
    });
    connect(next, &QToolButton::clicked, this, [this] { find(false); });
    connect(previous, &QToolButton::clicked, this, [this] { find(true); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

FindBar::~FindBar() = default;

void FindBar::setEditor(QWidget* editor)
{
    m_editor = editor;
}

QTextDocument* FindBar::document() const
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editor))
        return plain->document();
    if (auto* rich = qobject_cast<QTextEdit*>(m_editor))
        return rich->document();
    return nullptr;
}

QTextCursor FindBar::textCursor() const
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editor))
        return plain->textCursor();
    if (auto* rich = qobject_cast<QTextEdit*>(m_editor))
        return rich->textCursor();
    return {};
}

void FindBar::setTextCursor(const QTextCursor& cursor)
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editor))
        plain->setTextCursor(cursor);
    else if (auto* rich = qobject_cast<QTextEdit*>(m_editor))
        rich->setTextCursor(cursor);
}

void FindBar::activate()
{
    const QString selected = textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_text->setText(selected);
    show();
    m_text->setFocus();
    m_text->selectAll();
}

bool FindBar::find(bool backward)
{
    const QString text = m_text->text();
    if (text.isEmpty()) {
        m_status->clear();
        return false;
    }
    QTextDocument* searched = document();
    if (!searched)
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = searched->find(text, textCursor(), flags);
    if (found.isNull()) {
        QTextCursor wrapped(searched);
        wrapped.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = searched->find(text, wrapped, flags);
    }
    if (!found.isNull())
        setTextCursor(found);
    m_status->setText(found.isNull() ? tr("Not found") : QString());
    return !found.isNull();
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Entente
