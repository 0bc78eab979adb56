// `entente import FILE|FOLDER... --output FOLDER [--format brat|csv] [--types MAPPING]`: brat
// standoff (.ann with .txt) or CSV tables (actors, meetings, issues, statuses) into Entente files.
// `entente import --print-types` prints the default brat type mapping, to edit and pass with --types.
#pragma once

#include <QStringList>

namespace Entente::ImportCommand {

// arguments: everything after "import". Returns 0 when everything came in, 1 when something was
// skipped or nothing could be written, 2 on bad usage.
int run(const QStringList& arguments);

} // namespace Entente::ImportCommand
