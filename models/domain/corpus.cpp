#include "corpus.h"

#include "sentences.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Entente {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Corpus)
};

QString place(const Origin& origin)
{
    return QStringLiteral("%1:%2").arg(origin.file).arg(origin.line);
}

// A meeting's date as the format writes it: "2023-07-16" or "2023-07-16..2023-07-19".
QString rangeText(const FuzzyDate& start, const FuzzyDate& end)
{
    return end.isValid() && end != start ? start.toString() + QStringLiteral("..") + end.toString() : start.toString();
}

Diagnostic conflict(const QString& what, const QString& id, const Origin& kept, const Origin& other)
{
    return { other.file, other.line, 1, Severity::Warning,
        Text::tr("%1 '%2' is defined differently in %3; keeping that definition").arg(what, id, place(kept)) };
}

bool sameActor(const Actor& a, const Actor& b)
{
    return a.name == b.name && a.kind == b.kind && a.side == b.side && (a.role == b.role || b.role.isEmpty());
}

template<typename Record> Record withoutOrigin(Record record)
{
    record.origin = {};
    return record;
}

Issue withoutOrigin(Issue issue)
{
    issue.origin = {};
    for (StatusChange& change : issue.history)
        change.origin = {};
    return issue;
}

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

void Corpus::countMeeting(const Meeting& meeting, int delta, QHash<QString, int>* touched)
{
    for (qsizetype i = 0; i < meeting.participants.size(); ++i) {
        const QString& id = meeting.participants.at(i);
        // An actor listed twice still takes part in the meeting once (participant lists are short).
        if (meeting.participants.indexOf(id) != i)
            continue;
        int& count = meetingCounts[id];
        count += delta;
        if (count == 0)
            meetingCounts.remove(id);
        (*touched)[id] += delta;
    }
}

namespace {

// The merged record of one id from its sources, the first definition kept; disagreements become
// conflicts at the later definitions.
Actor mergeActor(const QList<Document>& documents, const QList<Corpus::Source>& sources, QList<Diagnostic>* conflicts)
{
    Actor kept = documents.at(sources.first().document).actors.at(sources.first().row);
    QSet<QString> aliases(kept.aliases.cbegin(), kept.aliases.cend());
    for (qsizetype i = 1; i < sources.size(); ++i) {
        const Actor& other = documents.at(sources.at(i).document).actors.at(sources.at(i).row);
        if (!sameActor(kept, other))
            conflicts->append(conflict(Text::tr("actor"), kept.id, kept.origin, other.origin));
        for (const QString& alias : other.aliases) {
            if (!aliases.contains(alias)) {
                aliases.insert(alias);
                kept.aliases.append(alias);
            }
        }
    }
    return kept;
}

// A meeting several articles report (docs/format.md, "Several articles"): the first report's
// definition, the participants and issues of all reports, and the status of the latest report;
// reports that disagree on the date or the place are pointed out at the later report.
Meeting mergeMeeting(const QList<Document>& documents, const QList<Corpus::Source>& sources, QList<Diagnostic>* conflicts)
{
    const Document& firstDocument = documents.at(sources.first().document);
    Meeting kept = firstDocument.meetings.at(sources.first().row);
    if (sources.size() == 1)
        return kept;
    QSet<QString> participants(kept.participants.cbegin(), kept.participants.cend());
    QSet<QString> issues(kept.issues.cbegin(), kept.issues.cend());
    const Meeting* latest = &kept;
    QDate latestDate = firstDocument.article.date;
    const QString first = place(kept.origin);
    for (qsizetype i = 1; i < sources.size(); ++i) {
        const Document& document = documents.at(sources.at(i).document);
        const Meeting& other = document.meetings.at(sources.at(i).row);
        for (const QString& id : other.participants) {
            if (!participants.contains(id)) {
                participants.insert(id);
                kept.participants.append(id);
            }
        }
        for (const QString& id : other.issues) {
            if (!issues.contains(id)) {
                issues.insert(id);
                kept.issues.append(id);
            }
        }
        if (other.start != kept.start || other.end != kept.end) {
            conflicts->append({ other.origin.file, other.origin.line, 1, Severity::Warning,
                Text::tr("reports of meeting '%1' disagree on its date: %2 here, %3 in %4")
                    .arg(kept.id, rangeText(other.start, other.end),
                        rangeText(kept.start, kept.end), first) });
        }
        if (!other.place.isEmpty() && !kept.place.isEmpty() && other.place != kept.place) {
            conflicts->append({ other.origin.file, other.origin.line, 1, Severity::Warning,
                Text::tr("reports of meeting '%1' disagree on its place: %2 here, %3 in %4")
                    .arg(kept.id, other.place, kept.place, first) });
        }
        if (kept.place.isEmpty())
            kept.place = other.place;
        if (kept.title.isEmpty())
            kept.title = other.title;
        if (kept.kind.isEmpty())
            kept.kind = other.kind;
        // The latest article knows best how it went; an undated one counts as later than those before.
        const QDate date = document.article.date;
        if (!date.isValid() || !latestDate.isValid() || date >= latestDate) {
            latest = &other;
            latestDate = date;
        }
    }
    kept.status = latest->status;
    return kept;
}

// Status histories of all articles joined: one change per date and status (the first article's),
// in date order, stable for changes on the same day.
Issue mergeIssue(const QList<Document>& documents, const QList<Corpus::Source>& sources, QList<Diagnostic>* conflicts)
{
    Issue kept = documents.at(sources.first().document).issues.at(sources.first().row);
    if (sources.size() == 1)
        return kept;
    QSet<std::pair<qint64, int>> known;
    const auto key = [](const StatusChange& c) {
        return std::pair<qint64, int>(c.date.date.toJulianDay(), int(c.date.precision) * 16 + int(c.status));
    };
    QList<StatusChange> history;
    for (const Corpus::Source& source : sources) {
        const Issue& issue = documents.at(source.document).issues.at(source.row);
        if (&issue != &documents.at(sources.first().document).issues.at(sources.first().row) && issue.title != kept.title)
            conflicts->append(conflict(Text::tr("issue"), kept.id, kept.origin, issue.origin));
        for (const StatusChange& change : issue.history) {
            if (!known.contains(key(change))) {
                known.insert(key(change));
                history.append(change);
            }
        }
    }
    std::stable_sort(history.begin(), history.end(),
        [](const StatusChange& a, const StatusChange& b) { return a.date.first() < b.date.first(); });
    kept.history = std::move(history);
    return kept;
}

template<typename Record, typename Merge>
void recomputeRecords(const QList<Document>& documents, const QHash<QString, QList<Corpus::Source>>& allSources,
    const QStringList& ids, QList<Record>& records, QHash<QString, int>& rows,
    QMap<std::pair<int, QString>, QList<Diagnostic>>& allConflicts, int kind, CorpusChange::Ids* change,
    bool* conflictsChanged, Merge merge, const std::function<void(const Record*, const Record*)>& replaced)
{
    QList<int> removedRows;
    for (const QString& id : ids) {
        const auto sources = allSources.constFind(id);
        const auto row = rows.constFind(id);
        const std::pair<int, QString> conflictKey(kind, id);
        if (sources == allSources.cend()) {
            if (row != rows.cend()) {
                replaced(&records.at(*row), nullptr);
                removedRows.append(*row);
                change->removed.append(id);
            }
            if (allConflicts.remove(conflictKey) > 0)
                *conflictsChanged = true;
            continue;
        }
        QList<Diagnostic> conflicts;
        Record merged = merge(documents, *sources, &conflicts);
        if (allConflicts.value(conflictKey) != conflicts) {
            *conflictsChanged = true;
            if (conflicts.isEmpty())
                allConflicts.remove(conflictKey);
            else
                allConflicts.insert(conflictKey, conflicts);
        }
        if (row == rows.cend()) {
            rows.insert(id, int(records.size()));
            records.append(std::move(merged));
            replaced(nullptr, &records.constLast());
            change->added.append(id);
            continue;
        }
        Record& current = records[*row];
        if (current == merged)
            continue;
        if (withoutOrigin(current) == withoutOrigin(merged)) {
            change->moved.append(id);
        } else {
            change->changed.append(id);
            replaced(&current, &merged);
        }
        current = std::move(merged);
    }
    if (removedRows.isEmpty())
        return;
    // Compact once and renumber the rows after the first removed one.
    std::sort(removedRows.begin(), removedRows.end());
    const int first = removedRows.first();
    qsizetype next = 0;
    int write = first;
    for (int read = first; read < records.size(); ++read) {
        if (next < removedRows.size() && removedRows.at(next) == read) {
            rows.remove(records.at(read).id);
            ++next;
            continue;
        }
        if (write != read)
            records[write] = std::move(records[read]);
        rows[records.at(write).id] = write;
        ++write;
    }
    records.resize(write);
}

} // namespace

