#include "problemmodel.h"

#include "corpusstore.h"

#include <QColor>
#include <QFileInfo>

namespace Entente {

namespace {

constexpr qsizetype maximumDocumentUpdates = 256;

int errorsIn(const QList<Diagnostic>& diagnostics, qsizetype first, qsizetype count)
{
    int errors = 0;
    for (qsizetype i = first; i < first + count; ++i)
        errors += diagnostics.at(i).severity == Severity::Error ? 1 : 0;
    return errors;
}

} // namespace

ProblemModel::ProblemModel(CorpusStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (store) {
        connect(store, &CorpusStore::corpusReset, this, &ProblemModel::reset);
        connect(store, &CorpusStore::corpusUpdated, this, &ProblemModel::update);
        connect(store, &CorpusStore::documentRemoved, this, &ProblemModel::removeDocument);
    }
    reset();
}

ProblemModel::~ProblemModel() = default;

int ProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProblemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const Diagnostic& d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (d.line <= 0) // a file that was not opened: no place inside it
            return QStringLiteral("%1  %2").arg(QFileInfo(d.file).fileName(), d.message);
        return QStringLiteral("%1:%2:%3  %4").arg(QFileInfo(d.file).fileName()).arg(d.line).arg(d.column).arg(d.message);
    case Qt::ToolTipRole:
        return d.toString();
    case Qt::ForegroundRole:
        return d.severity == Severity::Error ? QColor(0xc0, 0x1c, 0x28) : QColor(0x9a, 0x67, 0x00);
    case FileRole:
        return d.file;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case SeverityRole:
        return int(d.severity);
    case MessageRole:
        return d.message;
    }
    return {};
}

QHash<int, QByteArray> ProblemModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(FileRole, "file");
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(SeverityRole, "severity");
    names.insert(MessageRole, "message");
    return names;
}

void ProblemModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_documentRows.clear();
    // One load of the guarded pointer: GCC cannot tell that it stays the same between two loads.
    if (const CorpusStore* store = m_store.data()) {
        const Corpus& corpus = store->corpus();
        for (int i = 0; i < corpus.documents.size(); ++i) {
            const QList<Diagnostic> problems = corpus.problems(i);
            m_rows.append(problems);
            m_documentRows.append(int(problems.size()));
        }
        m_rows.append(corpus.conflicts);
        if (corpus.documents.isEmpty())
            m_fileProblems.clear(); // everything was closed
    }
    m_rows.append(m_fileProblems);
    m_errors = errorsIn(m_rows, 0, m_rows.size());
    endResetModel();
}

int ProblemModel::blockStart(int document) const
{
    int start = 0;
    for (int i = 0; i < document; ++i)
        start += m_documentRows.at(i);
    return start;
}

void ProblemModel::replaceBlock(int first, int count, const QList<Diagnostic>& fresh)
{
    m_errors -= errorsIn(m_rows, first, count);
    m_errors += errorsIn(fresh, 0, fresh.size());
    const int common = std::min(count, int(fresh.size()));
    for (int i = 0; i < common; ++i)
        m_rows[first + i] = fresh.at(i);
    if (common > 0)
        Q_EMIT dataChanged(index(first), index(first + common - 1));
    if (fresh.size() > count) {
        beginInsertRows({}, first + common, first + int(fresh.size()) - 1);
        m_rows.insert(first + common, fresh.size() - count, Diagnostic {});
        for (qsizetype i = common; i < fresh.size(); ++i)
            m_rows[first + i] = fresh.at(i);
        endInsertRows();
    } else if (count > fresh.size()) {
        beginRemoveRows({}, first + common, first + count - 1);
        m_rows.remove(first + common, count - common);
        endRemoveRows();
    }
}

void ProblemModel::update(const CorpusChange& change)
{
    const CorpusStore* store = m_store.data();
    if (!store)
        return;
    const Corpus& corpus = store->corpus();
    QList<int> documents = change.documents + change.problemDocuments;
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    // Thousands of articles at once (an id they all name was defined or dropped): row signals per
    // article would move every later row each time, so the rows are made again in one pass.
    if (documents.size() > maximumDocumentUpdates) {
        reset();
        return;
    }
    // In document order, so that each block's first row follows from the one before: linear however
    // many documents an opened folder adds.
    int start = 0;
    int counted = 0; // start is the number of rows of documents [0, counted)
    for (const int document : std::as_const(documents)) {
        if (document >= corpus.documents.size())
            continue;
        const QList<Diagnostic> fresh = corpus.problems(document);
        while (counted < document && counted < m_documentRows.size())
            start += m_documentRows.at(counted++);
        if (document < m_documentRows.size()) {
            replaceBlock(start, m_documentRows.at(document), fresh);
            m_documentRows[document] = int(fresh.size());
        } else {
            // Added after the known documents: before the conflicts.
            while (m_documentRows.size() < document) {
                m_documentRows.append(0);
                ++counted;
            }
            replaceBlock(start, 0, fresh);
            m_documentRows.append(int(fresh.size()));
        }
    }
    if (change.conflictsChanged) {
        const int conflictsStart = blockStart(int(m_documentRows.size()));
        replaceBlock(conflictsStart, int(m_rows.size() - m_fileProblems.size()) - conflictsStart, corpus.conflicts);
    }
}

void ProblemModel::addFileProblems(const QList<Diagnostic>& problems)
{
    if (problems.isEmpty())
        return;
    QHash<QString, qsizetype> rowOfFile; // a file named again (opened again) keeps one row
    for (qsizetype i = 0; i < m_fileProblems.size(); ++i)
        rowOfFile.insert(m_fileProblems.at(i).file, i);
    QList<Diagnostic> fresh = m_fileProblems;
    for (const Diagnostic& problem : problems) {
        if (const auto it = rowOfFile.constFind(problem.file); it != rowOfFile.cend()) {
            fresh[it.value()] = problem;
        } else {
            rowOfFile.insert(problem.file, fresh.size());
            fresh.append(problem);
        }
    }
    const int first = int(m_rows.size() - m_fileProblems.size());
    replaceBlock(first, int(m_fileProblems.size()), fresh);
    m_fileProblems = std::move(fresh);
}

void ProblemModel::clearFileProblems()
{
    replaceBlock(int(m_rows.size() - m_fileProblems.size()), int(m_fileProblems.size()), {});
    m_fileProblems.clear();
}

void ProblemModel::removeDocument(int document)
{
    if (document < 0 || document >= m_documentRows.size())
        return;
    replaceBlock(blockStart(document), m_documentRows.at(document), {});
    m_documentRows.removeAt(document);
}

} // namespace Entente
