// `entente export FILE|FOLDER... --format csv|gexf|graphml|ics|brat|plover --output PATH
// [--from DATE] [--to DATE] [--sides A,B] [--statuses held,planned] [--table NAME]`: the corpus in the
// formats of other tools (see docs/data-formats.md). Images (--view) stay with ExportCommand.
#pragma once

#include <QStringList>

namespace Entente::DataExportCommand {

// Whether the arguments ask for a data format rather than a picture of a view.
bool applies(const QStringList& arguments);
// arguments: everything after "export". Returns the exit code (0 ok, 1 failed, 2 bad usage).
int run(const QStringList& arguments);

} // namespace Entente::DataExportCommand
