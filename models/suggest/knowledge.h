// What a suggestion run knows beyond the built-in word lists: actor dictionaries of the event-data
// field the analyst loaded (PETRARCH/Phoenix format) and the lexicon learned from the analyst's own
// tagging. Built once for a batch of articles and shared read-only by every run.
#pragma once

#include "actordictionary.h"
#include "learnedlexicon.h"
#include "lexicon.h"

#include <memory>

namespace Entente::Suggest {

struct Knowledge
{
    QList<std::shared_ptr<const ActorDictionary>> dictionaries;
    LearnedLexicon learned;
    // Compiled from `learned`:
    QList<Actor> learnedActors;
    QStringList learnedActorReasons; // parallel: "learned (entente-lexicon.tsv:12)"
    QList<MeetingCue> learnedCues;
    PhraseTable learnedCueTable; // payload: index in learnedCues
    QStringList learnedCueReasons; // parallel to learnedCues

    static std::shared_ptr<const Knowledge> make(QList<std::shared_ptr<const ActorDictionary>> dictionaries,
        LearnedLexicon learned);
    // Whether the analyst rejected these words as this kind of mark (the learned lexicon's "reject"),
    // for any record or for `ref`.
    bool isRejected(MarkKind kind, QStringView words, QStringView ref = {}) const { return learned.isRejected(kind, words, ref); }
};

} // namespace Entente::Suggest