void Corpus::recompute(Kind kind, const QStringList& ids, CorpusChange::Ids* change)
{
    bool conflictsChanged = false;
    switch (kind) {
    case Kind::Actor:
        recomputeRecords<Actor>(documents, m_actorSources, ids, actors, actorRows, m_conflicts, int(kind), change,
            &conflictsChanged, mergeActor, [](const Actor*, const Actor*) {});
        break;
    case Kind::Meeting: {
        QHash<QString, int> touched; // actor id → how much its meeting count changed
        recomputeRecords<Meeting>(documents, m_meetingSources, ids, meetings, meetingRows, m_conflicts, int(kind),
            change, &conflictsChanged, mergeMeeting, [this, &touched](const Meeting* before, const Meeting* after) {
                if (before)
                    countMeeting(*before, -1, &touched);
                if (after)
                    countMeeting(*after, +1, &touched);
            });
        for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
            if (it.value() != 0)
                m_touchedActors.insert(it.key());
        }
        break;
    }
    case Kind::Issue:
        recomputeRecords<Issue>(documents, m_issueSources, ids, issues, issueRows, m_conflicts, int(kind), change,
            &conflictsChanged, mergeIssue, [](const Issue*, const Issue*) {});
        break;
    }
    m_conflictsChanged = m_conflictsChanged || conflictsChanged;
}

void Corpus::rebuildConflicts()
{
    conflicts.clear();
    for (const QList<Diagnostic>& list : std::as_const(m_conflicts))
        conflicts.append(list);
    std::stable_sort(conflicts.begin(), conflicts.end(), [this](const Diagnostic& a, const Diagnostic& b) {
        const int da = documentRows.value(a.file, int(documents.size()));
        const int db = documentRows.value(b.file, int(documents.size()));
        if (da != db)
            return da < db;
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
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
