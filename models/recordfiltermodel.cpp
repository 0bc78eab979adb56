#include "recordfiltermodel.h"

#include "recordmodel.h"

namespace Entente {

RecordFilterModel::RecordFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // FilterRole holds the same text in every column: testing column 0 is enough.
    setFilterKeyColumn(0);
    setFilterRole(RecordModel::FilterRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(RecordModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

RecordFilterModel::~RecordFilterModel() = default;

void RecordFilterModel::setFilterText(const QString& text)
{
    // Re-runs the row filter only, keeping the case-insensitivity.
    setFilterFixedString(text);
}

void RecordFilterModel::setStatusFilter(int status)
{
    // Rows only: invalidateFilter() would also re-run the column filter for nothing.
    if (status < 0)
        status = -1;
    if (status == m_status)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    m_status = status;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_status = status;
    invalidateRowsFilter();
#endif
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_status >= 0) {
        const QVariant status
            = sourceModel()->index(sourceRow, 0, sourceParent).data(RecordModel::StatusRole);
        if (!status.isValid() || status.toInt() != m_status)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Entente
