#include "knowledge.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

std::shared_ptr<const Knowledge> Knowledge::make(QList<std::shared_ptr<const ActorDictionary>> dictionaries,
    LearnedLexicon learned)
{
    auto knowledge = std::make_shared<Knowledge>();
    knowledge->dictionaries = std::move(dictionaries);
    knowledge->learned = std::move(learned);
    const QString file = QFileInfo(knowledge->learned.path()).fileName();
    for (const LearnedLexicon::ActorEntry& entry : knowledge->learned.actors()) {
        knowledge->learnedActors.append(entry.actor);
        knowledge->learnedActorReasons.append(u"learned: %1 (%2, line %3)"_s.arg(entry.actor.name, file).arg(entry.line));
    }
    for (const LearnedLexicon::CueEntry& entry : knowledge->learned.cues()) {
        MeetingCue cue;
        cue.type = MeetingCue::Verb;
        cue.hasStatus = true;
        cue.status = entry.status;
        cue.kind = entry.kind;
        cue.phrase = entry.phrase;
        knowledge->learnedCueTable.add(entry.phrase, int(knowledge->learnedCues.size()));
        knowledge->learnedCues.append(cue);
        knowledge->learnedCueReasons.append(u"learned phrasing '%1' (%2, line %3)"_s.arg(entry.phrase, file).arg(entry.line));
    }
    return knowledge;
}

} // namespace Entente::Suggest
