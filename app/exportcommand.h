// `entente export FILE|FOLDER... --view V --format F --output PATH [--month YYYY-MM] [--from DATE] [--to DATE]
// [--width N] [--scale N]`: renders a view of the corpus to PNG, SVG or PDF without a display, and says on
// stderr what the picture shows (the caption under it).
#pragma once

#include <QStringList>

namespace Entente::ExportCommand {

// arguments: everything after "export". Returns the exit code (0 ok, 1 failed, 2 bad usage).
int run(const QStringList& arguments);

} // namespace Entente::ExportCommand
