// Text edits for every change an analyst makes. Marks change by small insertions and deletions
// around their words (the words are never rewritten, so the editor keeps cursor and formatting);
// records by rebuilding the lines of the records section and replacing only the characters that
// differ. Every result is checked by parsing it before it is handed out.
#include "documentedits.h"
#include "format.h"
#include "recordparser.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>

namespace Entente::DocumentEdits {

using namespace Qt::StringLiterals;

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DocumentEdits)
};

EditResult failure(const QString& message)
{
    return { {}, message };
}

QString badId(QStringView id)
{
    return Text::tr("bad id '%1': use letters, digits, '-', '_' or '.'").arg(id);
}

// The records section as editable lines (line 0 is the delimiter). Changes are collected per line and
// appendEdit() turns them into one edit; a document without records gets a new section at its end.
class Section
{
public:
    explicit Section(const Document& doc)
        : m_doc(doc)
    {
        if (doc.recordsStart < 0) {
            m_lines.append(classify(Format::recordsDelimiter));
            return;
        }
        const QStringView text(doc.text);
        m_firstLine = 1 + int(text.first(doc.recordsStart).count(u'\n'));
        for (qsizetype start = doc.recordsStart; start < text.size();) {
            const qsizetype lineBreak = text.indexOf(u'\n', start);
            const qsizetype end = lineBreak < 0 ? text.size() : lineBreak;
            m_lines.append(classify(text.sliced(start, end - start)));
            m_trailingNewline = lineBreak >= 0;
            start = end + 1;
        }
    }

    // The section line of a record's Origin::line; a bad one makes the whole change fail.
    int lineOf(int fileLine)
    {
        const int line = fileLine - m_firstLine;
        return m_doc.recordsStart >= 0 && line >= 1 && line < m_lines.size() ? line : (m_broken = true, -1);
    }
    QList<int> find(QStringView type, QStringView id) const
    {
        QList<int> found;
        for (qsizetype i = 1; i < m_lines.size(); ++i) {
            if (m_lines.at(i).type == type && m_lines.at(i).id == id)
                found.append(int(i));
        }
        return found;
    }
    // The last record line at or before rank in canonical order (article, actors, meetings, issues
    // with their status lines), else the delimiter.
    int lastOfRank(int rank) const
    {
        static constexpr std::array<QStringView, 5> order { u"article", u"actor", u"meeting", u"issue",
            u"status" };
        for (qsizetype i = m_lines.size() - 1; i > 0; --i) {
            const auto it = std::find(order.cbegin(), order.cend(), m_lines.at(i).type);
            if (it != order.cend() && std::min(int(it - order.cbegin()), 3) <= rank)
                return int(i);
        }
        return 0;
    }
    bool isRemoved(int line) { return at(line).removed; }
    void replace(int line, const QString& text) { at(line).text = text; }
    void remove(int line) { at(line).removed = true; }
    void insertAfter(int line, const QString& text) { at(line).after.append(text); }
    // "type id: fields" with the id replaced and the fields kept as written.
    void renameHead(int line, QStringView to)
    {
        Line& l = at(line);
        l.text = l.type + u' ' + to + QStringView(l.text).sliced(l.colon);
    }
    bool broken() const { return m_broken; }

    void appendEdit(QList<TextEdit>& edits) const
    {
        QString section;
        for (const Line& line : m_lines) {
            if (!line.removed)
                section += line.text + u'\n';
            for (const QString& added : line.after)
                section += added + u'\n';
        }
        const QStringView text(m_doc.text);
        if (m_doc.recordsStart < 0) {
            // The line break before the delimiter belongs to it (docs/format.md), so the article keeps
            // its words whether or not it ends with one; an empty article starts with the delimiter.
            if (!m_lines.first().after.isEmpty())
                edits.append({ int(text.size()), 0, (text.isEmpty() ? u""_s : u"\n"_s) + section });
            return;
        }
        if (!m_trailingNewline)
            section.chop(1);
        const QStringView old = text.sliced(m_doc.recordsStart);
        // Only the characters between the common start and the common end change.
        const qsizetype shorter = std::min(old.size(), section.size());
        const qsizetype prefix
            = std::mismatch(old.begin(), old.begin() + shorter, section.cbegin()).first - old.begin();
        const qsizetype suffix
            = std::mismatch(old.rbegin(), old.rbegin() + (shorter - prefix), section.crbegin()).first - old.rbegin();
        if (old != section)
            edits.append({ int(m_doc.recordsStart + prefix), int(old.size() - prefix - suffix),
                section.sliced(prefix, section.size() - prefix - suffix) });
    }

private:
    struct Line
    {
        QString text;
        QString type; // empty for comments, blank lines and the delimiter
        QString id;
        qsizetype colon = 0;
        bool removed = false;
        QStringList after; // lines inserted after this one
    };

