// `entente suggest FILE [--date YYYY-MM-DD] [--output FILE] [--actors FILE]...`: pre-tags an article
// with suggested actor, meeting, date and issue marks and their records, for the analyst to review;
// `entente suggest FILE|FOLDER... --output-dir DIR` does so for every raw article, on all cores.
#pragma once

#include <QStringList>

namespace Entente::SuggestCommand {

// arguments: everything after "suggest". Returns the exit code (0 ok, 1 failed, 2 bad usage or no date).
int run(const QStringList& arguments);

} // namespace Entente::SuggestCommand
