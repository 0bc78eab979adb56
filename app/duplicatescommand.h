// `entente duplicates FILE|FOLDER... [--min-score S] [--reject KIND:ID,ID]`: prints the corpus's likely
// duplicate actors and meetings as JSON (kind, ids, names, score, reason, files), the record to keep
// first; --reject remembers a pair as different in the corpus folder's .entente-duplicates.
#pragma once

#include <QStringList>

namespace Entente::DuplicatesCommand {

// arguments: everything after "duplicates". Returns the exit code (0 ok, 1 failed, 2 bad usage).
int run(const QStringList& arguments);

} // namespace Entente::DuplicatesCommand
