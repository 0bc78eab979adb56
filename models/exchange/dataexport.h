// Export to the formats of an analyst's other tools, the same way from the window and from
// `entente export --format F`: prepare the files in memory (off the UI thread, cancellable by simply
// not committing), then write them atomically.
#pragma once

#include "actorgraph.h"
#include "bratexport.h"
#include "exchangefilter.h"
#include "outputfiles.h"
#include "sources.h"

#include <QDateTime>
#include <optional>

namespace Entente::Exchange {

enum class DataFormat { Csv, Gexf, Graphml, Ics, Brat, Plover };

QList<DataFormat> dataFormats();
QString formatName(DataFormat format); // csv, gexf, graphml, ics, brat, plover
std::optional<DataFormat> dataFormatFromName(const QString& name);
// By suffix: .csv, .gexf, .graphml, .ics, .jsonl/.json (plover), .ann (brat).
std::optional<DataFormat> dataFormatFromPath(const QString& path);
// Whether the output is a folder: brat always, CSV unless the path names one .csv table.
bool writesFolder(DataFormat format, const QString& path);
QString formatDescription(DataFormat format); // translated, for the dialog

struct ExportOptions
{
    DataFormat format = DataFormat::Csv;
    Filter filter;
    QString table; // CSV into one file: the table's name; empty: from the file's name
    QDateTime stamp; // iCalendar DTSTAMP; invalid: now
    // GEXF and GraphML: the side an official's title names, for actors without one (the suggester's
    // Suggest::actorSide; this library has no word lists). Empty: sides as written only.
    DerivedSide derivedSide;
    // CSV, iCalendar and PLOVER: the sentences of documents that lost their text and marks (see
    // prepareSpans); may be null.
    const PreparedSpans* spans = nullptr;
};

struct PreparedExport
{
    QString path; // the file, or the folder the files go in
    bool folder = false;
    QList<OutputFile> files;
    QList<Diagnostic> problems; // what was left out, and why
    QString summary; // translated: what will be written
    QString error; // translated; nothing can be written when set
};

PreparedExport prepareExport(const Corpus& corpus, const QString& path, const ExportOptions& options);
// brat written into its folder as it is made, one article at a time (whole gives each document's
// text and marks back: see BratExport::write), for a corpus too large to prepare in memory. The
// result has no files; they are all written, or on failure (error set) none is.
PreparedExport writeBrat(const Corpus& corpus, const QString& path, const Filter& filter,
                         const BratExport::WholeDocument& whole, QStringList* written);
// Writes a prepared export atomically (a folder's files all or none). False with error on failure.
bool commitExport(const PreparedExport& prepared, QStringList* written, QString* error);

} // namespace Entente::Exchange
