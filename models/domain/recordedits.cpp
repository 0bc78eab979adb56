// Edits of records: the lines of the records section are rebuilt (Detail::Section) and only the
// characters that differ are replaced; renaming and merging also change the marks naming the id.
#include "documentedits.h"
#include "documentedits_p.h"
#include "format.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace Entente::DocumentEdits {

using namespace Qt::StringLiterals;
using namespace Detail;

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DocumentEdits)
};

void refer(const Document& doc, MarkKind kind, const QString& from, const QString& to, QList<TextEdit>& edits)
{
    for (int i : doc.markIndexesFor(kind, from)) {
        const Mark& mark = doc.marks.at(i);
        edits.append({ mark.textEnd, mark.end - mark.textEnd, markSuffix(kind, to, mark.anchor) });
    }
}

// Rewrites the meetings whose participants (kind Actor) or issues (kind Issue) name id.
template<typename Change>
void rewriteMeetings(const Document& doc, Section& section, MarkKind kind, const QString& id, Change change)
{
    for (Meeting meeting : doc.meetings) {
        QStringList& list = kind == MarkKind::Actor ? meeting.participants : meeting.issues;
        if (kind == MarkKind::Meeting || !list.contains(id))
            continue;
        change(list);
        list.removeDuplicates();
        section.replace(section.lineOf(meeting.origin.line), Format::formatMeeting(meeting));
    }
}

// A status change is checked by the parser itself, plus the evidence that a lone line cannot check.
QString checkStatus(const Document& doc, const QString& issueId, const StatusChange& change)
{
    if (doc.issueIndex(issueId) < 0)
        return Text::tr("there is no issue '%1'").arg(issueId);
    const QString line = Format::formatStatus(issueId, change);
    if (line.contains(u'\n'))
        return Text::tr("a record lies on one line: remove the line breaks");
    const Document probe = Format::parse(Format::recordsDelimiter + u"\nissue " + issueId + u": -\n" + line);
    for (const Diagnostic& d : probe.diagnostics) {
        if (d.severity == Severity::Error)
            return d.message;
    }
    const auto hasAnchor = [&change](const Mark& m) { return m.anchor == change.evidence; };
    if (!change.evidence.isEmpty() && std::none_of(doc.marks.cbegin(), doc.marks.cend(), hasAnchor))
        return Text::tr("no mark has the anchor '#%1'").arg(change.evidence);
    return {};
}

// The line after which a status dated `date` goes, so that the file stays in date order: after the
// last earlier or equal one, else after its issue. `except` is the history index being moved.
int statusPlace(Section& section, const Issue& issue, const FuzzyDate& date, int except)
{
    int fileLine = issue.origin.line;
    for (qsizetype i = 0; i < issue.history.size(); ++i) {
        if (i != except && issue.history.at(i).date.first() <= date.first())
            fileLine = issue.history.at(i).origin.line;
    }
    return section.lineOf(fileLine);
}

} // namespace

EditResult setRecord(const Document& doc, const QString& line)
{
    if (line.contains(u'\n'))
        return failure(Text::tr("a record lies on one line: remove the line breaks"));
    if (QStringView(line).trimmed().startsWith(u"status "))
        return failure(Text::tr("status lines are added, changed and removed one status change at a time"));
    // The parser decides what the line is, so an edit accepts exactly what a file would.
    const Document probe = Format::parse(Format::recordsDelimiter + u'\n' + line);
    // Alone, the line names ids it does not define; those are warnings of the document, not refusals.
    const auto error = std::find_if(probe.diagnostics.cbegin(), probe.diagnostics.cend(),
        [](const Diagnostic& d) { return d.severity == Severity::Error; });
    if (error != probe.diagnostics.cend())
        return failure(error->message);
    const auto record = [&]() -> std::tuple<QString, QString, QString, int> { // type, id, line, rank
        if (probe.actors.size() == 1)
            return { u"actor"_s, probe.actors.first().id, Format::formatActor(probe.actors.first()), 1 };
        if (const QList<Meeting>& m = probe.meetings; m.size() == 1)
            return { u"meeting"_s, m.first().id, Format::formatMeeting(m.first()), 2 };
        if (probe.issues.size() == 1)
            return { u"issue"_s, probe.issues.first().id, Format::formatIssue(probe.issues.first()), 3 };
        if (QStringView(line).trimmed().startsWith(u"article"))
            return { u"article"_s, {}, Format::formatArticle(probe.article), 0 };
        return {};
    };
    const auto [type, id, canonical, rank] = record();
    if (type.isEmpty())
        return failure(Text::tr("not an article, actor, meeting or issue record: '%1'").arg(line));
    if (type != u"article" && !isValidId(id))
        return failure(badId(id));
    Section section(doc);
    const QList<int> existing = section.find(type, id);
    if (!existing.isEmpty())
        section.replace(existing.first(), canonical);
    else
        section.insertAfter(section.lastOfRank(rank), canonical);
    return finish(doc, {}, &section);
}

EditResult addStatus(const Document& doc, const QString& issueId, const StatusChange& change)
{
    if (QString error = checkStatus(doc, issueId, change); !error.isEmpty())
        return failure(error);
    Section section(doc);
    const Issue& issue = doc.issues.at(doc.issueIndex(issueId));
    section.insertAfter(statusPlace(section, issue, change.date, -1), Format::formatStatus(issueId, change));
    return finish(doc, {}, &section);
}