    // The same reading of "type id:" as the record parser's.
    static Line classify(QStringView text)
    {
        Line line { text.toString(), {}, {}, text.indexOf(u':'), false, {} };
        const QStringView trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || line.colon < 0)
            return line;
        const QStringView head = text.first(line.colon).trimmed();
        const qsizetype space = head.indexOf(u' ');
        line.type = (space < 0 ? head : head.first(space)).toString();
        line.id = space < 0 ? QString() : head.sliced(space + 1).trimmed().toString();
        return line;
    }
    Line& at(int line)
    {
        if (line >= 0 && line < m_lines.size())
            return m_lines[line];
        m_broken = true;
        return m_nowhere;
    }

    const Document& m_doc;
    QList<Line> m_lines;
    Line m_nowhere; // what a bad line index edits
    int m_firstLine = 0;
    bool m_trailingNewline = true;
    bool m_broken = false;
};

QList<TextEdit> sorted(QList<TextEdit> edits)
{
    // An insertion goes before an edit starting at the same place, whatever order it was listed in.
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) {
        return std::pair(a.start, a.length > 0) < std::pair(b.start, b.length > 0);
    });
    return edits;
}

// Every result is parsed: a change that would alter the article's words or add an error is refused
// rather than trusted to the reasoning that computed it.
EditResult finish(const Document& doc, QList<TextEdit> edits, const Section* section = nullptr)
{
    const QString changed = Text::tr("the document has changed since it was read; try again");
    if (section && section->broken())
        return failure(changed);
    if (section)
        section->appendEdit(edits);
    edits = sorted(std::move(edits));
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const TextEdit& e = edits.at(i);
        if (e.start < 0 || e.length < 0 || e.start + e.length > doc.text.size()
            || (i > 0 && e.start < edits.at(i - 1).start + edits.at(i - 1).length))
            return failure(changed);
    }
    const auto errors = [](const Document& d) {
        return std::count_if(d.diagnostics.cbegin(), d.diagnostics.cend(),
            [](const Diagnostic& x) { return x.severity == Severity::Error; });
    };
    const Document after = Format::parse(apply(doc.text, edits), doc.fileName);
    if (after.plainText() != doc.plainText() || errors(after) > errors(doc))
        return failure(Text::tr("this change would alter the article's words or break the file"));
    return { edits, {} };
}

QString checkRef(MarkKind kind, QStringView ref)
{
    if (kind != MarkKind::Date)
        return isValidId(ref) ? QString() : badId(ref);
    const auto [start, end] = RecordParser::parseDateRange(ref);
    if (!start.isValid() || std::any_of(ref.begin(), ref.end(), [](QChar c) { return c.isSpace(); }))
        return Text::tr("'%1' is not a date (use 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or start..end)")
            .arg(ref);
    if (end.last() < start.first())
        return Text::tr("the dates '%1' end before they start").arg(ref);
    return {};
}

// Where the words of a mark may be: plain article words on one line, outside every other mark.
QString checkWords(const Document& doc, int start, int end, QStringView words, int markIndex)
{
    if (start < 0 || end > doc.text.size() || start >= end || words.isEmpty())
        return Text::tr("select some words to mark");
    if (end > doc.articleEnd())
        return Text::tr("marks belong in the article, not in the records section");
    if (words.contains(u'\n'))
        return Text::tr("a mark lies on one line: the words cross a line break");
    if (words.contains(u'[') || words.contains(u']'))
        return Text::tr("the words of a mark cannot contain '[' or ']'");
    for (qsizetype i = 0; i < doc.marks.size(); ++i) {
        if (i != markIndex && start < doc.marks.at(i).end && doc.marks.at(i).start < end)
            return Text::tr("the words overlap a mark: marks do not nest");
    }
    return {};
}

QString markSuffix(MarkKind kind, QStringView ref, QStringView anchor)
{
    return Format::formatMark(kind, ref, {}, anchor).sliced(1); // "]{kind=ref #anchor}"
}

void unwrap(const Mark& mark, QList<TextEdit>& edits)
{
    edits.append({ mark.start, mark.textStart - mark.start, {} });
    edits.append({ mark.textEnd, mark.end - mark.textEnd, {} });
}

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

