// The corpus's meetings as a table: one row per meeting id, in the order the articles define them.
#pragma once

#include <optional>

#include "recordmodel.h"
#include "types.h"

namespace Entente {

class MeetingModel : public RecordModel
{
    Q_OBJECT
public:
    enum Columns {
        MeetingColumn,
        ParticipantsColumn,
        DateColumn,
        PlaceColumn,
        StatusColumn,
        KindColumn,
        ColumnCount
    };
    enum Roles {
        TitleRole = FirstModelRole, // QString, possibly empty
        ParticipantIdsRole, // QStringList
        ParticipantNamesRole, // QStringList, display names of the participants
        StartDateRole, // QDate: first day the start may mean
        EndDateRole, // QDate: last day the end may mean
        StartPrecisionRole, // int of DatePrecision
        EndPrecisionRole, // int of DatePrecision
        PlaceRole, // QString
        KindRole, // QString: visit, talks, call, summit, ...
        IssuesRole, // QStringList of issue ids
    };

    explicit MeetingModel(CorpusStore* store, QObject* parent = nullptr);
    ~MeetingModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a meeting id, or -1.
    int rowOf(QStringView id) const;

protected:
    void reload() override;
    void update(const CorpusChange& change) override;

private:
    struct Row
    {
        // Into m_meetings (the corpus's list, shared, never detached): ten thousand articles hold
        // tens of thousands of meetings, and copying each on every reset stalled the window.
        const Meeting* meeting = nullptr;
        // Kept so that renaming an actor updates the row; looked up when first asked for (opening ten
        // thousand articles would look up every participant of every meeting on the UI thread).
        mutable std::optional<QStringList> participantNames;
        friend bool operator==(const Row&, const Row&) = default;
    };
    // Points every row at its meeting in meetings (the rows mirror the corpus's order), which becomes m_meetings.
    void pointRowsAt(const QList<Meeting>& meetings);
    QStringList namesOf(const Meeting& meeting) const;
    const QStringList& participantNames(const Row& row) const;

    QList<Row> m_rows;
    QList<Meeting> m_meetings; // an implicitly shared copy of the corpus's meetings
};

} // namespace Entente
