// Pre-tagging an article file into an annotated file: read, suggest, write, as `entente suggest`
// and "Suggest for All Articles" do for each article. A large raw article (over streamingThreshold)
// is read, pre-tagged and written a block at a time, so that memory stays a small multiple of a
// block and not of the file.
#pragma once

#include "suggester.h"

#include <QIODevice>

namespace Entente::Suggest {

struct FileResult
{
    bool ok = false;
    QString error; // "file: error: reason" when !ok
    bool raw = true; // the file had no marks and no records
    QDate articleDate;
    bool articleDateGuessed = false;
    QString articleDateReason;
    int marks = 0;
    int meetings = 0;
    bool streamed = false;
};

// Files larger than this (in bytes) are pre-tagged block by block.
inline constexpr qint64 streamingThreshold = 16ll * 1024 * 1024;

// Reads the article at `path` and writes it, annotated with the suggestions, to `output` (UTF-8,
// with the file's BOM and line ending). An already annotated file's records are the known actors
// and issues, and its date the article date unless options give one.
// Files over `threshold` bytes are read, pre-tagged and written block by block.
FileResult suggestFile(const QString& path, QIODevice* output, Options options, qint64 threshold = streamingThreshold);

} // namespace Entente::Suggest
