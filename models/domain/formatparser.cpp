// Reading Entente files: decoding bytes, scanning inline marks and parsing records.
// The mark scanner jumps from '[' to '[' with QStringView::indexOf (vectorised), so annotated text
// is parsed at memory speed rather than character by character.
#include "format.h"
#include "lineindex.h"
#include "recordparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Entente::Format {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Format)
};

// Finds the delimiter line; returns its position or -1.
int findRecordsDelimiter(QStringView text)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(recordsDelimiter, from);
        if (at < 0)
            return -1;
        const qsizetype after = at + recordsDelimiter.size();
        const bool lineStart = at == 0 || text[at - 1] == u'\n';
        const bool lineEnd = after == text.size() || text[after] == u'\n';
        if (lineStart && lineEnd)
            return int(at);
        from = after;
    }
}

// One entry per distinct mark ref: the shared string and the first mark of each kind naming it, so
// that tying records to their marks costs a lookup per record rather than per mark.
struct RefInfo
{
    QString ref;
    int firstMark[4] = { -1, -1, -1, -1 }; // by MarkKind
};
using RefTable = QHash<QStringView, RefInfo>; // views into the document text, which outlives the parse

class MarkScanner
{
public:
    MarkScanner(Document& document, LineIndex& lines, RefTable& refs)
        : m_doc(document)
        , m_lines(lines)
        , m_refs(refs)
    {
    }

    void scan(QStringView text)
    {
        qsizetype open = text.indexOf(u'[');
        while (open >= 0) {
            const qsizetype next = scanOne(text, open);
            open = text.indexOf(u'[', next);
        }
    }

private:
    // Returns where to continue scanning.
    qsizetype scanOne(QStringView text, qsizetype open)
    {
        const qsizetype n = text.size();
        qsizetype close = open + 1;
        while (close < n && text[close] != u']' && text[close] != u'[' && text[close] != u'\n')
            ++close;
        if (close >= n || text[close] != u']' || close + 1 >= n || text[close + 1] != u'{')
            return close < n && text[close] == u'[' ? close : open + 1; // ordinary brackets: "[sic]"
        const qsizetype braceOpen = close + 1;
        qsizetype braceClose = braceOpen + 1;
        // Marks do not nest: a '[' before the '}' starts the next mark, so this one is not closed.
        while (braceClose < n && text[braceClose] != u'}' && text[braceClose] != u'\n' && text[braceClose] != u'[')
            ++braceClose;
        if (braceClose >= n || text[braceClose] != u'}') {
            report(int(braceOpen), message(NotClosed, {}, [] { return Text::tr("mark is not closed: '}' expected before the end of the line"); }));
            return braceOpen + 1;
        }
        Mark mark;
        mark.start = int(open);
        mark.end = int(braceClose + 1);
        mark.textStart = int(open + 1);
        mark.textEnd = int(close);
        if (parseAttributes(text.sliced(braceOpen + 1, braceClose - braceOpen - 1), int(braceOpen + 1), mark))
            m_doc.marks.append(std::move(mark));
        return braceClose + 1;
    }

    bool parseAttributes(QStringView attrs, int offset, Mark& mark)
    {
        const qsizetype eq = attrs.indexOf(u'=');
        if (eq <= 0) {
            report(offset, message(NoKind, {}, [] { return Text::tr("mark needs kind=value, for example {actor=blinken}"); }));
            return false;
        }
        const QStringView kind = attrs.first(eq).trimmed();
        if (!fromString(kind, &mark.kind)) {
            report(offset, message(UnknownKind, kind, [kind] {
                return Text::tr("unknown mark kind '%1' (expected actor, meeting, issue or date)").arg(kind);
            }));
            return false;
        }
        QStringView rest = attrs.sliced(eq + 1);
        const qsizetype hash = rest.indexOf(u'#');
        QStringView ref = (hash < 0 ? rest : rest.first(hash)).trimmed();
        if (hash >= 0) {
            const QStringView anchor = rest.sliced(hash + 1).trimmed();
            if (!isValidId(anchor)) {
                report(offset + int(eq + 1 + hash), message(BadAnchor, anchor, [anchor] {
                    return Text::tr("bad anchor '#%1': use letters, digits, '-', '_' or '.'").arg(anchor);
                }));
                return false;
            }
            mark.anchor = anchor.toString();
        }
        const int refColumn = offset + int(eq + 1);
        if (ref.isEmpty()) {
            report(refColumn, message(NoValue, {}, [] { return Text::tr("mark has no value after '='"); }));
            return false;
        }
        if (mark.kind == MarkKind::Date) {
            if (!RecordParser::parseDateRange(ref).first.isValid()) {
                report(refColumn, message(BadDate, ref, [ref] {
                    return Text::tr("'%1' is not a date (use 2023-07-13, 2023-W28, 2023-07, 2023-Q3, 2023-SU, 2023 or ~2023-07-13)").arg(ref);
                }));
                return false;
            }
        } else if (!isValidId(ref)) {
            report(refColumn, message(BadId, ref, [ref] { return Text::tr("bad id '%1': use letters, digits, '-', '_' or '.'").arg(ref); }));
            return false;
        }
        RefInfo& info = intern(ref);
        mark.ref = info.ref;
        if (info.firstMark[int(mark.kind)] < 0)
            info.firstMark[int(mark.kind)] = int(m_doc.marks.size()); // parseAttributes' caller appends it next
        return true;
    }

