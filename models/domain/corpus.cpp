// The corpus as documents come, change and go: which documents define or name each id (its sources),
// and the ids an edit touches, recomputed once each (corpusmerging.cpp) and reported as a CorpusChange.
#include "corpus.h"

#include "sentences.h"

#include <QSet>

#include <algorithm>

namespace Entente {

namespace {

bool sourceBefore(const Corpus::Source& a, const Corpus::Source& b)
{
    return a.document != b.document ? a.document < b.document : a.row < b.row;
}

template<typename Record>
void collectIds(const QList<Record>& records, QStringList* ids, QSet<QString>* seen)
{
    for (const Record& record : records) {
        if (!seen->contains(record.id)) {
            seen->insert(record.id);
            ids->append(record.id);
        }
    }
}

using SourceLists = QHash<QString, QList<Corpus::Source>>;
using NamingLists = QHash<std::pair<int, QString>, QList<int>>;

// Every list of sources (and of naming documents) stays in document order. Documents come in
// ascending order, so a value is appended; where it goes before the list's last one (a replaced
// document among later ones), the list is marked and its two sorted runs are merged once at the end.
// Inserting one value at a time instead moves the rest of the list for every document: O(k²) for an
// id that k replaced articles share.
template<typename Key, typename Value, typename Less>
void appendInOrder(QHash<Key, QList<Value>>& lists, const Key& key, const Value& value,
    QHash<Key, qsizetype>* unordered, Less less)
{
    QList<Value>& list = lists[key];
    if (!list.isEmpty() && !less(list.constLast(), value)) {
        if (list.constLast() == value) // a document names an id several times
            return;
        if (!unordered->contains(key))
            unordered->insert(key, list.size());
    }
    list.append(value);
}

template<typename Key, typename Value, typename Less>
void mergeRuns(QHash<Key, QList<Value>>& lists, const QHash<Key, qsizetype>& unordered, Less less)
{
    for (auto it = unordered.cbegin(); it != unordered.cend(); ++it) {
        QList<Value>& list = lists[it.key()];
        std::inplace_merge(list.begin(), list.begin() + it.value(), list.end(), less);
    }
}

template<typename Record>
void addRecordSources(SourceLists& sources, const QList<Document>& documents, const QList<int>& indexes,
    QList<Record> Document::*records)
{
    QHash<QString, qsizetype> unordered;
    for (const int document : indexes) {
        const QList<Record>& list = documents.at(document).*records;
        for (qsizetype row = 0; row < list.size(); ++row)
            appendInOrder(sources, list.at(row).id, Corpus::Source { document, int(row) }, &unordered, sourceBefore);
    }
    mergeRuns(sources, unordered, sourceBefore);
}

// Each list the leaving documents are in is filtered once, whatever the number of them in it.
template<typename Record>
void removeRecordSources(SourceLists& sources, const QList<Document>& documents, const QList<int>& indexes,
    QList<Record> Document::*records, const QList<bool>& leaving)
{
    QSet<QString> done;
    for (const int document : indexes) {
        for (const Record& record : documents.at(document).*records) {
            if (done.contains(record.id))
                continue;
            done.insert(record.id);
            const auto found = sources.find(record.id);
            if (found == sources.end())
                continue;
            found->removeIf([&leaving](const Corpus::Source& source) { return leaving.at(source.document); });
            if (found->isEmpty())
                sources.erase(found);
        }
    }
}

// The corpus's per-id lists, which the documents at indexes (ascending) join or leave together.
struct SourceIndex
{
    SourceLists& actors;
    SourceLists& meetings;
    SourceLists& issues;
    NamingLists& naming; // Document::unresolved

    void add(const QList<Document>& documents, const QList<int>& indexes)
    {
        QHash<std::pair<int, QString>, qsizetype> unordered;
        for (const int document : indexes) {
            for (const Reference& reference : documents.at(document).unresolved)
                appendInOrder(naming, { int(reference.kind), reference.id }, document, &unordered, std::less<int>());
        }
        mergeRuns(naming, unordered, std::less<int>());
        addRecordSources(actors, documents, indexes, &Document::actors);
        addRecordSources(meetings, documents, indexes, &Document::meetings);
        addRecordSources(issues, documents, indexes, &Document::issues);
    }

