// `entente export FILE|FOLDER... --view V --format F --output PATH [--month YYYY-MM] [--width N] [--scale N]`:
// renders a view of the corpus to PNG, SVG or PDF without a display.
#pragma once

#include <QStringList>

namespace Entente::ExportCommand {

// arguments: everything after "export". Returns the exit code (0 ok, 1 failed, 2 bad usage).
int run(const QStringList& arguments);

} // namespace Entente::ExportCommand
