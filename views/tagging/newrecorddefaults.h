// What a new record made from tagged words starts with, so that the analyst corrects a good guess:
// the kind of a new actor from its words, and a meeting id that says who met when.
#pragma once

#include "corpus.h"

namespace Entente::NewRecordDefaults {

struct ActorGuess
{
    ActorKind kind = ActorKind::Person;
    QString side; // the state or side, when the words say it
};

// A state's name ("China", "the United States") gives a state; an organisation the pre-tagger's word
// lists know ("State Department", "NATO"), a name with an organisation's word ("Ministry of
// Commerce") or an acronym gives an organisation; anything else a person.
ActorGuess actor(const Corpus& corpus, QStringView words);

// "blinken-wang-yi-2023-07-13": the participants' ids and the start date, unique among the corpus's
// meetings; "meeting-2023-07-13" without participants, "meeting" with neither.
QString meetingId(const Corpus& corpus, const Meeting& meeting);

} // namespace Entente::NewRecordDefaults
