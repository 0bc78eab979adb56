// The corpus as JSON, for `entente --dump` and for other tools.
#pragma once

#include "corpus.h"

#include <QJsonObject>

class QIODevice;

namespace Entente::Json {

QJsonObject toJson(const Corpus& corpus);

// Writes what toJson() holds, as indented JSON, one record at a time (memory: one record, not the
// corpus's tree). False when the device refuses a write.
bool write(const Corpus& corpus, QIODevice* device);

// What the JSON needs of an article besides its records: how many marks it has and the sentence
// reporting each meeting it defines. Taken right after parsing, it lets the article's text and marks
// (most of its memory) go before the corpus is merged.
struct ArticleSummary
{
    int marks = 0;
    QHash<QString, QString> meetingSentences; // meeting id → the sentence of its first mark, if any
    static ArticleSummary of(const Document& document);
};

// The same bytes as write(corpus, device), for a corpus whose documents lost their text and marks:
// summaries holds one summary per document of the corpus, in order.
bool write(const Corpus& corpus, const QList<ArticleSummary>& summaries, QIODevice* device);

} // namespace Entente::Json
