// The corpus's actors as a table: one row per actor id, in the order the articles define them.
#pragma once

#include "recordmodel.h"
#include "types.h"

namespace Entente {

class ActorModel : public RecordModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, KindColumn, SideColumn, RoleColumn, MeetingsColumn, ColumnCount };
    enum Roles {
        NameRole = FirstModelRole, // QString
        KindRole, // int of ActorKind
        SideRole, // QString
        RoleRole, // QString: the actor's function, e.g. "Secretary of State"
        AliasesRole, // QStringList
        MeetingCountRole, // int: meetings of the corpus the actor takes part in
    };

    explicit ActorModel(CorpusStore* store, QObject* parent = nullptr);
    ~ActorModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of an actor id, or -1.
    int rowOf(QStringView id) const;

protected:
    void reload() override;
    void update(const CorpusChange& change) override;

private:
    struct Row
    {
        Actor actor;
        int meetingCount = 0;
        friend bool operator==(const Row&, const Row&) = default;
    };
    Row makeRow(int corpusRow) const;

    QList<Row> m_rows;
};

} // namespace Entente
