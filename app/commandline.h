// Entente's command-line modes, which need no display: --check, --dump and --plain.
#pragma once

#include <QStringList>

namespace Entente::CommandLine {

// Each returns the process exit code: 0 on success, 1 when a file has errors, 2 on bad usage.
int check(const QStringList& paths);
int dump(const QStringList& paths);
int plain(const QStringList& paths);

} // namespace Entente::CommandLine
