#include "findresultmodel.h"

#include <QFileInfo>

namespace Entente {

FindResultModel::FindResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

FindResultModel::~FindResultModel() = default;

void FindResultModel::setResult(CorpusSearch::Result result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

void FindResultModel::clear()
{
    setResult({});
}

int FindResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

int FindResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CorpusSearch::Hit& hit = m_result.hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ArticleColumn:
            return QFileInfo(hit.fileName).fileName();
        case LineColumn:
            return hit.line;
        case ContextColumn:
            return hit.context;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == ArticleColumn ? hit.fileName : hit.context;
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case FileRole:
        return hit.fileName;
    case StartRole:
        return hit.start;
    case EndRole:
        return hit.end;
    case LineRole:
        return hit.line;
    }
    return {};
}

QVariant FindResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ArticleColumn:
        return tr("Article");
    case LineColumn:
        return tr("Line");
    case ContextColumn:
        return tr("Context");
    }
    return {};
}

QHash<int, QByteArray> FindResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FileRole, "file");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(LineRole, "line");
    return names;
}

} // namespace Entente
