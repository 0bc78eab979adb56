#include "issuemodel.h"

#include "corpusstore.h"
#include "labels.h"

namespace Entente {

namespace {

QDate since(const Issue& issue)
{
    return issue.history.isEmpty() ? QDate() : issue.history.constLast().date.first();
}

} // namespace

IssueModel::IssueModel(CorpusStore* store, QObject* parent)
    : RecordModel(store, parent)
{
    reload();
}

IssueModel::~IssueModel() = default;

int IssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueModel::data(const QModelIndex& index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const Issue& issue = m_rows.at(index.row());
    const IssueStatus status = issue.currentStatus();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IssueColumn:
            return issue.title;
        case StatusColumn:
            return Labels::issueStatus(status);
        case SinceColumn:
            return issue.history.isEmpty() ? QString() : Labels::fuzzyDate(issue.history.constLast().date);
        case ChangesColumn:
            return int(issue.history.size());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == IssueColumn)
            return issue.title;
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return Labels::issueStatusColor(status);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ChangesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (index.column()) {
        case IssueColumn:
            return issue.title;
        case StatusColumn:
            return int(status);
        case SinceColumn:
            return since(issue);
        case ChangesColumn:
            return int(issue.history.size());
        }
        return {};
    case IdRole:
        return issue.id;
    case FilterRole:
        return QString(issue.id + u'\n' + issue.title);
    case StatusRole:
        return int(status);
    case OriginFileRole:
        return issue.origin.file;
    case OriginLineRole:
        return issue.origin.line;
    case TitleRole:
        return issue.title;
    case SinceRole:
        return since(issue);
    case HistorySizeRole:
        return int(issue.history.size());
    }
    return {};
}

QVariant IssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IssueColumn:
        return tr("Issue");
    case StatusColumn:
        return tr("Status");
    case SinceColumn:
        return tr("Since");
    case ChangesColumn:
        return tr("Changes");
    }
    return {};
}

QHash<int, QByteArray> IssueModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(SinceRole, "since");
    names.insert(HistorySizeRole, "historySize");
    return names;
}

int IssueModel::rowOf(QStringView id) const
{
    const int row = store() ? store()->corpus().issueIndex(id) : -1;
    return row < m_rows.size() ? row : -1;
}

void IssueModel::reload()
{
    m_rows = store() ? store()->corpus().issues : QList<Issue> {};
}

void IssueModel::update(const CorpusChange& change)
{
    const Corpus& corpus = store()->corpus();
    applyChange(m_rows, change.issues, corpus.issueRows, [](const Issue& issue) -> const QString& { return issue.id; },
        [&corpus](int row) { return corpus.issues.at(row); });
}

} // namespace Entente
