// One issue's status history as a table, each change with the article words that support it.
#pragma once

#include "recordmodel.h"
#include "types.h"

namespace Entente {

class StatusHistoryModel : public RecordModel
{
    Q_OBJECT
public:
    enum Columns { DateColumn, StatusColumn, EvidenceColumn, NoteColumn, ArticleColumn, ColumnCount };
    enum Roles {
        DateRole = FirstModelRole, // QDate: first day the change's date may mean
        PrecisionRole, // int of DatePrecision
        EvidenceRole, // QString: the anchor of the evidence mark
        EvidenceTextRole, // QString: the article words of the evidence (the anchor when not found)
        NoteRole, // QString
        SpanStartRole, // int: position of the evidence in the document text, -1 when none
        SpanEndRole, // int
    };
    // Common roles: IdRole is the issue id, StatusRole the change's IssueStatus as int.

    explicit StatusHistoryModel(CorpusStore* store, QObject* parent = nullptr);
    ~StatusHistoryModel() override;

    QString issueId() const { return m_issueId; }
    void setIssueId(const QString& issueId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void reload() override;
    void update(const CorpusChange& change) override;

private:
    struct Row
    {
        StatusChange change;
        QString evidenceText; // kept so that edits moving the evidence update the row
        friend bool operator==(const Row&, const Row&) = default;
    };
    QList<Row> buildRows() const;

    QString m_issueId;
    QList<Row> m_rows;
};

} // namespace Entente
