// Reading Entente files: decoding bytes, scanning inline marks and parsing records.
// The mark scanner jumps from '[' to '[' with QStringView::indexOf (vectorised), so annotated text
// is parsed at memory speed rather than character by character.
#include "format.h"
#include "recordparser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace Entente::Format {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Format)
};

// Line and column (1-based) of positions visited in increasing order, counted incrementally.
class LineCounter
{
public:
    explicit LineCounter(QStringView text)
        : m_text(text)
    {
    }
    std::pair<int, int> at(int position)
    {
        if (position < m_position) {
            m_position = 0;
            m_line = 1;
            m_lineStart = 0;
        }
        for (int i = m_text.indexOf(u'\n', m_position); i >= 0 && i < position; i = m_text.indexOf(u'\n', i + 1)) {
            ++m_line;
            m_lineStart = i + 1;
        }
        m_position = position;
        return { m_line, position - m_lineStart + 1 };
    }

private:
    QStringView m_text;
    int m_position = 0;
    int m_line = 1;
    int m_lineStart = 0;
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
    MarkScanner(Document& document, LineCounter& lines, RefTable& refs)
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
            report(int(braceOpen), Text::tr("mark is not closed: '}' expected before the end of the line"));
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
            report(offset, Text::tr("mark needs kind=value, for example {actor=blinken}"));
            return false;
        }
        const QStringView kind = attrs.first(eq).trimmed();
        if (!fromString(kind, &mark.kind)) {
            report(offset, Text::tr("unknown mark kind '%1' (expected actor, meeting, issue or date)").arg(kind));
            return false;
        }
        QStringView rest = attrs.sliced(eq + 1);
        const qsizetype hash = rest.indexOf(u'#');
        QStringView ref = (hash < 0 ? rest : rest.first(hash)).trimmed();
        if (hash >= 0) {
            const QStringView anchor = rest.sliced(hash + 1).trimmed();
            if (!isValidId(anchor)) {
                report(offset + int(eq + 1 + hash), Text::tr("bad anchor '#%1': use letters, digits, '-', '_' or '.'").arg(anchor));
                return false;
            }
            mark.anchor = anchor.toString();
        }
        const int refColumn = offset + int(eq + 1);
        if (ref.isEmpty()) {
            report(refColumn, Text::tr("mark has no value after '='"));
            return false;
        }
        if (mark.kind == MarkKind::Date) {
            if (!RecordParser::parseDateRange(ref).first.isValid()) {
                report(refColumn, Text::tr("'%1' is not a date (use 2023-07-13, 2023-W28, 2023-07, 2023-Q3, 2023-SU, 2023 or ~2023-07-13)").arg(ref));
                return false;
            }
        } else if (!isValidId(ref)) {
            report(refColumn, Text::tr("bad id '%1': use letters, digits, '-', '_' or '.'").arg(ref));
            return false;
        }
        RefInfo& info = intern(ref);
        mark.ref = info.ref;
        if (info.firstMark[int(mark.kind)] < 0)
            info.firstMark[int(mark.kind)] = int(m_doc.marks.size()); // parseAttributes' caller appends it next
        return true;
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
    LineCounter& m_lines;
    RefTable& m_refs;
};

// Ties records to the first mark naming them and status changes to their evidence mark. Hash
// lookups keep this linear in the size of the document.
void linkOrigins(Document& doc, LineCounter& lines, const RefTable& refs)
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
    if (unknown[0].isEmpty() && unknown[1].isEmpty() && unknown[2].isEmpty())
        return;
    const QString what[3] = { Text::tr("actor"), Text::tr("meeting"), Text::tr("issue") };
    for (const Mark& mark : std::as_const(doc.marks)) {
        if (mark.kind == MarkKind::Date || !unknown[int(mark.kind)].contains(mark.ref))
            continue;
        const auto [line, column] = lines.at(mark.textEnd + 2);
        doc.diagnostics.append({ doc.fileName, line, column, Severity::Warning,
            Text::tr("the mark refers to an unknown %1 '%2'").arg(what[int(mark.kind)], mark.ref) });
    }
}

} // namespace

