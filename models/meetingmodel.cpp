#include "meetingmodel.h"

#include "corpusstore.h"
#include "labels.h"

namespace Entente {

namespace {

QString displayTitle(const Meeting& meeting)
{
    return meeting.title.isEmpty() ? meeting.id : meeting.title;
}

QDate endDate(const Meeting& meeting)
{
    return (meeting.end.isValid() ? meeting.end : meeting.start).last();
}

} // namespace

MeetingModel::MeetingModel(CorpusStore* store, QObject* parent)
    : RecordModel(store, parent)
{
    reload();
}

MeetingModel::~MeetingModel() = default;

int MeetingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingModel::data(const QModelIndex& index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const Row& row = m_rows.at(index.row());
    const Meeting& meeting = *row.meeting;
    const auto names = [this, &row] {
        return participantNames(row).join(QStringLiteral(", "));
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case MeetingColumn:
            return displayTitle(meeting);
        case ParticipantsColumn:
            return names();
        case DateColumn:
            return Labels::dateRange(meeting.start, meeting.end);
        case PlaceColumn:
            return meeting.place;
        case StatusColumn:
            return Labels::meetingStatus(meeting.status);
        case KindColumn:
            return meeting.kind;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return Labels::meetingStatusColor(meeting.status);
        return {};
    case SortRole:
        switch (index.column()) {
        case MeetingColumn:
            return displayTitle(meeting);
        case ParticipantsColumn:
            return names();
        case DateColumn:
            return meeting.start.first();
        case PlaceColumn:
            return meeting.place;
        case StatusColumn:
            return int(meeting.status);
        case KindColumn:
            return meeting.kind;
        }
        return {};
    case IdRole:
        return meeting.id;
    case FilterRole:
        return QStringList { meeting.id, meeting.title, names(), meeting.place, meeting.kind }.join(u'\n');
    case StatusRole:
        return int(meeting.status);
    case OriginFileRole:
        return meeting.origin.file;
    case OriginLineRole:
        return meeting.origin.line;
    case TitleRole:
        return meeting.title;
    case ParticipantIdsRole:
        return meeting.participants;
    case ParticipantNamesRole:
        return participantNames(row);
    case StartDateRole:
        return meeting.start.first();
    case EndDateRole:
        return endDate(meeting);
    case StartPrecisionRole:
        return int(meeting.start.precision);
    case EndPrecisionRole:
        return int((meeting.end.isValid() ? meeting.end : meeting.start).precision);
    case PlaceRole:
        return meeting.place;
    case KindRole:
        return meeting.kind;
    case IssuesRole:
        return meeting.issues;
    }
    return {};
}

QVariant MeetingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MeetingColumn:
        return tr("Meeting");
    case ParticipantsColumn:
        return tr("Participants");
    case DateColumn:
        return tr("Date");
    case PlaceColumn:
        return tr("Place");
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

QHash<int, QByteArray> MeetingModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(ParticipantIdsRole, "participantIds");
    names.insert(ParticipantNamesRole, "participantNames");
    names.insert(StartDateRole, "startDate");
    names.insert(EndDateRole, "endDate");
    names.insert(StartPrecisionRole, "startPrecision");
    names.insert(EndPrecisionRole, "endPrecision");
    names.insert(PlaceRole, "place");
    names.insert(KindRole, "kind");
    names.insert(IssuesRole, "issues");
    return names;
}

int MeetingModel::rowOf(QStringView id) const
{
    const int row = store() ? store()->corpus().meetingIndex(id) : -1;
    return row < m_rows.size() ? row : -1;
}

void MeetingModel::reload()
{
    m_rows.clear();
    m_meetings.clear();
    if (!store())
        return;
    m_rows.resize(store()->corpus().meetings.size());
    pointRowsAt(store()->corpus().meetings);
}

void MeetingModel::pointRowsAt(const QList<Meeting>& meetings)
{
    const Meeting* meeting = meetings.constData();
    for (Row& row : m_rows)
        row.meeting = meeting++;
    m_meetings = meetings; // shares: the pointers stay valid as long as m_meetings is never written
}

void MeetingModel::update(const CorpusChange& change)
{
    const Corpus& corpus = store()->corpus();
    // Old rows point into m_meetings, new ones into fresh, until every row points into fresh.
    const QList<Meeting> fresh = corpus.meetings;
    applyChange(m_rows, change.meetings, corpus.meetingRows,
        [](const Row& row) -> const QString& { return row.meeting->id; },
        [&fresh](int row) { return Row { fresh.constData() + row, std::nullopt }; });
    if (m_rows.size() != fresh.size()) {
        reset(); // not a mirror of the corpus (never expected): rebuild rather than point amiss
        return;
    }
    pointRowsAt(fresh);
    if (!change.actors.hasContentChanges())
        return;
    // Participants are shown by name: rows naming an actor that changed follow it.
    QSet<QString> actors(change.actors.added.cbegin(), change.actors.added.cend());
    actors.unite(QSet<QString>(change.actors.removed.cbegin(), change.actors.removed.cend()));
    actors.unite(QSet<QString>(change.actors.changed.cbegin(), change.actors.changed.cend()));
    QList<int> renamed;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QStringList& participants = m_rows.at(row).meeting->participants;
        if (std::none_of(participants.cbegin(), participants.cend(), [&](const QString& id) { return actors.contains(id); }))
            continue;
        // Names not looked up yet are looked up when asked for; the row may have changed.
        Row& named = m_rows[row];
        if (!named.participantNames) {
            renamed.append(row);
            continue;
        }
        QStringList names = namesOf(*named.meeting);
        if (names != *named.participantNames) {
            named.participantNames = std::move(names);
            renamed.append(row);
        }
    }
    emitRowsChanged(std::move(renamed));
}

QStringList MeetingModel::namesOf(const Meeting& meeting) const
{
    if (!store())
        return meeting.participants;
    const Corpus& corpus = store()->corpus();
    QStringList names;
    names.reserve(meeting.participants.size());
    for (const QString& id : meeting.participants)
        names.append(corpus.actorName(id));
    return names;
}

const QStringList& MeetingModel::participantNames(const Row& row) const
{
    if (!row.participantNames)
        row.participantNames = namesOf(*row.meeting);
    return *row.participantNames;
}

} // namespace Entente
