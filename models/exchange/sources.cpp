#include "sources.h"

#include <QFileInfo>
#include <algorithm>

namespace Entente::Exchange {

namespace {

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'。' || c == u'！' || c == u'？';
}

bool isWideTerminator(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？';
}

// Whether position lies in a mark's brackets or braces rather than in its words.
bool isMarkup(const Document& doc, int position)
{
    const int index = doc.markIndexAt(position);
    if (index < 0)
        return false;
    const Mark& mark = doc.marks.at(index);
    return position < mark.textStart || position >= mark.textEnd;
}

// Abbreviations whose full stop does not end a sentence ("Lt. Col. Martin", "U.S. officials").
bool endsAbbreviation(const QString& text, int dot, int lineStart)
{
    int wordStart = dot;
    while (wordStart > lineStart && (text.at(wordStart - 1).isLetter() || text.at(wordStart - 1) == u'.'))
        --wordStart;
    int digits = dot;
    while (digits > lineStart && text.at(digits - 1).isDigit())
        --digits;
    if (digits < dot && dot - digits <= 2 && (digits == lineStart || !text.at(digits - 1).isLetterOrNumber()))
        return true; // a German or Nordic ordinal: "am 17. Juli"
    const QStringView word = QStringView(text).sliced(wordStart, dot - wordStart);
    if (word.size() == 1 || word.contains(u'.'))
        return true; // "J. Smith", "U.S."
    static const QStringList known { QStringLiteral("Mr"),   QStringLiteral("Mrs"), QStringLiteral("Ms"),
                                     QStringLiteral("Dr"),   QStringLiteral("St"),  QStringLiteral("Gen"),
                                     QStringLiteral("Lt"),   QStringLiteral("Col"), QStringLiteral("Sen"),
                                     QStringLiteral("Rep"),  QStringLiteral("Gov"), QStringLiteral("Prof"),
                                     QStringLiteral("Jr"),   QStringLiteral("Sr"),  QStringLiteral("Inc"),
                                     QStringLiteral("Corp"), QStringLiteral("No"),  QStringLiteral("vs") };
    return known.contains(word.toString());
}

// Whether the terminator at position ends a sentence: followed by a space (markup skipped), or a
// full-width terminator.
bool endsSentence(const Document& doc, int position, int lineStart, int lineEnd)
{
    const QString& text = doc.text;
    if (!isTerminator(text.at(position)) || isMarkup(doc, position))
        return false;
    if (isWideTerminator(text.at(position)))
        return true;
    int next = position + 1;
    while (
        next < lineEnd
        && (isMarkup(doc, next) || text.at(next) == u'"' || text.at(next) == u'”' || text.at(next) == u')'))
        ++next;
    if (next < lineEnd && !text.at(next).isSpace())
        return false;
    while (next < lineEnd && (text.at(next).isSpace() || isMarkup(doc, next)))
        ++next;
    if (next < lineEnd && text.at(next).isLower())
        return false; // "e.g. the", "approx. five"
    return text.at(position) != u'.' || !endsAbbreviation(text, position, lineStart);
}

QString withoutMarkup(const Document& doc, int start, int end)
{
    QString plain;
    plain.reserve(end - start);
    int position = start;
    while (position < end) {
        const int index = doc.markIndexAt(position);
        if (index < 0) {
            // Copy up to the next mark's opening bracket.
            const auto next = std::lower_bound(doc.marks.cbegin(), doc.marks.cend(), position,
                                               [](const Mark& mark, int pos) { return mark.start < pos; });
            const int stop = next == doc.marks.cend() ? end : std::min(end, next->start);
            plain.append(QStringView(doc.text).sliced(position, std::max(stop - position, 0)));
            position = std::max(stop, position + 1);
            continue;
        }
        const Mark& mark = doc.marks.at(index);
        const int wordsFrom = std::max(position, mark.textStart);
        const int wordsTo = std::min(end, mark.textEnd);
        if (wordsTo > wordsFrom)
            plain.append(QStringView(doc.text).sliced(wordsFrom, wordsTo - wordsFrom));
        position = mark.end;
    }
    return plain;
}

} // namespace

QString sentenceAround(const Document& doc, int start, int end)
{
    const int articleEnd = doc.articleEnd();
    start = std::clamp(start, 0, articleEnd);
    end = std::clamp(end, start, articleEnd);
    const int lineStart = int(doc.text.lastIndexOf(u'\n', start - 1)) + 1;
    int lineEnd = int(doc.text.indexOf(u'\n', end));
    if (lineEnd < 0 || lineEnd > articleEnd)
        lineEnd = articleEnd;
    int from = lineStart;
    for (int p = start - 1; p >= lineStart; --p) {
        if (endsSentence(doc, p, lineStart, lineEnd)) {
            from = p + 1;
            break;
        }
    }
    int to = lineEnd;
    for (int p = end; p < lineEnd; ++p) {
        if (endsSentence(doc, p, lineStart, lineEnd)) {
            to = p + 1;
            break;
        }
    }
    return withoutMarkup(doc, from, to).trimmed();
}

