// The duplicate finder's proposals as a table for the Duplicates dock: the two records, the score,
// the reason and the articles. Filled with a whole search result at a time (searches run off the UI
// thread); a proposal the analyst has dealt with is taken out at once.
#pragma once

#include "duplicatefinder.h"

#include <QAbstractTableModel>

namespace Entente {

class DuplicateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        KindRole = Qt::UserRole, // int of MarkKind
        KeepIdRole, // QString: the record to keep
        MergeIdRole, // QString: the record that would go into it
        ScoreRole, // double, 0..1
        ReasonRole, // QString
        FilesRole, // QStringList: the articles that define either record
    };
    enum Column { RecordsColumn, ScoreColumn, ReasonColumn, ArticlesColumn, ColumnCount };

    explicit DuplicateModel(QObject* parent = nullptr);
    ~DuplicateModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row with the result of a search of the corpus at revision.
    void setProposals(QList<DuplicateProposal> proposals, quint64 revision);
    quint64 revision() const { return m_revision; }
    const QList<DuplicateProposal>& proposals() const { return m_proposals; }
    // The row of the proposal for these two records (in either order), or -1.
    int rowOf(MarkKind kind, const QString& a, const QString& b) const;
    void removeProposal(int row);

private:
    QList<DuplicateProposal> m_proposals;
    quint64 m_revision = 0;
};

} // namespace Entente