Decoded decode(const QByteArray& bytes)
{
    Decoded result;
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        result.hasBom = true;
        view = view.sliced(3);
    }
    const auto positionOf = [&view, &result](qsizetype byteOffset) {
        const QByteArrayView before = view.first(byteOffset);
        result.errorLine = int(before.count('\n')) + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        result.errorColumn = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    };
    if (const qsizetype nul = view.indexOf('\0'); nul >= 0) {
        positionOf(nul);
        result.error = Text::tr("this is not a text file (a NUL byte at byte %1)").arg(nul + (result.hasBom ? 3 : 0));
        return result;
    }
    // The BOM is already removed: a second one is text and must survive a save.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(view);
    if (decoder.hasError()) {
        // The first U+FFFD that is not spelled EF BF BD in the bytes marks the first invalid sequence
        // (a file may contain real replacement characters before it).
        qsizetype badByte = 0;
        qsizetype from = 0;
        for (qsizetype bad = text.indexOf(QChar::ReplacementCharacter); bad >= 0;
             bad = text.indexOf(QChar::ReplacementCharacter, bad + 1)) {
            badByte += QStringView(text).sliced(from, bad - from).toUtf8().size();
            if (!view.sliced(std::min(badByte, view.size())).startsWith("\xEF\xBF\xBD"))
                break;
            badByte += 3;
            from = bad + 1;
        }
        positionOf(std::min(badByte, view.size()));
        result.error = Text::tr("this file is not valid UTF-8 text");
        result.text.clear();
        return result;
    }
    if (const qsizetype firstNewline = text.indexOf(u'\n'); firstNewline > 0 && text[firstNewline - 1] == u'\r') {
        result.lineEnding = QStringLiteral("\r\n");
    }
    if (text.contains(u'\r'))
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.text = std::move(text);
    return result;
}

Document parse(const QString& text, const QString& fileName)
{
    Document doc;
    doc.fileName = fileName;
    doc.text = text;
    doc.recordsStart = findRecordsDelimiter(text);
    LineCounter lines(doc.text);
    RefTable refs;
    MarkScanner(doc, lines, refs).scan(QStringView(doc.text).first(doc.articleEnd()));
    if (doc.recordsStart >= 0) {
        const auto [line, column] = lines.at(doc.recordsStart);
        Q_UNUSED(column)
        RecordParser(doc).parse(QStringView(doc.text).sliced(doc.recordsStart), line);
    }
    linkOrigins(doc, lines, refs);
    std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return doc;
}

Document load(const QString& path)
{
    const auto failed = [&path](const QString& message) {
        Document doc;
        doc.fileName = path;
        doc.unreadable = true;
        doc.diagnostics.append({ path, 0, 0, Severity::Error, message });
        return doc;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return failed(Text::tr("no such file"));
    if (info.isDir())
        return failed(Text::tr("this is a folder, not a file"));
    if (info.size() > maximumFileSize)
        return failed(Text::tr("the file is too large (%1 MB; Entente opens files up to %2 MB)")
                          .arg(info.size() / (1024 * 1024))
                          .arg(maximumFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Text::tr("cannot read the file: %1").arg(file.errorString()));
    const Decoded decoded = decode(file.readAll());
    if (!decoded.error.isEmpty()) {
        Document doc = failed(decoded.error);
        doc.diagnostics.first().line = decoded.errorLine;
        doc.diagnostics.first().column = decoded.errorColumn;
        return doc;
    }
    Document doc = parse(decoded.text, path);
    doc.hasBom = decoded.hasBom;
    doc.lineEnding = decoded.lineEnding;
    return doc;
}

QStringList articleFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, { QStringLiteral("*.entente"), QStringLiteral("*.txt") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files.append(found);
    }
    return files;
}

namespace {
QByteArray encodeText(const Document& document, QString text)
{
    QByteArray bytes;
    if (document.hasBom)
        bytes = "\xEF\xBB\xBF";
    if (document.lineEnding != u"\n")
        text.replace(u'\n', document.lineEnding);
    return bytes + text.toUtf8();
}
} // namespace

QByteArray encode(const Document& document)
{
    return encodeText(document, document.text);
}

QByteArray encodePlainText(const Document& document)
{
    return encodeText(document, document.plainText());
}

} // namespace Entente::Format
