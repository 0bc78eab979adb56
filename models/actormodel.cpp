#include "actormodel.h"

#include "corpusstore.h"
#include "labels.h"

namespace Entente {

namespace {

QString toolTip(const Actor& actor)
{
    QStringList lines { QStringLiteral("<b>%1</b>").arg(actor.name.toHtmlEscaped()) };
    if (!actor.aliases.isEmpty())
        lines << ActorModel::tr("Also known as: %1")
                     .arg(actor.aliases.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!actor.role.isEmpty())
        lines << ActorModel::tr("Role: %1").arg(actor.role.toHtmlEscaped());
    if (!actor.side.isEmpty())
        lines << ActorModel::tr("Side: %1").arg(actor.side.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

ActorModel::ActorModel(CorpusStore* store, QObject* parent)
    : RecordModel(store, parent)
{
    reload();
}

ActorModel::~ActorModel() = default;

int ActorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorModel::data(const QModelIndex& index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const Row& row = m_rows.at(index.row());
    const Actor& actor = row.actor;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return actor.name;
        case KindColumn:
            return Labels::actorKind(actor.kind);
        case SideColumn:
            return actor.side;
        case RoleColumn:
            return actor.role;
        case MeetingsColumn:
            return row.meetingCount;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(actor);
    case Qt::TextAlignmentRole:
        if (index.column() == MeetingsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return actor.id;
    case FilterRole:
        return QStringList { actor.name, actor.aliases.join(u'\n'), actor.side, actor.role, actor.id }.join(
            u'\n');
    case OriginFileRole:
        return actor.origin.file;
    case OriginLineRole:
        return actor.origin.line;
    case NameRole:
        return actor.name;
    case KindRole:
        return int(actor.kind);
    case SideRole:
        return actor.side;
    case RoleRole:
        return actor.role;
    case AliasesRole:
        return actor.aliases;
    case MeetingCountRole:
        return row.meetingCount;
    }
    return {};
}

QVariant ActorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case SideColumn:
        return tr("Side");
    case RoleColumn:
        return tr("Role");
    case MeetingsColumn:
        return tr("Meetings");
    }
    return {};
}

QHash<int, QByteArray> ActorModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(KindRole, "kind");
    names.insert(SideRole, "side");
    names.insert(RoleRole, "role");
    names.insert(AliasesRole, "aliases");
    names.insert(MeetingCountRole, "meetingCount");
    return names;
}

int ActorModel::rowOf(QStringView id) const
{
    const int row = store() ? store()->corpus().actorIndex(id) : -1;
    return row < m_rows.size() ? row : -1;
}

void ActorModel::reload()
{
    m_rows.clear();
    if (!store())
        return;
    const Corpus& corpus = store()->corpus();
    m_rows.reserve(corpus.actors.size());
    for (int row = 0; row < corpus.actors.size(); ++row)
        m_rows.append(makeRow(row));
}

void ActorModel::update(const CorpusChange& change)
{
    applyChange(m_rows, change.actors, store()->corpus().actorRows,
        [](const Row& row) -> const QString& { return row.actor.id; }, [this](int row) { return makeRow(row); });
}

ActorModel::Row ActorModel::makeRow(int corpusRow) const
{
    const Corpus& corpus = store()->corpus();
    const Actor& actor = corpus.actors.at(corpusRow);
    return { actor, corpus.meetingCount(actor.id) };
}

} // namespace Entente
