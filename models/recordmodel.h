// The common ground of Entente's table models: the roles every model answers, the link to the
// CorpusStore, and the diff that turns a re-parse into the smallest model signals.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Entente {

class CorpusStore;

class RecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Every model's Roles enum starts with these, so one proxy (RecordFilterModel) serves them all.
    enum CommonRoles {
        IdRole = Qt::UserRole, // QString: the record's id
        SortRole, // the value the index's column sorts by: QString, int or QDate
        FilterRole, // QString: the row's searchable words and id (same value in every column)
        StatusRole, // int of the row's status enum; invalid for records without a status
        OriginFileRole, // QString: the article file the record comes from
        OriginLineRole, // int: its 1-based line there
        FirstModelRole // model-specific roles continue from here
    };

    explicit RecordModel(CorpusStore* store, QObject* parent = nullptr);
    ~RecordModel() override;

    CorpusStore* store() const;
    QHash<int, QByteArray> roleNames() const override;

protected:
    // Rebuilds the rows from the store's corpus without signalling; reset() wraps it.
    virtual void reload() = 0;
    // Brings the rows up to date after a re-parse, normally with applyRows().
    virtual void update() = 0;
    void reset();
    // A valid index of this model within its rows and columns.
    bool isValidIndex(const QModelIndex& index) const
    {
        return index.isValid() && index.model() == this && hasIndex(index.row(), index.column());
    }

    // Replaces rows with fresh. Rows are matched by key(row); when the keys only gained or lost one
    // contiguous block, that block is inserted or removed, and then one ranged dataChanged is emitted
    // per block of rows whose values differ. Anything else (reordering, changed ids) resets the model.
    template<typename Row, typename Key> void applyRows(QList<Row>& rows, QList<Row> fresh, Key key);

private:
    QPointer<CorpusStore> m_store;
};

template<typename Row, typename Key> void RecordModel::applyRows(QList<Row>& rows, QList<Row> fresh, Key key)
{
    const int oldCount = int(rows.size());
    const int newCount = int(fresh.size());
    int head = 0;
    while (head < oldCount && head < newCount && key(rows.at(head)) == key(fresh.at(head)))
        ++head;
    int tail = 0;
    while (head + tail < oldCount && head + tail < newCount
           && key(rows.at(oldCount - 1 - tail)) == key(fresh.at(newCount - 1 - tail)))
        ++tail;
    if (head + tail < oldCount && head + tail < newCount) {
        beginResetModel();
        rows = std::move(fresh);
        endResetModel();
        return;
    }
    if (newCount > oldCount) {
        beginInsertRows({}, head, head + newCount - oldCount - 1);
        rows.insert(head, newCount - oldCount, Row {});
        for (int row = head; row < head + newCount - oldCount; ++row)
            rows[row] = fresh.at(row);
        endInsertRows();
    } else if (newCount < oldCount) {
        beginRemoveRows({}, head, head + oldCount - newCount - 1);
        rows.remove(head, oldCount - newCount);
        endRemoveRows();
    }

    // The keys line up now: find the blocks of changed values, store, then signal.
    QList<std::pair<int, int>> blocks;
    int first = -1;
    for (int row = 0; row <= newCount; ++row) {
        const bool changed = row < newCount && !(rows.at(row) == fresh.at(row));
        if (changed && first < 0) {
            first = row;
        } else if (!changed && first >= 0) {
            blocks.append({ first, row - 1 });
            first = -1;
        }
    }
    rows = std::move(fresh);
    const int lastColumn = columnCount() - 1;
    for (const auto& [top, bottom] : blocks)
        Q_EMIT dataChanged(index(top, 0), index(bottom, lastColumn));
}

} // namespace Entente
