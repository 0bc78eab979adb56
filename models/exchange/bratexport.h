// Articles as brat standoff (brat, INCEpTION): per article the words as NAME.txt (the bytes of
// `entente --plain`) and NAME.ann with a T line per mark, an E line per meeting mark (participants
// and date as arguments), R lines for the issues a meeting discusses, A lines for statuses, N lines
// with the record ids, and notes (#) with the Entente records, so that an import gives the same
// file back. Offsets count Unicode characters (code points) of the .txt, as brat does.
#pragma once

#include "exchangefilter.h"
#include "outputfiles.h"

#include <functional>

namespace Entente::Exchange::BratExport {

struct Result
{
    QList<OutputFile> files; // NAME.txt and NAME.ann per article, and annotation.conf (not streamed)
    QList<Diagnostic> problems; // records that could not be carried (an article without words)
    int documents = 0;
};

// With a filter, the articles that hold a meeting or status change it selects (each one whole).
Result write(const Corpus& corpus, const Filter& filter);

// The documents (indexes into corpus.documents) an export with filter writes, in the order written.
QList<int> exportedDocuments(const Corpus& corpus, const Filter& filter);

// The same files one article at a time, for a corpus too large to hold them all (the command line's,
// whose documents keep their records only): whole gives a document of the corpus with its text and
// marks, sink takes each file as it is made (NAME.txt, NAME.ann, ..., annotation.conf), and the
// article is freed before the next. Stops at the first false of either, with its error.
using WholeDocument = std::function<bool(const Document& document, Document* whole, QString* error)>;
using FileSink = std::function<bool(const QString& path, const QByteArray& bytes, QString* error)>;
bool write(const Corpus& corpus, const Filter& filter, const WholeDocument& whole, const FileSink& sink,
           Result* result, QString* error);

// One article's .ann; names is the article's name without suffix, for messages.
QByteArray annotations(const Corpus& corpus, const Document& document, QList<Diagnostic>* problems);

} // namespace Entente::Exchange::BratExport