Sources::Sources(const Corpus& corpus, const PreparedSpans* spans)
    : Sources(corpus)
{
    m_spans = spans;
}

Sources::Sources(const Corpus& corpus)
    : m_corpus(corpus)
{
    QStringList absolute;
    for (qsizetype d = 0; d < corpus.documents.size(); ++d) {
        const Document& doc = corpus.documents.at(d);
        m_documents.insert(doc.fileName, int(d));
        QList<int> starts { 0 };
        for (qsizetype p = doc.text.indexOf(u'\n'); p >= 0; p = doc.text.indexOf(u'\n', p + 1))
            starts.append(int(p + 1));
        m_lineStarts.append(std::move(starts));
        absolute.append(QFileInfo(doc.fileName).absoluteFilePath());
    }
    // The folder all articles are in, with a trailing '/'; none for one article.
    QString common;
    if (absolute.size() > 1) {
        common = absolute.first().first(absolute.first().lastIndexOf(u'/') + 1);
        for (const QString& path : std::as_const(absolute)) {
            while (!common.isEmpty() && !path.startsWith(common))
                common.truncate(common.size() > 1 ? common.lastIndexOf(u'/', common.size() - 2) + 1 : 0);
        }
    }
    for (qsizetype d = 0; d < corpus.documents.size(); ++d) {
        const QString& path = absolute.at(d);
        m_articleNames.insert(corpus.documents.at(d).fileName,
                              !common.isEmpty() && path.startsWith(common) ? path.sliced(common.size())
                                                                           : QFileInfo(path).fileName());
    }
}

QString Sources::articleName(const QString& file) const
{
    const auto found = m_articleNames.constFind(file);
    return found != m_articleNames.cend() ? *found : QFileInfo(file).fileName();
}

SourceSentence Sources::sentenceOf(const Origin& origin) const
{
    SourceSentence source;
    source.file = origin.file;
    source.article = articleName(origin.file);
    source.line = origin.line;
    const int index = m_documents.value(origin.file, -1);
    if (index < 0)
        return source;
    const Document& doc = m_corpus.documents.at(index);
    source.title = doc.article.title;
    if (m_spans) {
        const auto file = m_spans->constFind(origin.file);
        if (file != m_spans->cend()) {
            const auto span = file->constFind({ origin.spanStart, origin.spanEnd });
            if (span != file->cend()) {
                source.line = span->line;
                source.words = span->words;
                source.sentence = span->sentence;
            }
            return source;
        }
    }
    if (origin.spanStart < 0 || origin.spanEnd > doc.text.size() || origin.spanStart > origin.spanEnd)
        return source;
    const QList<int>& starts = m_lineStarts.at(index);
    source.line = int(std::upper_bound(starts.cbegin(), starts.cend(), origin.spanStart) - starts.cbegin());
    source.words = withoutMarkup(doc, origin.spanStart, origin.spanEnd);
    source.sentence = sentenceAround(doc, origin.spanStart, origin.spanEnd);
    return source;
}

QHash<std::pair<int, int>, LocatedSpan> prepareSpans(const Document& document, bool statuses)
{
    // A corpus of this one document: sentenceOf() computes the spans exactly as for the whole corpus.
    Corpus single;
    single.documents.append(document);
    const Sources sources(single);
    QHash<std::pair<int, int>, LocatedSpan> spans;
    const auto add = [&](const Origin& origin) {
        if (origin.file != document.fileName || spans.contains({ origin.spanStart, origin.spanEnd }))
            return;
        const SourceSentence source = sources.sentenceOf(origin);
        spans.insert({ origin.spanStart, origin.spanEnd }, { source.line, source.words, source.sentence });
    };
    for (const Meeting& meeting : document.meetings)
        add(meeting.origin);
    for (const Issue& issue : document.issues) {
        for (const StatusChange& change : issue.history) {
            if (statuses)
                add(change.origin);
        }
    }
    return spans;
}

QList<SourceSentence> Sources::meetingSources(const Meeting& meeting) const
{
    return { sentenceOf(meeting.origin) };
}

QList<SourceSentence> Sources::statusSources(const StatusChange& change) const
{
    return { sentenceOf(change.origin) };
}

} // namespace Entente::Exchange
