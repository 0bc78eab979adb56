// Corpus-wide identity: an actor, meeting or issue id means the same thing in every article of the
// corpus, so renaming, merging or deleting a record changes every article that uses the id. These
// functions compute that change from the parsed documents (nothing is applied): per article, its text
// before and after and the edits that lead there, which the caller applies as one change.
//
// Only the articles that define or name the id are read (the corpus's per-id sources), so the cost
// is linear in the size of those articles, whatever the size of the corpus.
#pragma once

#include "corpus.h"
#include "documentedits.h"

#include <functional>

namespace Entente::CorpusEdits {

struct ArticleChange
{
    int document = 0; // index in Corpus::documents
    // Each step's edits apply to the text the previous step left (the first step's to before).
    QList<QList<DocumentEdits::TextEdit>> steps;
    QString before;
    QString after;
    int marks = 0; // marks whose id changed, or that were unwrapped (their words stay)
};

struct SkippedArticle
{
    int document = 0;
    QString reason; // translated, e.g. "open read-only"
};

struct Plan
{
    QList<ArticleChange> changes; // in document order; only articles whose text changes
    QList<SkippedArticle> skipped; // articles that use the id but were left alone
    QString error; // translated; a refused plan has no changes
    bool ok() const { return error.isEmpty(); }
    int marks() const;
};

// Why an article must be left alone (open read-only, changed on disk), or an empty string.
using SkipReason = std::function<QString(int document)>;

// The documents that define id or name it, in document order.
QList<int> documentsUsing(const Corpus& corpus, MarkKind kind, const QString& id);

// Renames the records, marks, meeting lists and status lines; refused when any article uses `to`.
Plan renameId(const Corpus& corpus, MarkKind kind, const QString& from, const QString& to,
              const SkipReason& skip = {});
// Actors: from's name and aliases (from every article defining it) become aliases of into in every
// article that defines into, and its marks and meetings go to into. Meetings: from's participants
// and issues join into's, its marks name into. Issues are refused.
Plan merge(const Corpus& corpus, MarkKind kind, const QString& from, const QString& into,
           const SkipReason& skip = {});
// Removes the record, unwraps its marks (the words stay) and drops the id from meeting lists.
Plan removeRecord(const Corpus& corpus, MarkKind kind, const QString& id, const SkipReason& skip = {});

} // namespace Entente::CorpusEdits
