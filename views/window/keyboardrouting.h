// Where keys go in the main window, whatever has focus:
// - a key typed into a widget that is not on screen (a form in a dock behind another tab of its
//   group, which Qt keeps "visible" out of sight, or a closed one) is dropped, never written into a
//   field the analyst cannot see;
// - the window's menu shortcuts win over the keys a line edit or date field would take for its own
//   Emacs-style bindings (Ctrl+E, "end of line" on Linux, exports the view as the menu says); the
//   editing keys the field needs (undo, copy, paste, select all, moving by word) stay with it.
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QSet>

class QMainWindow;

namespace Entente {

class KeyboardRouting : public QObject
{
    Q_OBJECT
public:
    // Watches the application's key events for window (installed as an application event filter).
    explicit KeyboardRouting(QMainWindow* window);
    ~KeyboardRouting() override;

    // Whether a focused text field keeps the key combination rather than the window's shortcut.
    static bool isEditingKey(const QKeySequence& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Forms and lists live in docks; the article's views in the middle are not the docks' concern.
    static bool isInADock(const QWidget* widget);
    bool isWindowShortcut(const QKeySequence& key) const;

    QMainWindow* m_window;
};

} // namespace Entente
