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

template<typename Record>
void addRecordSources(QHash<QString, QList<Corpus::Source>>& sources, const QList<Record>& records, int document)
{
    for (qsizetype row = 0; row < records.size(); ++row) {
        QList<Corpus::Source>& list = sources[records.at(row).id];
        const Corpus::Source source { document, int(row) };
        // Documents are mostly added in order: appending is the common case.
        if (list.isEmpty() || sourceBefore(list.constLast(), source))
            list.append(source);
        else
            list.insert(std::lower_bound(list.begin(), list.end(), source, sourceBefore), source);
    }
}

template<typename Record>
void removeRecordSources(QHash<QString, QList<Corpus::Source>>& sources, const QList<Record>& records, int document)
{
    for (qsizetype row = 0; row < records.size(); ++row) {
        const auto found = sources.find(records.at(row).id);
        if (found == sources.end())
            continue;
        QList<Corpus::Source>& list = *found;
        const Corpus::Source source { document, int(row) };
        const auto it = std::lower_bound(list.begin(), list.end(), source, sourceBefore);
        if (it != list.end() && *it == source)
            list.erase(it);
        if (list.isEmpty())
            sources.erase(found);
    }
}

} // namespace

Corpus Corpus::merge(QList<Document> documents)
{
    Corpus corpus;
    corpus.appendDocuments(std::move(documents));
    return corpus;
}

void Corpus::addSources(int document)
{
    const Document& doc = documents.at(document);
    for (const Reference& reference : doc.unresolved) {
        QList<int>& list = m_unresolved[{ int(reference.kind), reference.id }];
        if (!list.contains(document)) // a document names an id a few times at most
            list.append(document);
    }
    addRecordSources(m_actorSources, doc.actors, document);
    addRecordSources(m_meetingSources, doc.meetings, document);
    addRecordSources(m_issueSources, doc.issues, document);
}

void Corpus::removeSources(int document)
{
    const Document& doc = documents.at(document);
    for (const Reference& reference : doc.unresolved) {
        const auto found = m_unresolved.find({ int(reference.kind), reference.id });
        if (found == m_unresolved.end())
            continue;
        found->removeAll(document);
        if (found->isEmpty())
            m_unresolved.erase(found);
    }
    removeRecordSources(m_actorSources, doc.actors, document);
    removeRecordSources(m_meetingSources, doc.meetings, document);
    removeRecordSources(m_issueSources, doc.issues, document);
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
        for (const QString& id : std::as_const(m_touchedActors)) {
            if (listed.contains(id) || !actorRows.contains(id))
                continue;
            change.actors.moved.removeOne(id);
            change.actors.changed.append(id);
        }
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
        for (auto& [index, document] : replaced) {
            const Document& old = documents.at(index);
            collectIds(old.actors, actorIds, &seenActors);
            collectIds(old.meetings, meetingIds, &seenMeetings);
            collectIds(old.issues, issueIds, &seenIssues);
            removeSources(index);
            if (old.fileName != document.fileName) {
                if (documentRows.value(old.fileName, -1) == index)
                    documentRows.remove(old.fileName);
                if (!documentRows.contains(document.fileName))
                    documentRows.insert(document.fileName, index);
            }
            documents[index] = std::move(document);
            addSources(index);
        }
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
