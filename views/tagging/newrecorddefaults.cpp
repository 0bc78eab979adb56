#include "newrecorddefaults.h"

#include "ids.h"
#include "recordprefill.h"
#include "suggester.h"

namespace Entente::NewRecordDefaults {

namespace {
// The pre-tagger's guesses from the shape of the text alone (an unknown name that acts) score 0.5.
constexpr double minimumConfidence = 0.6;
} // namespace

ActorGuess actor(const Corpus& corpus, QStringView words)
{
    const QString name = words.trimmed().toString();
    // The pre-tagger reads the words as the subject of a sentence, where its word lists name states
    // and organisations; only an actor it finds on exactly these words by a word list counts (a
    // name it merely sees acting, "Wang Yi said", is no evidence of a kind).
    const QString sentence = name + QStringLiteral(" said.");
    const Suggest::Result result = Suggest::suggest(sentence);
    for (const Suggest::Suggestion& mark : result.marks) {
        if (mark.kind != MarkKind::Actor || mark.confidence < minimumConfidence || mark.start > 4 || mark.end < name.size() - 2 || mark.end > name.size())
            continue;
        for (const Actor& found : result.actors) {
            if (found.id == mark.ref && found.kind != ActorKind::Person)
                return { found.kind, found.side };
        }
    }
    return { RecordPrefill::actor(corpus, words).kind, {} };
}

QString meetingId(const Corpus& corpus, const Meeting& meeting)
{
    QStringList parts = meeting.participants;
    if (parts.isEmpty())
        parts.append(QStringLiteral("meeting"));
    if (meeting.start.isValid())
        parts.append(meeting.start.toString());
    return uniqueId(corpus, MarkKind::Meeting, idFromText(parts.join(u' ')));
}

} // namespace Entente::NewRecordDefaults
