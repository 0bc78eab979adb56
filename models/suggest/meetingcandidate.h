// One meeting as a sentence reports it, before it is joined with the other reports of the same
// meeting (meetingfinder.cpp).
#pragma once

#include "fuzzydate.h"
#include "types.h"

namespace Entente::Suggest {

struct MeetingCandidate
{
    int sentence = 0;
    int cueFirst = 0; // tokens of the cue mark
    int cueEnd = 0;
    bool strong = false; // a verb cue; a meeting word alone ("Blinken's visit") is weak
    bool followsVisit = false; // "During his visit, X met Y": part of the visit told before
    QList<int> participants; // actor indexes, the subject first
    int hostActor = -1; // the visited state's actor, when it was added as a participant
    int hostState = -1;
    QString kind;
    MeetingStatus status = MeetingStatus::Planned;
    FuzzyDate start;
    FuzzyDate end;
    bool vagueDate = false; // the date is approximate because the text is vague, or the article date's
    QString place;
    QString reason;
    double confidence = 0;
};

} // namespace Entente::Suggest
