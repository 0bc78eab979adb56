#include "duplicatemodel.h"

#include <QFileInfo>
#include <QLocale>

namespace Entente {

namespace {

QString kindLabel(MarkKind kind)
{
    return kind == MarkKind::Meeting ? DuplicateModel::tr("Meeting") : DuplicateModel::tr("Actor");
}

// "a.entente, b.entente and 3 more": enough to recognise the articles in a narrow dock.
QString articlesText(const QStringList& files)
{
    QStringList names;
    for (qsizetype i = 0; i < std::min<qsizetype>(files.size(), 2); ++i)
        names.append(QFileInfo(files.at(i)).fileName());
    const QString shown = names.join(QStringLiteral(", "));
    return files.size() > 2 ? DuplicateModel::tr("%1 and %n more", nullptr, int(files.size() - 2)).arg(shown)
                            : shown;
}

} // namespace

DuplicateModel::DuplicateModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

DuplicateModel::~DuplicateModel() = default;

int DuplicateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_proposals.size());
}

int DuplicateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicateModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_proposals.size()
        || index.column() >= ColumnCount)
        return {};
    const DuplicateProposal& p = m_proposals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecordsColumn:
            return tr("%1 → %2").arg(p.mergeLabel, p.keepLabel);
        case ScoreColumn:
            return QString(QLocale().toString(qRound(p.score * 100)) + QStringLiteral(" %"));
        case ReasonColumn:
            return p.reason;
        case ArticlesColumn:
            return articlesText(p.files);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RecordsColumn:
            return tr("%1: merge %2 (%3) into %4 (%5)")
                .arg(kindLabel(p.kind), p.mergeLabel, p.mergeId, p.keepLabel, p.keepId);
        case ArticlesColumn: {
            QStringList names;
            for (const QString& file : p.files)
                names.append(QFileInfo(file).fileName());
            return names.join(u'\n');
        }
        default:
            return p.reason;
        }
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case KindRole:
        return int(p.kind);
    case KeepIdRole:
        return p.keepId;
    case MergeIdRole:
        return p.mergeId;
    case ScoreRole:
        return p.score;
    case ReasonRole:
        return p.reason;
    case FilesRole:
        return p.files;
    }
    return {};
}

QVariant DuplicateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordsColumn:
        return tr("Merge → Keep");
    case ScoreColumn:
        return tr("Score");
    case ReasonColumn:
        return tr("Why");
    case ArticlesColumn:
        return tr("Articles");
    }
    return {};
}

QHash<int, QByteArray> DuplicateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KeepIdRole, "keepId");
    names.insert(MergeIdRole, "mergeId");
    names.insert(ScoreRole, "score");
    names.insert(ReasonRole, "reason");
    names.insert(FilesRole, "files");
    return names;
}

void DuplicateModel::setProposals(QList<DuplicateProposal> proposals, quint64 revision)
{
    beginResetModel();
    m_proposals = std::move(proposals);
    m_revision = revision;
    endResetModel();
}

int DuplicateModel::rowOf(MarkKind kind, const QString& a, const QString& b) const
{
    for (int row = 0; row < m_proposals.size(); ++row) {
        const DuplicateProposal& p = m_proposals.at(row);
        if (p.kind == kind && ((p.keepId == a && p.mergeId == b) || (p.keepId == b && p.mergeId == a)))
            return row;
    }
    return -1;
}

void DuplicateModel::removeProposal(int row)
{
    if (row < 0 || row >= m_proposals.size())
        return;
    beginRemoveRows({}, row, row);
    m_proposals.removeAt(row);
    endRemoveRows();
}

} // namespace Entente
