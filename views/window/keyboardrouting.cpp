#include "keyboardrouting.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>

namespace Entente {

KeyboardRouting::KeyboardRouting(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

KeyboardRouting::~KeyboardRouting()
{
    qApp->removeEventFilter(this);
}

bool KeyboardRouting::isEditingKey(const QKeySequence& key)
{
    // The first binding of each standard editing key is what fields are for; the others on some
    // platforms (Ctrl+E, Ctrl+A as line ends on X11) are habits the menus' shortcuts override.
    static const QList<QKeySequence> editing = [] {
        QList<QKeySequence> keys;
        for (QKeySequence::StandardKey standard :
            { QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Cut, QKeySequence::Copy, QKeySequence::Paste,
                QKeySequence::SelectAll, QKeySequence::Delete, QKeySequence::Backspace, QKeySequence::DeleteStartOfWord,
                QKeySequence::DeleteEndOfWord, QKeySequence::MoveToNextWord, QKeySequence::MoveToPreviousWord,
                QKeySequence::SelectNextWord, QKeySequence::SelectPreviousWord, QKeySequence::MoveToStartOfLine,
                QKeySequence::MoveToEndOfLine, QKeySequence::SelectStartOfLine, QKeySequence::SelectEndOfLine,
                QKeySequence::MoveToStartOfDocument, QKeySequence::MoveToEndOfDocument }) {
            const QList<QKeySequence> bindings = QKeySequence::keyBindings(standard);
            if (!bindings.isEmpty())
                keys.append(bindings.constFirst());
        }
        return keys;
    }();
    return editing.contains(key);
}

bool KeyboardRouting::isInADock(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<const QDockWidget*>(w))
            return true;
    }
    return false;
}

bool KeyboardRouting::isWindowShortcut(const QKeySequence& key) const
{
    // Looked up when a key with Ctrl or Alt arrives: a few hundred actions, no cache to go stale.
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        if (action->isEnabled() && action->shortcutContext() != Qt::WidgetShortcut
            && action->shortcutContext() != Qt::WidgetWithChildrenShortcut && action->shortcuts().contains(key))
            return true;
    }
    return false;
}

bool KeyboardRouting::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    // A dock behind another tab of its group stays "visible" but is moved out of sight: what is
    // not on screen gets no keys.
    if (type == QEvent::KeyPress && m_window->isVisible() && isInADock(widget)
        && (!widget->isVisible() || widget->visibleRegion().isEmpty())) {
        // Focus left behind in a form out of sight: the key goes nowhere rather than into a field.
        widget->clearFocus();
        return true;
    }
    if (type == QEvent::ShortcutOverride && (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const QKeySequence sequence(key->keyCombination());
        if (!isEditingKey(sequence) && isWindowShortcut(sequence)) {
            event->ignore(); // not overridden: the shortcut map gives the key to the window's action
            return true;
        }
    }
    return false;
}

} // namespace Entente
