// The corpus's issues as a table: one row per issue id with its current status.
#pragma once

#include "recordmodel.h"
#include "types.h"

namespace Entente {

class IssueModel : public RecordModel
{
    Q_OBJECT
public:
    enum Columns { IssueColumn, StatusColumn, SinceColumn, ChangesColumn, ColumnCount };
    enum Roles {
        TitleRole = FirstModelRole, // QString
        SinceRole, // QDate: first day of the last status change's date; invalid without history
        HistorySizeRole, // int: number of status changes
    };
    // StatusRole (common) is the current status: int of IssueStatus, the last change's.

    explicit IssueModel(CorpusStore* store, QObject* parent = nullptr);
    ~IssueModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of an issue id, or -1.
    int rowOf(QStringView id) const;

protected:
    void reload() override;
    void update(const CorpusChange& change) override;

private:

    QList<Issue> m_rows;
};

} // namespace Entente
