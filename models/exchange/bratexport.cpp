#include "bratexport.h"

#include "brattypes.h"
#include "format.h"
#include "sources.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace Entente::Exchange::BratExport {

using namespace Brat;

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Exchange::BratExport)
};

// brat offsets of positions in the plain words: code points of the .txt as written, so a byte-order
// mark counts one and a CRLF line end two. Positions must not decrease from one call to the next.
class BratOffsets
{
public:
    BratOffsets(const QString& plain, bool bom, bool crlf)
        : m_plain(plain)
        , m_offset(bom ? 1 : 0)
        , m_crlf(crlf)
    { }
    int at(int position)
    {
        while (m_position < position) {
            const QChar c = m_plain.at(m_position);
            if (c.isHighSurrogate() && m_position + 1 < m_plain.size()
                && m_plain.at(m_position + 1).isLowSurrogate())
                ++m_position; // one code point, two UTF-16 units
            m_offset += c == u'\n' && m_crlf ? 2 : 1;
            ++m_position;
        }
        return m_offset;
    }

private:
    const QString& m_plain;
    int m_position = 0;
    int m_offset = 0;
    bool m_crlf = false;
};

struct Span
{
    int markIndex = -1; // -1: the Article entity
    int plainStart = 0;
    int plainEnd = 0;
    int t = 0; // T number
};

QString dateText(const FuzzyDate& start, const FuzzyDate& end)
{
    return end.isValid() && end != start ? start.toString() + u".." + end.toString() : start.toString();
}

