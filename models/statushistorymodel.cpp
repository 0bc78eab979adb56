#include "statushistorymodel.h"

#include "corpusstore.h"
#include "labels.h"

#include <QFileInfo>

namespace Entente {

namespace {

QString markWords(const Document& document, const Mark& mark)
{
    return document.text.mid(mark.textStart, mark.textEnd - mark.textStart);
}

// The article words a change rests on: its span (shown without markup when it is a mark), else the
// mark named by its evidence anchor, else the anchor itself.
QString evidenceText(const Corpus& corpus, const StatusChange& change)
{
    const Origin& origin = change.origin;
    const int documentIndex = corpus.documentIndex(origin.file);
    if (documentIndex < 0)
        return change.evidence;
    const Document& document = corpus.documents.at(documentIndex);
    if (origin.spanStart >= 0 && origin.spanStart < origin.spanEnd
        && origin.spanEnd <= document.text.size()) {
        const int markIndex = document.markIndexAt(origin.spanStart);
        if (markIndex >= 0) {
            const Mark& mark = document.marks.at(markIndex);
            if (mark.start <= origin.spanStart && origin.spanEnd <= mark.end)
                return markWords(document, mark);
        }
        return document.text.mid(origin.spanStart, origin.spanEnd - origin.spanStart);
    }
    if (!change.evidence.isEmpty()) {
        for (const Mark& mark : document.marks) {
            if (mark.anchor == change.evidence)
                return markWords(document, mark);
        }
    }
    return change.evidence;
}

} // namespace

StatusHistoryModel::StatusHistoryModel(CorpusStore* store, QObject* parent)
    : RecordModel(store, parent)
{
    reload();
}

StatusHistoryModel::~StatusHistoryModel() = default;

void StatusHistoryModel::setIssueId(const QString& issueId)
{
    if (issueId == m_issueId)
        return;
    beginResetModel();
    m_issueId = issueId;
    reload();
    endResetModel();
}

int StatusHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatusHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const Row& row = m_rows.at(index.row());
    const StatusChange& change = row.change;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return role == SortRole ? QVariant(change.date.first())
                                    : QVariant(Labels::fuzzyDate(change.date));
        case StatusColumn:
            return role == SortRole ? QVariant(int(change.status))
                                    : QVariant(Labels::issueStatus(change.status));
        case EvidenceColumn:
            return row.evidenceText;
        case NoteColumn:
            return change.note;
        case ArticleColumn:
            return QFileInfo(change.origin.file).fileName();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EvidenceColumn)
            return row.evidenceText;
        if (index.column() == NoteColumn)
            return change.note;
        if (index.column() == ArticleColumn)
            return change.origin.file;
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return Labels::issueStatusColor(change.status);
        return {};
    case IdRole:
        return m_issueId;
    case FilterRole:
        return QStringList { Labels::issueStatus(change.status), row.evidenceText, change.note }.join(u'\n');
    case StatusRole:
        return int(change.status);
    case OriginFileRole:
        return change.origin.file;
    case OriginLineRole:
        return change.origin.line;
    case DateRole:
        return change.date.first();
    case PrecisionRole:
        return int(change.date.precision);
    case EvidenceRole:
        return change.evidence;
    case EvidenceTextRole:
        return row.evidenceText;
    case NoteRole:
        return change.note;
    case SpanStartRole:
        return change.origin.spanStart;
    case SpanEndRole:
        return change.origin.spanEnd;
    }
    return {};
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case EvidenceColumn:
        return tr("Evidence");
    case NoteColumn:
        return tr("Note");
    case ArticleColumn:
        return tr("Article");
    }
    return {};
}

QHash<int, QByteArray> StatusHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordModel::roleNames();
    names.insert(DateRole, "date");
    names.insert(PrecisionRole, "precision");
    names.insert(EvidenceRole, "evidence");
    names.insert(EvidenceTextRole, "evidenceText");
    names.insert(NoteRole, "note");
    names.insert(SpanStartRole, "spanStart");
    names.insert(SpanEndRole, "spanEnd");
    return names;
}

void StatusHistoryModel::reload()
{
    m_rows = buildRows();
}

void StatusHistoryModel::update(const CorpusChange&)
{
    // One issue's history is short and its evidence words may move with any edit: diff it whole.
    // Changes have no ids: a change keeps its row while its date and status stay the same.
    applyRows(m_rows, buildRows(),
              [](const Row& row) { return std::make_pair(row.change.date, row.change.status); });
}

QList<StatusHistoryModel::Row> StatusHistoryModel::buildRows() const
{
    if (!store() || m_issueId.isEmpty())
        return {};
    const Corpus& corpus = store()->corpus();
    const int issueIndex = corpus.issueIndex(m_issueId);
    if (issueIndex < 0)
        return {};
    QList<Row> rows;
    for (const StatusChange& change : corpus.issues.at(issueIndex).history)
        rows.append({ change, evidenceText(corpus, change) });
    return rows;
}

} // namespace Entente
