// Articles as brat standoff (brat, INCEpTION): per article the words as NAME.txt (the bytes of
// `entente --plain`) and NAME.ann with a T line per mark, an E line per meeting mark (participants
// and date as arguments), R lines for the issues a meeting discusses, A lines for statuses, N lines
// with the record ids, and notes (#) with the Entente records, so that an import gives the same
// file back. Offsets count Unicode characters (code points) of the .txt, as brat does.
#pragma once

#include "exchangefilter.h"
#include "outputfiles.h"

namespace Entente::Exchange::BratExport {

struct Result
{
    QList<OutputFile> files; // NAME.txt and NAME.ann per article, and annotation.conf
    QList<Diagnostic> problems; // records that could not be carried (an article without words)
    int documents = 0;
};

// With a filter, the articles that hold a meeting or status change it selects (each one whole).
Result write(const Corpus& corpus, const Filter& filter);

// One article's .ann; names is the article's name without suffix, for messages.
QByteArray annotations(const Corpus& corpus, const Document& document, QList<Diagnostic>* problems);

} // namespace Entente::Exchange::BratExport
