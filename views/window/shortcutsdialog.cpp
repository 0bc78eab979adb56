#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Entente {

namespace {

// The window's actions in the order of its menus (depth first), then the others.
void collect(const QMenu* menu, const QString& path, QList<std::pair<QAction*, QString>>* out)
{
    const QString here = path.isEmpty() ? ShortcutsDialog::plainText(menu->title())
                                        : path + QStringLiteral(" ▸ ") + ShortcutsDialog::plainText(menu->title());
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->menu())
            collect(action->menu(), here, out);
        else
            out->append({ action, here });
    }
}

} // namespace

QString ShortcutsDialog::plainText(const QString& text)
{
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(u'&');
    plain.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    // "(&F)" mnemonics of Chinese menus
    static const QRegularExpression bracketMnemonic(QStringLiteral("\\s*\\([A-Za-z]\\)$"));
    plain.remove(bracketMnemonic);
    if (plain.endsWith(u'…'))
        plain.chop(1);
    if (plain.endsWith(QStringLiteral("...")))
        plain.chop(3);
    return plain.trimmed();
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({ tr("Action"), tr("Keys"), tr("Menu") });
    QList<std::pair<QAction*, QString>> actions;
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window)) {
        const QList<QAction*> menus = mainWindow->menuBar()->actions();
        for (const QAction* menu : menus) {
            if (menu->menu())
                collect(menu->menu(), {}, &actions);
        }
    }
    const QList<QAction*> others = window->findChildren<QAction*>();
    for (QAction* action : others)
        actions.append({ action, QString() });
    QSet<const QAction*> seen;
    for (const auto& [action, menu] : std::as_const(actions)) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            // Shift+Tab arrives as Backtab: both are listed for the shortcut to work, one is shown.
            const QString text = key.toString(QKeySequence::NativeText).replace(QStringLiteral("Backtab"), QStringLiteral("Tab"));
            if (!keys.contains(text))
                keys.append(text);
        }
        auto* name = new QStandardItem(plainText(action->text()));
        name->setToolTip(action->statusTip().isEmpty() ? action->toolTip() : action->statusTip());
        auto* keysItem = new QStandardItem(keys.join(QStringLiteral(", ")));
        auto* menuItem = new QStandardItem(menu);
        for (QStandardItem* item : { name, keysItem, menuItem })
            item->setEditable(false);
        m_model->appendRow({ name, keysItem, menuItem });
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by action, key or menu"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder); // the menus' order until a header is clicked
    m_view->setSortingEnabled(true);
    m_view->header()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace Entente