    void remove(const QList<Document>& documents, const QList<int>& indexes)
    {
        QList<bool> leaving(documents.size(), false);
        for (const int document : indexes)
            leaving[document] = true;
        QSet<std::pair<int, QString>> done;
        for (const int document : indexes) {
            for (const Reference& reference : documents.at(document).unresolved) {
                const std::pair<int, QString> key(int(reference.kind), reference.id);
                if (done.contains(key))
                    continue;
                done.insert(key);
                const auto found = naming.find(key);
                if (found == naming.end())
                    continue;
                found->removeIf([&leaving](int d) { return leaving.at(d); });
                if (found->isEmpty())
                    naming.erase(found);
            }
        }
        removeRecordSources(actors, documents, indexes, &Document::actors, leaving);
        removeRecordSources(meetings, documents, indexes, &Document::meetings, leaving);
        removeRecordSources(issues, documents, indexes, &Document::issues, leaving);
    }
};

} // namespace

Corpus Corpus::merge(QList<Document> documents)
{
    Corpus corpus;
    corpus.appendDocuments(std::move(documents));
    return corpus;
}

void Corpus::addSources(int document)
{
    SourceIndex { m_actorSources, m_meetingSources, m_issueSources, m_unresolved }.add(documents, { document });
}

void Corpus::removeSources(int document)
{
    SourceIndex { m_actorSources, m_meetingSources, m_issueSources, m_unresolved }.remove(documents, { document });
}

CorpusChange Corpus::apply(const std::function<void(QStringList*, QStringList*, QStringList*)>& edit)
{
    CorpusChange change;
    QStringList actorIds;
    QStringList meetingIds;
    QStringList issueIds;
    m_touchedActors.clear();
    m_conflictsChanged = false;
    edit(&actorIds, &meetingIds, &issueIds);
    recompute(Kind::Actor, actorIds, &change.actors);
    recompute(Kind::Meeting, meetingIds, &change.meetings);
    recompute(Kind::Issue, issueIds, &change.issues);
    // Actors whose meeting count changed are shown differently.
    if (!m_touchedActors.isEmpty()) {
        QSet<QString> listed(change.actors.added.cbegin(), change.actors.added.cend());
        listed.unite(QSet<QString>(change.actors.changed.cbegin(), change.actors.changed.cend()));
        QSet<QString> nowChanged; // moved ones among them leave `moved` in one pass
        for (const QString& id : std::as_const(m_touchedActors)) {
            if (listed.contains(id) || !actorRows.contains(id))
                continue;
            nowChanged.insert(id);
            change.actors.changed.append(id);
        }
        if (!nowChanged.isEmpty())
            change.actors.moved.removeIf([&nowChanged](const QString& id) { return nowChanged.contains(id); });
    }
    if (m_conflictsChanged) {
        rebuildConflicts();
        change.conflictsChanged = true;
    }
    // Documents that name an id without defining it: its coming or going changes their problems.
    QSet<int> touched;
    const auto notice = [&](MarkKind kind, const QStringList& ids) {
        for (const QString& id : ids) {
            for (const int document : m_unresolved.value({ int(kind), id }))
                touched.insert(document);
        }
    };
    notice(MarkKind::Actor, change.actors.added);
    notice(MarkKind::Actor, change.actors.removed);
    notice(MarkKind::Meeting, change.meetings.added);
    notice(MarkKind::Meeting, change.meetings.removed);
    notice(MarkKind::Issue, change.issues.added);
    notice(MarkKind::Issue, change.issues.removed);
    change.problemDocuments = QList<int>(touched.cbegin(), touched.cend());
    std::sort(change.problemDocuments.begin(), change.problemDocuments.end());
    return change;
}

bool Corpus::defines(MarkKind kind, const QString& id) const
{
    switch (kind) {
    case MarkKind::Actor:
        return actorRows.contains(id);
    case MarkKind::Meeting:
        return meetingRows.contains(id);
    case MarkKind::Issue:
        return issueRows.contains(id);
    case MarkKind::Date:
        break;
    }
    return false;
}

QList<Diagnostic> Corpus::problems(int document) const
{
    const Document& doc = documents.at(document);
    if (doc.unresolved.isEmpty())
        return doc.diagnostics;
    QSet<std::pair<int, int>> resolved; // line and column of the warnings another article answers
    for (const Reference& reference : doc.unresolved) {
        if (defines(reference.kind, reference.id))
            resolved.insert({ reference.line, reference.column });
    }
    if (resolved.isEmpty())
        return doc.diagnostics;
    QList<Diagnostic> problems;
    problems.reserve(doc.diagnostics.size());
    for (const Diagnostic& d : doc.diagnostics) {
        if (d.severity != Severity::Warning || !resolved.contains({ d.line, d.column }))
            problems.append(d);
    }
    return problems;
}

CorpusChange Corpus::replaceDocument(int index, Document document)
{
    if (index < 0 || index >= documents.size())
        return {};
    QList<std::pair<int, Document>> one;
    one.append({ index, std::move(document) });
    return replaceDocuments(std::move(one));
}

CorpusChange Corpus::replaceDocuments(QList<std::pair<int, Document>> replaced)
{
    replaced.removeIf([this](const std::pair<int, Document>& r) { return r.first < 0 || r.first >= documents.size(); });
    CorpusChange change = apply([&](QStringList* actorIds, QStringList* meetingIds, QStringList* issueIds) {
        QSet<QString> seenActors;
        QSet<QString> seenMeetings;
        QSet<QString> seenIssues;
        for (const auto& [index, document] : std::as_const(replaced)) {
            collectIds(document.actors, actorIds, &seenActors);
            collectIds(document.meetings, meetingIds, &seenMeetings);
            collectIds(document.issues, issueIds, &seenIssues);
        }
        // The documents leave and join the per-id lists together, each list rewritten once.
        QList<int> indexes;
        for (const auto& [index, document] : std::as_const(replaced)) {
            const Document& old = documents.at(index);
            collectIds(old.actors, actorIds, &seenActors);
            collectIds(old.meetings, meetingIds, &seenMeetings);
            collectIds(old.issues, issueIds, &seenIssues);
            indexes.append(index);
        }
        std::sort(indexes.begin(), indexes.end());
        SourceIndex sources { m_actorSources, m_meetingSources, m_issueSources, m_unresolved };
        sources.remove(documents, indexes);
        for (auto& [index, document] : replaced) {
            const Document& old = documents.at(index);
            if (old.fileName != document.fileName) {
                if (documentRows.value(old.fileName, -1) == index)
                    documentRows.remove(old.fileName);
                if (!documentRows.contains(document.fileName))
                    documentRows.insert(document.fileName, index);
            }
            documents[index] = std::move(document);
        }
        sources.add(documents, indexes);
    });
    for (const auto& [index, document] : std::as_const(replaced))
        change.documents.append(index);
    return change;
}

CorpusChange Corpus::appendDocuments(QList<Document> added)
{
    const int first = int(documents.size());
    CorpusChange change = apply([&](QStringList* actorIds, QStringList* meetingIds, QStringList* issueIds) {
        QSet<QString> seenActors;
        QSet<QString> seenMeetings;
        QSet<QString> seenIssues;
        documents.reserve(documents.size() + added.size());
        for (Document& document : added) {
            collectIds(document.actors, actorIds, &seenActors);
            collectIds(document.meetings, meetingIds, &seenMeetings);
            collectIds(document.issues, issueIds, &seenIssues);
            const int index = int(documents.size());
            if (!documentRows.contains(document.fileName))
                documentRows.insert(document.fileName, index);
            documents.append(std::move(document));
            addSources(index);
        }
    });
    for (int i = first; i < documents.size(); ++i)
        change.documents.append(i);
    return change;
}

CorpusChange Corpus::removeDocument(int index)
{
    if (index < 0 || index >= documents.size())
        return {};
    return apply([&](QStringList* actorIds, QStringList* meetingIds, QStringList* issueIds) {
        QSet<QString> seen;
        const Document& old = documents.at(index);
        collectIds(old.actors, actorIds, &seen);
        seen.clear();
        collectIds(old.meetings, meetingIds, &seen);
        seen.clear();
        collectIds(old.issues, issueIds, &seen);
        removeSources(index);
        documents.removeAt(index);
        // Later documents move up: renumber their sources and rows (linear, once per closed article).
        for (Sources* sources : { &m_actorSources, &m_meetingSources, &m_issueSources }) {
            for (QList<Source>& list : *sources) {
                for (Source& source : list) {
                    if (source.document > index)
                        --source.document;
                }
            }
        }
        for (QList<int>& list : m_unresolved) {
            for (int& document : list) {
                if (document > index)
                    --document;
            }
        }
        documentRows.clear();
        for (qsizetype i = documents.size() - 1; i >= 0; --i)
            documentRows.insert(documents.at(i).fileName, int(i));
    });
}

QList<Corpus::MeetingReport> Corpus::meetingReports(const QString& id) const
{
    QList<MeetingReport> reports;
    for (const Source& source : m_meetingSources.value(id)) {
        const Document& document = documents.at(source.document);
        MeetingReport report;
        report.document = source.document;
        report.meeting = document.meetings.at(source.row);
        report.articleDate = document.article.date;
        const QList<int> marks = document.markIndexesFor(MarkKind::Meeting, id);
        if (!marks.isEmpty())
            report.sentence = sentenceAt(document, document.marks.at(marks.first()).textStart);
        reports.append(report);
    }
    return reports;
}

int Corpus::actorIndex(QStringView id) const
{
    return actorRows.value(id.toString(), -1);
}

int Corpus::meetingIndex(QStringView id) const
{
    return meetingRows.value(id.toString(), -1);
}

int Corpus::issueIndex(QStringView id) const
{
    return issueRows.value(id.toString(), -1);
}

int Corpus::documentIndex(const QString& fileName) const
{
    return documentRows.value(fileName, -1);
}

QString Corpus::actorName(QStringView id) const
{
    const int index = actorIndex(id);
    return index < 0 ? id.toString() : actors.at(index).name;
}

} // namespace Entente