    enum Message { NotClosed, NoKind, UnknownKind, BadAnchor, NoValue, BadDate, BadId, MessageCount };
    // A file with many bad marks repeats few messages: each is translated and formatted once per
    // argument and shared (QString is implicitly shared), so a million diagnostics cost no million
    // translations and allocations.
    template<typename Make>
    QString message(Message which, QStringView argument, Make make)
    {
        QHash<QStringView, QString>& cache = m_messages[which];
        auto it = cache.constFind(argument);
        if (it == cache.cend())
            it = cache.insert(argument, make());
        return *it;
    }

    void report(int position, const QString& message)
    {
        const auto [line, column] = m_lines.at(position);
        m_doc.diagnostics.append({ m_doc.fileName, line, column, Severity::Error, message });
    }

    // Marks name few distinct ids many times: one shared string per id saves an allocation per mark.
    RefInfo& intern(QStringView ref)
    {
        auto it = m_refs.find(ref);
        if (it == m_refs.end())
            it = m_refs.insert(ref, RefInfo { ref.toString() });
        return *it;
    }

    Document& m_doc;
    LineIndex& m_lines;
    RefTable& m_refs;
    QHash<QStringView, QString> m_messages[MessageCount]; // keys are views into the document text
};

Diagnostic unresolvedWarning(const QString& file, const Reference& reference)
{
    // Warnings, not errors: marks come before their records while an article is being tagged, and the
    // record may be in another article of the corpus.
    QString message;
    switch (reference.kind) {
    case MarkKind::Actor:
        message = reference.inMark ? Text::tr("the mark refers to an unknown actor '%1'")
                                   : Text::tr("the meeting names an unknown actor '%1'");
        break;
    case MarkKind::Meeting: message = Text::tr("the mark refers to an unknown meeting '%1'"); break;
    case MarkKind::Issue:
        message = reference.inMark ? Text::tr("the mark refers to an unknown issue '%1'")
                                   : Text::tr("the meeting names an unknown issue '%1'");
        break;
    case MarkKind::Date: break;
    }
    return { file, reference.line, reference.column, Severity::Warning, message.arg(reference.id) };
}

