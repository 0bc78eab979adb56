// Filters and sorts any RecordModel: a case-insensitive text filter on FilterRole, an optional
// status filter on StatusRole, and sorting by SortRole. Meant for lists of moderate size (see
// shared/notes/performance.md on proxy costs).
#pragma once

#include <QSortFilterProxyModel>

namespace Entente {

class RecordFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterModel(QObject* parent = nullptr);
    ~RecordFilterModel() override;

    int statusFilter() const { return m_status; }

public Q_SLOTS:
    // Keeps rows whose filterRole() text contains text, ignoring case; empty keeps all. The same as
    // setFilterFixedString(), which works too (the case-insensitivity is set up by the constructor).
    void setFilterText(const QString& text);
    // Keeps rows whose StatusRole equals status; -1 keeps all. Rows without a status never match.
    void setStatusFilter(int status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_status = -1;
};

} // namespace Entente