// The span among candidates (indexes into spans) nearest to position.
int nearest(const QList<Span>& spans, const QList<int>& candidates, int position)
{
    int best = -1;
    int bestDistance = 0;
    for (int index : candidates) {
        const int distance = std::abs(spans.at(index).plainStart - position);
        if (best < 0 || distance < bestDistance) {
            best = index;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

QByteArray annotations(const Corpus& corpus, const Document& doc, QList<Diagnostic>* problems)
{
    const QString plain = doc.plainText();
    QList<Span> spans;
    QHash<QString, QList<int>> refSpans[4]; // by MarkKind: ref → indexes into spans
    QHash<QString, int> anchorSpan;
    int markup = 0;
    for (qsizetype m = 0; m < doc.marks.size(); ++m) {
        const Mark& mark = doc.marks.at(m);
        const int start = mark.start - markup;
        spans.append({ int(m), start, start + (mark.textEnd - mark.textStart), 0 });
        markup += (mark.textStart - mark.start) + (mark.end - mark.textEnd);
        refSpans[int(mark.kind)][mark.ref].append(int(spans.size() - 1));
        if (!mark.anchor.isEmpty())
            anchorSpan.insert(mark.anchor, int(spans.size() - 1));
    }

    // Notes: (span index, text) in record order; records no mark names go on the Article entity.
    QList<std::pair<int, QString>> notes;
    QList<QString> unplaced;
    const auto place = [&](MarkKind kind, const QString& id, const QString& line) {
        const QList<int> found = refSpans[int(kind)].value(id);
        if (found.isEmpty())
            unplaced.append(line);
        else
            notes.append({ found.first(), line });
    };
    if (doc.article != ArticleInfo {})
        unplaced.append(Format::formatArticle(doc.article));
    for (const Actor& actor : doc.actors)
        place(MarkKind::Actor, actor.id, Format::formatActor(actor));
    for (const Meeting& meeting : doc.meetings)
        place(MarkKind::Meeting, meeting.id, Format::formatMeeting(meeting));
    for (const Issue& issue : doc.issues) {
        place(MarkKind::Issue, issue.id, Format::formatIssue(issue));
        for (const StatusChange& change : issue.history) {
            const int evidence = anchorSpan.value(change.evidence, -1);
            if (evidence >= 0 && refSpans[int(MarkKind::Issue)].value(issue.id).contains(evidence))
                notes.append({ evidence, Format::formatStatus(issue.id, change) });
            else
                place(MarkKind::Issue, issue.id, Format::formatStatus(issue.id, change));
        }
    }
    if (!unplaced.isEmpty()) {
        // The first word outside every mark carries them; failing that, the first mark.
        int carrier = -1;
        int next = 0; // next span that may lie after the word
        for (int p = 0; p < plain.size() && carrier < 0;) {
            if (plain.at(p).isSpace()) {
                ++p;
                continue;
            }
            int end = p;
            while (end < plain.size() && !plain.at(end).isSpace())
                ++end;
            while (next < spans.size() && spans.at(next).plainEnd <= p)
                ++next;
            if (next == spans.size() || spans.at(next).plainStart >= end) {
                spans.insert(next, { -1, p, end, 0 });
                carrier = next;
                for (auto& [span, text] : notes)
                    span += span >= next ? 1 : 0;
                for (auto& list : refSpans)
                    for (QList<int>& indexes : list)
                        for (int& index : indexes)
                            index += index >= next ? 1 : 0;
                for (int& index : anchorSpan)
                    index += index >= next ? 1 : 0;
            }
            p = end;
        }
        if (carrier < 0 && !spans.isEmpty())
            carrier = 0;
        if (carrier < 0) {
            problems->append(
                { doc.fileName, 0, 0, Severity::Warning,
                  Text::tr(
                      "the article has no words to attach its %n record(s) to in brat; they are left out",
                      nullptr, int(unplaced.size())) });
        } else {
            QList<std::pair<int, QString>> first;
            for (const QString& line : std::as_const(unplaced))
                first.append({ carrier, line });
            notes = first + notes;
        }
    }

    QString out; // one string for the whole file, converted to UTF-8 once
    out.reserve(int(spans.size()) * 80);
    BratOffsets offsets(plain, doc.hasBom, doc.lineEnding == u"\r\n");
    for (qsizetype i = 0; i < spans.size(); ++i) {
        Span& span = spans[i];
        span.t = int(i + 1);
        QString type;
        if (span.markIndex < 0) {
            type = articleType.toString();
        } else {
            const Mark& mark = doc.marks.at(span.markIndex);
            switch (mark.kind) {
            case MarkKind::Actor: {
                const int actor = corpus.actorIndex(mark.ref);
                type = entityType(actor < 0 ? ActorKind::Person : corpus.actors.at(actor).kind);
                break;
            }
            case MarkKind::Meeting:
                type = meetingType.toString();
                break;
            case MarkKind::Issue:
                type = issueType.toString();
                break;
            case MarkKind::Date:
                type = dateType.toString();
                break;
            }
        }
        const int start = offsets.at(span.plainStart);
        const int end = offsets.at(span.plainEnd);
        out += u'T' + QString::number(span.t) + u'\t' + type + u' ' + QString::number(start) + u' '
            + QString::number(end) + u'\t'
            + QStringView(plain).sliced(span.plainStart, span.plainEnd - span.plainStart) + u'\n';
    }

    int e = 0, r = 0, a = 0, n = 0, note = 0;
    for (const Span& span : std::as_const(spans)) {
        if (span.markIndex < 0 || doc.marks.at(span.markIndex).kind != MarkKind::Meeting)
            continue;
        const int index = corpus.meetingIndex(doc.marks.at(span.markIndex).ref);
        if (index < 0)
            continue;
        const Meeting& meeting = corpus.meetings.at(index);
        const QString event = QString::number(++e);
        out += u'E' + event + u'\t' + meetingType + u":T" + QString::number(span.t);
        int role = 0;
        for (const QString& id : meeting.participants) {
            const int found = nearest(spans, refSpans[int(MarkKind::Actor)].value(id), span.plainStart);
            if (found >= 0) {
                ++role;
                out += u" Participant" + (role > 1 ? QString::number(role) : QString()) + u":T"
                    + QString::number(spans.at(found).t);
            }
        }
        const int date
            = nearest(spans, refSpans[int(MarkKind::Date)].value(dateText(meeting.start, meeting.end)),
                      span.plainStart);
        if (date >= 0)
            out += u" Date:T" + QString::number(spans.at(date).t);
        out += u"\nA" + QString::number(++a) + u"\tStatus E" + event + u' ' + toString(meeting.status)
            + u'\n';
        for (const QString& issue : meeting.issues) {
            const int found = nearest(spans, refSpans[int(MarkKind::Issue)].value(issue), span.plainStart);
            if (found >= 0)
                out += u'R' + QString::number(++r) + u"\tDiscusses Arg1:E" + event + u" Arg2:T"
                    + QString::number(spans.at(found).t) + u'\n';
        }
    }
    for (const Issue& issue : doc.issues) {
        for (const StatusChange& change : issue.history) {
            const int evidence = anchorSpan.value(change.evidence, -1);
            if (evidence < 0 || !refSpans[int(MarkKind::Issue)].value(issue.id).contains(evidence))
                continue;
            out += u'A' + QString::number(++a) + u"\tIssueStatus T" + QString::number(spans.at(evidence).t)
                + u' ' + toString(change.status) + u'\n';
        }
    }
    for (const Span& span : std::as_const(spans)) {
        if (span.markIndex < 0)
            continue;
        const Mark& mark = doc.marks.at(span.markIndex);
        const QStringView db = mark.kind == MarkKind::Date ? dateDb : recordDb;
        const QString t = QString::number(span.t);
        out += u'N' + QString::number(++n) + u"\tReference T" + t + u' ' + db + u':' + mark.ref + u'\t'
            + QStringView(plain).sliced(span.plainStart, span.plainEnd - span.plainStart) + u'\n';
        if (!mark.anchor.isEmpty())
            out += u'#' + QString::number(++note) + u"\tAnnotatorNotes T" + t + u'\t' + notePrefix + u'#'
                + mark.anchor + u'\n';
    }
    for (const auto& [span, text] : std::as_const(notes))
        out += u'#' + QString::number(++note) + u"\tAnnotatorNotes T" + QString::number(spans.at(span).t)
            + u'\t' + notePrefix + text + u'\n';
    return out.toUtf8();
}

QList<int> exportedDocuments(const Corpus& corpus, const Filter& filter)
{
    QSet<QString> wanted;
    if (!filter.isEmpty()) {
        const Selection selection = Selection::of(corpus, filter);
        for (int index : selection.meetings)
            wanted.insert(corpus.meetings.at(index).origin.file);
        for (const StatusRef& ref : selection.statuses)
            wanted.insert(corpus.issues.at(ref.issue).history.at(ref.change).origin.file);
    }
    QList<int> documents;
    for (qsizetype d = 0; d < corpus.documents.size(); ++d) {
        if (filter.isEmpty() || wanted.contains(corpus.documents.at(d).fileName))
            documents.append(int(d));
    }
    return documents;
}

bool write(const Corpus& corpus, const Filter& filter, const WholeDocument& whole, const FileSink& sink,
           Result* result, QString* error)
{
    const Sources sources(corpus);
    QSet<QString> names;
    for (int index : exportedDocuments(corpus, filter)) {
        const Document& doc = corpus.documents.at(index);
        QString name = sources.articleName(doc.fileName);
        const QString suffix = QFileInfo(name).suffix();
        if (!suffix.isEmpty())
            name.chop(suffix.size() + 1);
        const QString base = name;
        for (int n = 2; names.contains(name); ++n)
            name = base + u'-' + QString::number(n);
        names.insert(name);
        Document loaded;
        if (whole && !whole(doc, &loaded, error))
            return false;
        const Document& article = whole ? loaded : doc;
        if (!sink(name + QStringLiteral(".txt"), Format::encodePlainText(article), error)
            || !sink(name + QStringLiteral(".ann"), annotations(corpus, article, &result->problems), error))
            return false;
        ++result->documents;
    }
    return sink(QStringLiteral("annotation.conf"), annotationConf(), error);
}

Result write(const Corpus& corpus, const Filter& filter)
{
    Result result;
    QString error;
    write(
        corpus, filter, {},
        [&result](const QString& path, const QByteArray& bytes, QString*) {
            result.files.append({ path, bytes });
            return true;
        },
        &result, &error);
    return result;
}

} // namespace Entente::Exchange::BratExport
