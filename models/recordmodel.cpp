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
        connect(store, &CorpusStore::corpusUpdated, this, [this] { update(); });
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

} // namespace Entente
