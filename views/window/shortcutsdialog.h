// Help ▸ Keyboard Shortcuts: every action of the window that has a shortcut, with its keys and the
// menu it is in, made from the actions themselves when the dialog opens (so it cannot go stale),
// with a field that filters by name, key or menu.
#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Entente {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { ActionColumn, KeysColumn, MenuColumn };

    // Lists the actions of window (all its descendants' actions with a shortcut).
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;

    QLineEdit* filterField() const { return m_filter; }
    QTreeView* view() const { return m_view; }
    // The shown rows (after the filter).
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QStandardItemModel* model() const { return m_model; }

    // An action's text as a person reads it: no '&' mnemonics, no trailing "…".
    static QString plainText(const QString& text);

private:
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_view;
};

} // namespace Entente
