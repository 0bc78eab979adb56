#include "corpussearch.h"

namespace Entente::CorpusSearch {

namespace {

constexpr int contextBefore = 24; // the words found stay in sight in a narrow column
constexpr int contextAfter = 90;

// A run of the words that is copied unchanged from the text: plain positions map to text positions
// by an offset within it.
struct Run
{
    int plainStart;
    int textStart;
    int length;
};

// The article's words and where each run of them sits in the text (one pass over the marks).
QString wordsOf(const Document& document, QList<Run>* runs)
{
    const int end = document.articleEnd();
    QString plain;
    plain.reserve(end);
    const auto append = [&](int from, int to) {
        if (to <= from)
            return;
        runs->append({ int(plain.size()), from, to - from });
        plain.append(QStringView(document.text).sliced(from, to - from));
    };
    int position = 0;
    for (const Mark& mark : document.marks) {
        if (mark.start >= end)
            break;
        append(position, mark.start);
        append(mark.textStart, mark.textEnd);
        position = mark.end;
    }
    append(position, end);
    return plain;
}

QString contextOf(const QString& plain, int start, int end)
{
    const qsizetype lineStart = start == 0 ? 0 : plain.lastIndexOf(u'\n', start - 1) + 1;
    qsizetype lineEnd = plain.indexOf(u'\n', end);
    if (lineEnd < 0)
        lineEnd = plain.size();
    const qsizetype from = std::max<qsizetype>(lineStart, start - contextBefore);
    const qsizetype to = std::min<qsizetype>(lineEnd, end + contextAfter);
    QString context = plain.mid(from, to - from).simplified();
    if (from > lineStart)
        context.prepend(u'…');
    if (to < lineEnd)
        context.append(u'…');
    return context;
}

} // namespace

Result search(const QList<Document>& documents, const QString& needle, Qt::CaseSensitivity sensitivity,
    int maximumHits, const std::function<bool()>& cancelled)
{
    Result result;
    if (needle.isEmpty())
        return result;
    for (const Document& document : documents) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            return result;
        }
        ++result.documentsSearched;
        QList<Run> runs;
        const QString plain = wordsOf(document, &runs);
        qsizetype run = 0; // hits come in text order: the run and line walk forward only
        int lineAt = 0;
        int line = 1;
        for (qsizetype found = plain.indexOf(needle, 0, sensitivity); found >= 0;
            found = plain.indexOf(needle, found + needle.size(), sensitivity)) {
            if (result.hits.size() >= maximumHits) {
                result.truncated = true;
                return result;
            }
            const auto toText = [&](qsizetype plainPosition, bool isEnd) {
                while (run + 1 < runs.size() && runs.at(run + 1).plainStart < plainPosition + (isEnd ? 0 : 1))
                    ++run;
                const Run& r = runs.at(run);
                return r.textStart + int(plainPosition - r.plainStart);
            };
            const int start = toText(found, false);
            const int end = toText(found + needle.size(), true);
            line += int(QStringView(document.text).sliced(lineAt, start - lineAt).count(u'\n'));
            lineAt = start;
            result.hits.append({ document.fileName, start, end, line,
                contextOf(plain, int(found), int(found + needle.size())) });
        }
    }
    return result;
}

} // namespace Entente::CorpusSearch
