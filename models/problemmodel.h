// The problems of the open corpus as a list: each document's diagnostics in document order, then
// the conflicts between articles, then the files that were not opened (skipped in a folder, or
// unreadable). An edit replaces only the rows of the document it re-parsed.
#pragma once

#include "corpus.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Entente {

class CorpusStore;

class ProblemModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        FileRole = Qt::UserRole, // QString: the file the problem is in
        LineRole, // int, 1-based
        ColumnRole, // int, 1-based
        SeverityRole, // int of Severity
        MessageRole, // QString
    };

    explicit ProblemModel(CorpusStore* store, QObject* parent = nullptr);
    ~ProblemModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Files that could not be opened, as diagnostics (line 0): kept across edits and loads until the
    // corpus is emptied or clearFileProblems(). A file listed again replaces its old row.
    void addFileProblems(const QList<Diagnostic>& problems);
    void clearFileProblems();
    int fileProblemCount() const { return int(m_fileProblems.size()); }

    int errorCount() const { return m_errors; }
    int warningCount() const { return int(m_rows.size()) - m_errors; }

private:
    void reset();
    void update(const CorpusChange& change);
    void removeDocument(int document);
    // Replaces the rows from first (count of them) with fresh, signalling the smallest change.
    void replaceBlock(int first, int count, const QList<Diagnostic>& fresh);
    int blockStart(int document) const;

    QPointer<CorpusStore> m_store;
    QList<Diagnostic> m_rows;
    QList<int> m_documentRows; // rows of each document, in document order; the conflicts follow
    QList<Diagnostic> m_fileProblems; // the last rows
    int m_errors = 0;
};

} // namespace Entente
