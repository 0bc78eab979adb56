// CSV tables in the layout CsvExport writes (actors, meetings, issues, status changes) back into
// ordinary Entente files: one records-only file per article named in the rows. Bad rows are
// reported with file:line:column and skipped; the caller writes the files all or none.
#pragma once

#include "outputfiles.h"
#include "types.h"

namespace Entente::Exchange::CsvImport {

struct Result
{
    QList<OutputFile> files; // relative paths, ".entente"
    QList<Diagnostic> problems;
    int rows = 0; // data rows read
    int imported = 0; // rows that became records
};

// Which table each file holds comes from its name (actors.csv, meetings-2023.csv, ...) or, failing
// that, from its header. participants.csv repeats the meetings' participants and is not needed.
Result import(const QStringList& csvFiles);

} // namespace Entente::Exchange::CsvImport
