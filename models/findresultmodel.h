// The hits of Find in All Articles as a table: the article, the line and the words around the hit.
#pragma once

#include "corpussearch.h"

#include <QAbstractTableModel>

namespace Entente {

class FindResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ArticleColumn, LineColumn, ContextColumn, ColumnCount };
    enum Roles {
        FileRole = Qt::UserRole, // QString: the article's file
        StartRole, // int: where the words start in the article's text
        EndRole, // int: where they end
        LineRole, // int, 1-based
    };

    explicit FindResultModel(QObject* parent = nullptr);
    ~FindResultModel() override;

    // Replaces every row (one reset: a search result arrives at once).
    void setResult(CorpusSearch::Result result);
    void clear();
    const CorpusSearch::Result& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    CorpusSearch::Result m_result;
};

} // namespace Entente
