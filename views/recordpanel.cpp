#include "recordpanel.h"

#include "recordfiltermodel.h"
#include "recordmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace Entente {

RecordPanel::RecordPanel(QAbstractItemModel* source, const QString& filterPlaceholder, QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_proxy(new RecordFilterModel(this))
{
    m_proxy->setSourceModel(source);
    m_filter->setPlaceholderText(filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the rows that contain this text (names, aliases, places, ids)"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    // Fitting a column to its contents measures this many rows (Qt's default, 1,000, costs tens of
    // milliseconds per reset at 10,000 records); the rows shown first are what the width is for.
    m_view->header()->setResizeContentsPrecision(100);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RecordFilterModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (!m_following && current.isValid())
            Q_EMIT recordSelected(current.data(RecordModel::IdRole).toString());
    });
    // Measuring rows shapes their text (5 ms a list at 10,000 articles): after a reset each list does it
    // in an event-loop turn of its own, and a list behind another dock's tab when it is first shown.
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_fitPending = true;
        if (isVisible())
            QTimer::singleShot(0, this, &RecordPanel::fitColumns);
    });
}

void RecordPanel::fitColumns()
{
    if (!std::exchange(m_fitPending, false))
        return;
    for (int column = 0; column < m_proxy->columnCount() - 1; ++column)
        m_view->resizeColumnToContents(column);
}

void RecordPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitColumns();
}

RecordPanel::~RecordPanel() = default;

void RecordPanel::selectId(const QString& id)
{
    m_following = true;
    const QModelIndexList found = id.isEmpty()
        ? QModelIndexList {}
        : m_proxy->match(m_proxy->index(0, 0), RecordModel::IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty()) {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    } else {
        m_view->selectionModel()->setCurrentIndex(found.first(),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(found.first());
    }
    m_following = false;
}

QString RecordPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RecordModel::IdRole).toString();
}

} // namespace Entente
