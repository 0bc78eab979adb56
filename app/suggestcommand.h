// `entente suggest FILE [--date YYYY-MM-DD] [--output FILE]`: pre-tags an article with suggested
// actor, meeting, date and issue marks and their records, for the analyst to review.
#pragma once

#include <QStringList>

namespace Entente::SuggestCommand {

// arguments: everything after "suggest". Returns the exit code (0 ok, 1 failed, 2 bad usage or no date).
int run(const QStringList& arguments);

} // namespace Entente::SuggestCommand
