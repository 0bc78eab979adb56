// The suggestions that wait for the analyst, of the shown article or of the whole corpus (then
// grouped by kind and sorted by confidence): one row per proposed mark, with what it would link to,
// how sure the pre-tagger is and why. Rows go when they are accepted or rejected (fine-grained
// removals) and come back when that is undone.
#pragma once

#include "suggester.h"

#include <QAbstractTableModel>

namespace Entente {

struct SuggestionRow
{
    Suggest::Suggestion suggestion;
    QString words; // the article words it covers
    QString target; // what it links to: an actor's name, a meeting's title, a date, an issue's title
    int article = -1; // the article's index in the open set
    QString articleName; // its file name
};

class SuggestionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, WordsColumn, TargetColumn, ConfidenceColumn, ReasonColumn, ArticleColumn, ColumnCount };
    enum Roles {
        KindRole = Qt::UserRole, // int of MarkKind
        StartRole, // int: start of the words in the plain text
        EndRole,
        RefRole, // QString: the record id or date reference
        ConfidenceRole, // double 0..1
        ArticleRole, // int: the article's index
    };

    explicit SuggestionModel(QObject* parent = nullptr);
    ~SuggestionModel() override;

    void setRows(QList<SuggestionRow> rows);
    const QList<SuggestionRow>& rows() const { return m_rows; }
    void removeRowAt(int row);
    // The row whose words start at plain position start (with kind), or -1; of `article` when given.
    int rowOf(MarkKind kind, int start, int article = -1) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SuggestionRow> m_rows;
};

// A translated name of a mark kind ("Actor", "Meeting", "Date", "Issue").
QString markKindLabel(MarkKind kind);

} // namespace Entente