// Status changes whose evidence mark goes away lose their evidence rather than point at nothing.
void dropLostEvidence(const Document& doc, Section& section, const QList<int>& removedMarks)
{
    QSet<QString> lost;
    QSet<QString> kept;
    for (qsizetype i = 0; i < doc.marks.size(); ++i) {
        if (!doc.marks.at(i).anchor.isEmpty())
            (removedMarks.contains(int(i)) ? lost : kept).insert(doc.marks.at(i).anchor);
    }
    lost.subtract(kept);
    for (const Issue& issue : doc.issues) {
        for (StatusChange change : issue.history) {
            const int line = lost.contains(change.evidence) ? section.lineOf(change.origin.line) : -1;
            change.evidence.clear();
            if (line >= 0 && !section.isRemoved(line))
                section.replace(line, Format::formatStatus(issue.id, change));
        }
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

QString apply(QString text, const QList<TextEdit>& edits)
{
    const QList<TextEdit> ordered = sorted(edits);
    for (auto it = ordered.crbegin(); it != ordered.crend(); ++it) {
        Q_ASSERT(it->start >= 0 && it->length >= 0 && it->start + it->length <= text.size());
        text.replace(it->start, it->length, it->replacement);
    }
    return text;
}

QList<TextEdit> inverse(const QString& text, const QList<TextEdit>& edits)
{
    QList<TextEdit> undo;
    int shift = 0;
    for (const TextEdit& e : sorted(edits)) {
        undo.append({ e.start + shift, int(e.replacement.size()), text.sliced(e.start, e.length) });
        shift += int(e.replacement.size()) - e.length;
    }
    return undo;
}

EditResult addMark(const Document& doc, int start, int end, MarkKind kind, const QString& ref,
    const QString& anchor)
{
    const bool inText = start >= 0 && start < end && end <= doc.text.size();
    const QStringView words = inText ? QStringView(doc.text).sliced(start, end - start) : QStringView();
    if (QString error = checkWords(doc, start, end, words, -1); !error.isEmpty())
        return failure(error);
    if (QString error = checkRef(kind, ref); !error.isEmpty())
        return failure(error);
    if (!anchor.isEmpty() && !isValidId(anchor))
        return failure(Text::tr("bad anchor '#%1': use letters, digits, '-', '_' or '.'").arg(anchor));
    const auto named = [&anchor](const Mark& m) { return !anchor.isEmpty() && m.anchor == anchor; };
    if (std::any_of(doc.marks.cbegin(), doc.marks.cend(), named))
        return failure(Text::tr("another mark already has the anchor '#%1'").arg(anchor));
    return finish(doc, { { start, 0, QStringLiteral("[") }, { end, 0, markSuffix(kind, ref, anchor) } });
}

EditResult removeMark(const Document& doc, int markIndex)
{
    if (markIndex < 0 || markIndex >= doc.marks.size())
        return failure(Text::tr("there is no such mark"));
    QList<TextEdit> edits;
    unwrap(doc.marks.at(markIndex), edits);
    Section section(doc);
    dropLostEvidence(doc, section, { markIndex });
    return finish(doc, edits, &section);
}

EditResult changeMark(const Document& doc, int markIndex, MarkKind kind, const QString& ref)
{
    if (markIndex < 0 || markIndex >= doc.marks.size())
        return failure(Text::tr("there is no such mark"));
    if (QString error = checkRef(kind, ref); !error.isEmpty())
        return failure(error);
    const Mark& mark = doc.marks.at(markIndex);
    return finish(doc, { { mark.textEnd, mark.end - mark.textEnd, markSuffix(kind, ref, mark.anchor) } });
}

EditResult resizeMark(const Document& doc, int markIndex, int newTextStart, int newTextEnd)
{
    if (markIndex < 0 || markIndex >= doc.marks.size())
        return failure(Text::tr("there is no such mark"));
    const Mark& m = doc.marks.at(markIndex);
    // On the mark's own markup, '[' is where its words start and all of "]{...}" where they end.
    const auto edge = [&m](int p) {
        return p == m.start ? m.textStart : (p > m.textEnd && p <= m.end ? m.textEnd : p);
    };
    const int start = edge(newTextStart);
    const int end = edge(newTextEnd);
    // The new span without this mark's markup, which it either covers whole or leaves out.
    const bool inText = start >= 0 && start < end && end <= doc.text.size();
    QString words = inText ? doc.text.sliced(start, end - start) : QString();
    if (inText && start <= m.textEnd && end > m.end)
        words.remove(m.textEnd - start, m.end - m.textEnd);
    if (inText && start < m.start && end > m.start)
        words.remove(m.start - start, 1);
    if (QString error = checkWords(doc, start, end, words, markIndex); !error.isEmpty())
        return failure(error);
    // Moving the brackets rather than rewriting the words keeps the editor's cursor and formatting.
    QList<TextEdit> edits;
    if (start != m.textStart)
        edits << TextEdit { m.start, 1, {} } << TextEdit { start, 0, QStringLiteral("[") };
    if (end != m.textEnd)
        edits << TextEdit { m.textEnd, m.end - m.textEnd, {} }
              << TextEdit { end, 0, doc.text.sliced(m.textEnd, m.end - m.textEnd) };
    return finish(doc, edits);
}

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
