#include "suggestionmodel.h"

#include <QColor>

namespace Entente {

SuggestionModel::SuggestionModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

SuggestionModel::~SuggestionModel() = default;

QString markKindLabel(MarkKind kind)
{
    switch (kind) {
    case MarkKind::Actor: return SuggestionModel::tr("Actor");
    case MarkKind::Meeting: return SuggestionModel::tr("Meeting");
    case MarkKind::Date: return SuggestionModel::tr("Date");
    case MarkKind::Issue: return SuggestionModel::tr("Issue");
    }
    return {};
}

void SuggestionModel::setRows(QList<SuggestionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void SuggestionModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int SuggestionModel::rowOf(MarkKind kind, int start, int article) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const SuggestionRow& row = m_rows.at(i);
        if (row.suggestion.kind == kind && row.suggestion.start == start && (article < 0 || row.article == article))
            return int(i);
    }
    return -1;
}

int SuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SuggestionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || !hasIndex(index.row(), index.column()))
        return {};
    const SuggestionRow& row = m_rows.at(index.row());
    const Suggest::Suggestion& s = row.suggestion;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return markKindLabel(s.kind);
        case WordsColumn: return row.words;
        case TargetColumn: return row.target;
        case ConfidenceColumn: return QStringLiteral("%1 %").arg(qRound(s.confidence * 100));
        case ReasonColumn: return s.reason;
        case ArticleColumn: return row.articleName;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 “%2” → %3\n%4 (confidence %5 %)")
            .arg(markKindLabel(s.kind), row.words, row.target, s.reason)
            .arg(qRound(s.confidence * 100));
    case Qt::TextAlignmentRole:
        return index.column() == ConfidenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case KindRole: return int(s.kind);
    case StartRole: return s.start;
    case EndRole: return s.end;
    case RefRole: return s.ref;
    case ConfidenceRole: return s.confidence;
    case ArticleRole: return row.article;
    }
    return {};
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case WordsColumn: return tr("Words");
    case TargetColumn: return tr("Suggestion");
    case ConfidenceColumn: return tr("Confidence");
    case ReasonColumn: return tr("Why");
    case ArticleColumn: return tr("Article");
    }
    return {};
}

} // namespace Entente
