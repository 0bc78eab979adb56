// The merged record of one id from the articles that define it: the first definition kept, what
// several articles add joined (aliases, participants, status histories), disagreements reported as
// conflicts. Corpus::recompute() applies it to the ids an edit touched (corpus.cpp keeps the sources).
#include "corpus.h"

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

} // namespace

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

} // namespace Entente