EditResult setStatus(const Document& doc, const QString& issueId, int historyIndex,
    const StatusChange& change)
{
    if (QString error = checkStatus(doc, issueId, change); !error.isEmpty())
        return failure(error);
    const Issue& issue = doc.issues.at(doc.issueIndex(issueId));
    const QList<StatusChange>& history = issue.history;
    if (historyIndex < 0 || historyIndex >= history.size())
        return failure(Text::tr("issue '%1' has no such status change").arg(issueId));
    Section section(doc);
    const int line = section.lineOf(history.at(historyIndex).origin.line);
    const QDate date = change.date.first();
    const bool staysInOrder = (historyIndex == 0 || history.at(historyIndex - 1).date.first() <= date)
        && (historyIndex == history.size() - 1 || date <= history.at(historyIndex + 1).date.first());
    // In order, the new line takes the old one's place; otherwise it moves to where its date goes.
    section.remove(line);
    section.insertAfter(staysInOrder ? line : statusPlace(section, issue, change.date, historyIndex),
        Format::formatStatus(issueId, change));
    return finish(doc, {}, &section);
}

EditResult removeStatus(const Document& doc, const QString& issueId, int historyIndex)
{
    const int issue = doc.issueIndex(issueId);
    if (issue < 0 || historyIndex < 0 || historyIndex >= doc.issues.at(issue).history.size())
        return failure(Text::tr("issue '%1' has no such status change").arg(issueId));
    Section section(doc);
    section.remove(section.lineOf(doc.issues.at(issue).history.at(historyIndex).origin.line));
    return finish(doc, {}, &section);
}

EditResult removeRecord(const Document& doc, MarkKind kind, const QString& id, bool removeMarks)
{
    if (kind == MarkKind::Date)
        return failure(Text::tr("dates have no records"));
    Section section(doc);
    const QList<int> lines = section.find(toString(kind), id); // duplicates too, so that none is left
    const QList<int> marks = removeMarks ? doc.markIndexesFor(kind, id) : QList<int>();
    if (lines.isEmpty() && marks.isEmpty())
        return failure(Text::tr("there is no %1 '%2'").arg(toString(kind), id));
    for (const Meeting& meeting : doc.meetings) {
        if (kind == MarkKind::Actor && meeting.participants.count(id) == meeting.participants.size())
            return failure(Text::tr("'%1' is the only participant of meeting '%2': remove the meeting first")
                    .arg(id, meeting.id));
    }
    for (int line : lines + (kind == MarkKind::Issue ? section.find(u"status", id) : QList<int>()))
        section.remove(line);
    rewriteMeetings(doc, section, kind, id, [&id](QStringList& list) { list.removeAll(id); });
    QList<TextEdit> edits;
    for (int mark : marks)
        unwrap(doc.marks.at(mark), edits);
    dropLostEvidence(doc, section, marks);
    return finish(doc, edits, &section);
}

EditResult renameId(const Document& doc, MarkKind kind, const QString& from, const QString& to)
{
    if (kind == MarkKind::Date)
        return failure(Text::tr("dates have no ids"));
    if (!isValidId(to))
        return failure(badId(to));
    Section section(doc);
    const QString type = toString(kind);
    const auto lists = [&](const Meeting& m) {
        return (kind == MarkKind::Actor ? m.participants : m.issues).contains(to);
    };
    if (!section.find(type, to).isEmpty() || !doc.markIndexesFor(kind, to).isEmpty()
        || (kind != MarkKind::Meeting && std::any_of(doc.meetings.cbegin(), doc.meetings.cend(), lists)))
        return failure(Text::tr("the %1 id '%2' is already used").arg(type, to));
    const QList<int> lines = section.find(type, from);
    if (lines.isEmpty() && doc.markIndexesFor(kind, from).isEmpty())
        return failure(Text::tr("there is no %1 '%2'").arg(type, from));
    for (int line : lines + (kind == MarkKind::Issue ? section.find(u"status", from) : QList<int>()))
        section.renameHead(line, to);
    rewriteMeetings(doc, section, kind, from,
        [&](QStringList& list) { std::replace(list.begin(), list.end(), from, to); });
    QList<TextEdit> edits;
    refer(doc, kind, from, to, edits);
    return finish(doc, edits, &section);
}

EditResult mergeActors(const Document& doc, const QString& from, const QString& into)
{
    const int fromIndex = doc.actorIndex(from);
    const int intoIndex = doc.actorIndex(into);
    if (fromIndex < 0 || intoIndex < 0)
        return failure(Text::tr("there is no actor '%1'").arg(fromIndex < 0 ? from : into));
    if (fromIndex == intoIndex)
        return failure(Text::tr("an actor cannot be merged into itself"));
    const Actor& gone = doc.actors.at(fromIndex);
    Actor merged = doc.actors.at(intoIndex);
    // Aliases are a comma-separated list, so a name with a comma cannot be one. A set, as an actor
    // may have tens of thousands of aliases.
    QSet<QString> known(merged.aliases.cbegin(), merged.aliases.cend());
    known.insert(merged.name);
    for (const QString& alias : QStringList { gone.name } + gone.aliases) {
        if (!alias.isEmpty() && !alias.contains(u',') && !known.contains(alias)) {
            known.insert(alias);
            merged.aliases.append(alias);
        }
    }
    Section section(doc);
    section.replace(section.lineOf(merged.origin.line), Format::formatActor(merged));
    section.remove(section.lineOf(gone.origin.line));
    rewriteMeetings(doc, section, MarkKind::Actor, from,
        [&](QStringList& list) { std::replace(list.begin(), list.end(), from, into); });
    QList<TextEdit> edits;
    refer(doc, MarkKind::Actor, from, into, edits);
    return finish(doc, edits, &section);
}

} // namespace Entente::DocumentEdits
