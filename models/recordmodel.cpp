#include "recordmodel.h"

#include "corpusstore.h"

namespace Entente {

RecordModel::RecordModel(CorpusStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    // reload() is pure virtual here: each model loads its first rows at the end of its constructor.
    if (store) {
        connect(store, &CorpusStore::corpusReset, this, &RecordModel::reset);
        connect(store, &CorpusStore::corpusUpdated, this, [this](const CorpusChange& change) { update(change); });
    }
}

RecordModel::~RecordModel() = default;

CorpusStore* RecordModel::store() const
{
    return m_store;
}

QHash<int, QByteArray> RecordModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SortRole, "sort");
    names.insert(FilterRole, "filter");
    names.insert(StatusRole, "status");
    names.insert(OriginFileRole, "originFile");
    names.insert(OriginLineRole, "originLine");
    return names;
}

void RecordModel::reset()
{
    beginResetModel();
    reload();
    endResetModel();
}

void RecordModel::emitRowsChanged(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int lastColumn = columnCount() - 1;
    int first = rows.first();
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
            continue;
        Q_EMIT dataChanged(index(first, 0), index(rows.at(i - 1), lastColumn));
        if (i < rows.size())
            first = rows.at(i);
    }
}

} // namespace Entente
