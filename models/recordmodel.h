// The common ground of Entente's table models: the roles every model answers, the link to the
// CorpusStore, and the step that turns a corpus change into the smallest model signals.
#pragma once

#include "corpus.h"

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
    // Brings the rows up to date after documents changed, normally with applyChange().
    virtual void update(const CorpusChange& change) = 0;
    void reset();
    // A valid index of this model within its rows and columns.
    bool isValidIndex(const QModelIndex& index) const
    {
        return index.isValid() && index.model() == this && hasIndex(index.row(), index.column());
    }

    // Mirrors a record list of the corpus (rows in the corpus's order, which keeps its order, drops
    // removed ids and appends new ones): removes the rows of removed ids, appends the added ones and
    // emits one ranged dataChanged per block of changed rows. makeRow(corpusRow) builds a row.
    // Costs the size of the change, plus one pass over the rows when ids were removed.
    template<typename Row, typename Key, typename MakeRow>
    void applyChange(QList<Row>& rows, const CorpusChange::Ids& ids, const QHash<QString, int>& corpusRows, Key key,
        MakeRow makeRow);
    // For short lists that are rebuilt whole: replaces rows with fresh. Rows are matched by key(row); when the keys only gained or lost one
    // contiguous block, that block is inserted or removed, and then one ranged dataChanged is emitted
    // per block of rows whose values differ. Anything else (reordering, changed ids) resets the model.
    template<typename Row, typename Key> void applyRows(QList<Row>& rows, QList<Row> fresh, Key key);
    // Emits dataChanged for blocks of consecutive rows.
    void emitRowsChanged(QList<int> rows);

private:
    QPointer<CorpusStore> m_store;
};

template<typename Row, typename Key, typename MakeRow>
void RecordModel::applyChange(QList<Row>& rows, const CorpusChange::Ids& ids, const QHash<QString, int>& corpusRows,
    Key key, MakeRow makeRow)
{
    if (!ids.removed.isEmpty()) {
        // The removed ids are the rows whose key the corpus no longer has; remove them from the
        // back, one signal per consecutive block.
        int row = int(rows.size()) - 1;
        while (row >= 0) {
            if (corpusRows.contains(key(rows.at(row)))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !corpusRows.contains(key(rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
    }
    if (!ids.added.isEmpty()) {
        const int first = int(rows.size());
        beginInsertRows({}, first, first + int(ids.added.size()) - 1);
        for (const QString& id : ids.added)
            rows.append(makeRow(corpusRows.value(id)));
        endInsertRows();
    }
    QList<int> changed;
    changed.reserve(ids.changed.size() + ids.moved.size());
    for (const QStringList* list : { &ids.changed, &ids.moved }) {
        for (const QString& id : *list) {
            const int row = corpusRows.value(id, -1);
            if (row < 0 || row >= rows.size())
                continue;
            rows[row] = makeRow(row);
            changed.append(row);
        }
    }
    emitRowsChanged(std::move(changed));
}

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
