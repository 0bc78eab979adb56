// The article sentences records rest on, for exports and the briefing: every claim traceable to its
// source. A meeting has one origin today; when meetings gain several sources (several articles
// reporting one meeting), meetingSources() is the one place that lists them.
#pragma once

#include "corpus.h"

namespace Entente::Exchange {

struct SourceSentence
{
    QString file; // the article file
    QString article; // the article's name for people: its path below the corpus's common folder
    QString title; // the article's title record, may be empty
    int line = 0; // 1-based line of the marked words in the article file
    QString words; // the marked words
    QString sentence; // the sentence around them, without markup
    friend bool operator==(const SourceSentence&, const SourceSentence&) = default;
};

// What sentenceOf() reads of an article's text and marks for the origins of the article's meetings
// and status changes, taken right after parsing: the text and marks (most of an article's memory)
// can then go before a large corpus is merged and exported.
struct LocatedSpan
{
    int line = 0;
    QString words;
    QString sentence;
};
// file → (span start, span end) → what sentenceOf() gives for that span.
using PreparedSpans = QHash<QString, QHash<std::pair<int, int>, LocatedSpan>>;
// statuses: also the spans of status changes (CSV has them; the calendar and PLOVER only meetings).
QHash<std::pair<int, int>, LocatedSpan> prepareSpans(const Document& document, bool statuses = true);

class Sources
{
public:
    // Keeps a reference to corpus, which must outlive this. Linear in the corpus's text.
    explicit Sources(const Corpus& corpus);
    // For a corpus whose documents lost their text and marks: spans holds what they said (and must
    // outlive this).
    Sources(const Corpus& corpus, const PreparedSpans* spans);

    QList<SourceSentence> meetingSources(const Meeting& meeting) const;
    QList<SourceSentence> statusSources(const StatusChange& change) const;
    // The sentence of an origin's span; an empty sentence when no mark names the record.
    SourceSentence sentenceOf(const Origin& origin) const;
    // "file.entente", or "folder/file.entente" for files in subfolders of the common folder.
    QString articleName(const QString& file) const;

private:
    const Corpus& m_corpus;
    const PreparedSpans* m_spans = nullptr;
    QHash<QString, int> m_documents; // file → index
    QList<QList<int>> m_lineStarts; // per document: position of each line's first character
    QHash<QString, QString> m_articleNames; // file → articleName(), made once: names are asked per record
};

// The sentence around [start, end) of a document's text (markup removed, whitespace trimmed): from
// the end of the previous sentence or the line's start to the end of the sentence or line.
QString sentenceAround(const Document& document, int start, int end);

} // namespace Entente::Exchange
