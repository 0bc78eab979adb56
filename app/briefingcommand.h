// `entente briefing FILE|FOLDER... --from DATE --to DATE --output briefing.pdf|.html [--title T]
// [--sides A,B] [--statuses S,T]`: a briefing of the period without a display.
#pragma once

#include <QStringList>

namespace Entente::BriefingCommand {

// arguments: everything after "briefing". Returns the exit code (0 ok, 1 failed, 2 bad usage).
int run(const QStringList& arguments);

} // namespace Entente::BriefingCommand