// Ties records to the first mark naming them and status changes to their evidence mark. Hash
// lookups keep this linear in the size of the document.
void linkOrigins(Document& doc, LineIndex& lines, const RefTable& refs, const QList<Reference>& meetingReferences)
{
    const auto firstMark = [&refs](MarkKind kind, const QString& id) {
        const auto it = refs.constFind(QStringView(id));
        return it == refs.cend() ? -1 : it->firstMark[int(kind)];
    };
    const auto setSpan = [&doc](int markIndex, Origin& origin) {
        if (markIndex >= 0) {
            origin.spanStart = doc.marks.at(markIndex).textStart;
            origin.spanEnd = doc.marks.at(markIndex).textEnd;
        }
    };
    QHash<QString, int> anchors;
    for (qsizetype i = doc.marks.size() - 1; i >= 0; --i) {
        if (!doc.marks.at(i).anchor.isEmpty())
            anchors.insert(doc.marks.at(i).anchor, int(i));
    }
    QSet<QString> ids[4];
    for (Actor& actor : doc.actors) {
        setSpan(firstMark(MarkKind::Actor, actor.id), actor.origin);
        ids[int(MarkKind::Actor)].insert(actor.id);
    }
    for (Meeting& meeting : doc.meetings) {
        setSpan(firstMark(MarkKind::Meeting, meeting.id), meeting.origin);
        ids[int(MarkKind::Meeting)].insert(meeting.id);
    }
    for (Issue& issue : doc.issues) {
        setSpan(firstMark(MarkKind::Issue, issue.id), issue.origin);
        ids[int(MarkKind::Issue)].insert(issue.id);
        for (StatusChange& change : issue.history) {
            if (change.evidence.isEmpty())
                continue;
            setSpan(anchors.value(change.evidence, -1), change.origin);
            if (change.origin.spanStart < 0)
                doc.diagnostics.append({ doc.fileName, change.origin.line, 1, Severity::Warning,
                    Text::tr("no mark has the anchor '#%1' named as evidence").arg(change.evidence) });
        }
    }
    // Unknown refs are found per distinct ref; only when there are some are the marks walked again.
    QSet<QString> unknown[3];
    for (const RefInfo& info : refs) {
        for (int kind = 0; kind < 3; ++kind) {
            if (info.firstMark[kind] >= 0 && !ids[kind].contains(info.ref))
                unknown[kind].insert(info.ref);
        }
    }
    if (!unknown[0].isEmpty() || !unknown[1].isEmpty() || !unknown[2].isEmpty()) {
        for (const Mark& mark : std::as_const(doc.marks)) {
            if (mark.kind == MarkKind::Date || !unknown[int(mark.kind)].contains(mark.ref))
                continue;
            const auto [line, column] = lines.at(mark.textEnd + 2);
            doc.unresolved.append({ mark.kind, mark.ref, line, column, true });
        }
    }
    for (const Reference& reference : meetingReferences) {
        if (!ids[int(reference.kind)].contains(reference.id))
            doc.unresolved.append(reference);
    }
    // One message per distinct unknown id, shared by all the warnings naming it.
    QHash<QString, QString> messages[2][3];
    for (const Reference& reference : std::as_const(doc.unresolved)) {
        QString& message = messages[reference.inMark][int(reference.kind)][reference.id];
        if (message.isNull())
            message = unresolvedWarning(doc.fileName, reference).message;
        doc.diagnostics.append({ doc.fileName, reference.line, reference.column, Severity::Warning, message });
    }
}

} // namespace

Document parse(const QString& text, const QString& fileName)
{
    Document doc;
    doc.fileName = fileName;
    doc.text = text;
    doc.recordsStart = findRecordsDelimiter(text);
    LineIndex lines(doc.text);
    RefTable refs;
    MarkScanner(doc, lines, refs).scan(QStringView(doc.text).first(doc.articleEnd()));
    QList<Reference> meetingReferences;
    if (doc.recordsStart >= 0) {
        // The delimiter's line: counted here, as the index would be built for every file with records.
        const int line = 1 + int(QStringView(doc.text).first(doc.recordsStart).count(u'\n'));
        RecordParser records(doc);
        records.parse(QStringView(doc.text).sliced(doc.recordsStart), line);
        meetingReferences = records.references();
    }
    linkOrigins(doc, lines, refs, meetingReferences);
    const auto byPosition = [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    };
    if (!std::is_sorted(doc.diagnostics.cbegin(), doc.diagnostics.cend(), byPosition)) // mostly found in order
        std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(), byPosition);
    return doc;
}

void resolveAcrossArticles(QList<Document>& documents)
{
    QSet<QString> ids[3];
    for (const Document& doc : std::as_const(documents)) {
        for (const Actor& actor : doc.actors)
            ids[int(MarkKind::Actor)].insert(actor.id);
        for (const Meeting& meeting : doc.meetings)
            ids[int(MarkKind::Meeting)].insert(meeting.id);
        for (const Issue& issue : doc.issues)
            ids[int(MarkKind::Issue)].insert(issue.id);
    }
    for (Document& doc : documents) {
        QSet<QString> resolved; // the warnings to drop, as text
        for (const Reference& reference : std::as_const(doc.unresolved)) {
            if (ids[int(reference.kind)].contains(reference.id))
                resolved.insert(unresolvedWarning(doc.fileName, reference).toString());
        }
        if (resolved.isEmpty())
            continue;
        doc.unresolved.removeIf([&](const Reference& r) { return ids[int(r.kind)].contains(r.id); });
        doc.diagnostics.removeIf([&](const Diagnostic& d) {
            return d.severity == Severity::Warning && resolved.contains(d.toString());
        });
    }
}

} // namespace Entente::Format
