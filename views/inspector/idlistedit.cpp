#include "idlistedit.h"

#include "types.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace Entente {

IdListEdit::IdListEdit(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_chooser(new QComboBox(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_chooser->setEditable(true);
    m_chooser->setInsertPolicy(QComboBox::NoInsert);
    m_chooser->completer()->setFilterMode(Qt::MatchContains);
    m_chooser->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_chooser->setCurrentIndex(-1);
    m_remove->setEnabled(false);
    setFocusProxy(m_list);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 1, 3);
    layout->addWidget(m_chooser, 1, 0);
    layout->addWidget(m_add, 1, 1);
    layout->addWidget(m_remove, 1, 2);
    layout->setColumnStretch(0, 1);
    setTabOrder(m_list, m_chooser);
    setTabOrder(m_chooser, m_add);
    setTabOrder(m_add, m_remove);

    connect(m_add, &QPushButton::clicked, this, &IdListEdit::add);
    connect(m_remove, &QPushButton::clicked, this, &IdListEdit::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    // Enter in the chooser adds what it names rather than submitting the form around it.
    m_chooser->lineEdit()->installEventFilter(this);
}

bool IdListEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_chooser->lineEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            add();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

IdListEdit::~IdListEdit() = default;

void IdListEdit::setNames(const QString& list, const QString& chooser, const QString& add,
                          const QString& remove)
{
    m_list->setObjectName(list);
    m_chooser->setObjectName(chooser);
    m_add->setObjectName(add);
    m_remove->setObjectName(remove);
}

void IdListEdit::setChoices(const QList<Choice>& choices)
{
    if (choices == m_choices)
        return;
    m_choices = choices;
    const QString typed = m_chooser->currentText();
    m_chooser->clear();
    for (const Choice& choice : choices) {
        const QString text = choice.keys.isEmpty()
            ? choice.label
            : tr("%1 (%2)").arg(choice.label, choice.keys.join(QStringLiteral(", ")));
        m_chooser->addItem(text, choice.id);
        m_chooser->setItemData(m_chooser->count() - 1, choice.id, Qt::ToolTipRole);
    }
    m_chooser->setCurrentIndex(-1);
    m_chooser->setEditText(typed);
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setText(labelOf(m_list->item(row)->data(Qt::UserRole).toString()));
}

QStringList IdListEdit::ids() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(Qt::UserRole).toString());
    return ids;
}

void IdListEdit::setIds(const QStringList& ids)
{
    m_modified = false;
    if (ids == this->ids())
        return;
    m_list->clear();
    for (const QString& id : ids) {
        auto* item = new QListWidgetItem(labelOf(id), m_list);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id);
    }
}

QString IdListEdit::chosenId() const
{
    const QString text = m_chooser->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int item = m_chooser->findText(text, Qt::MatchFixedString);
    if (item >= 0)
        return m_chooser->itemData(item).toString();
    for (const Choice& choice : m_choices) {
        if (choice.id == text || choice.label.compare(text, Qt::CaseInsensitive) == 0
            || choice.keys.contains(text, Qt::CaseInsensitive))
            return choice.id;
    }
    // An id typed in as such (a record of an article that is not open): validation says if it is known.
    return isValidId(text) ? text : QString();
}

QString IdListEdit::labelOf(const QString& id) const
{
    for (const Choice& choice : m_choices) {
        if (choice.id == id)
            return choice.label;
    }
    return id;
}

void IdListEdit::add()
{
    const QString id = chosenId();
    if (id.isEmpty() || ids().contains(id))
        return;
    auto* item = new QListWidgetItem(labelOf(id), m_list);
    item->setData(Qt::UserRole, id);
    item->setToolTip(id);
    m_chooser->setCurrentIndex(-1);
    m_chooser->clearEditText();
    m_modified = true;
    Q_EMIT changed();
}

void IdListEdit::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    m_modified = true;
    Q_EMIT changed();
}

} // namespace Entente
