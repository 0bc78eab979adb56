// The parts of a sentence's meeting: who (the subject, the objects, an object a cue needs), where
// (a visit's target, the legs of a trip, "in <City>"), when (the clause's dates), the status
// modifiers and the host; and the weak reports made of a meeting word. See meetingsentence.h.
#include "meetingsentence.h"

#include "tense.h"

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

void MeetingSentence::addParticipant(MeetingCandidate* c, int actorIndex) const
{
    if (actorIndex >= 0 && !c->participants.contains(actorIndex))
        c->participants.append(actorIndex);
}

// The subject before the cue: the nearest actor, and those joined to it by "and" or commas.
QList<int> MeetingSentence::subjectBefore(int from, int cueFirst) const
{
    QList<int> mentions;
    for (int t = from; t < cueFirst; ++t) {
        if (m_context.mentionAt[t] >= 0)
            mentions.append(m_context.mentionAt[t]);
    }
    QList<int> subject;
    for (qsizetype k = mentions.size() - 1; k >= 0; --k) {
        const ActorMention& m = m_context.actors[mentions[k]];
        if (m.coverEnd > cueFirst)
            continue;
        // "In Lebanon, Thames will meet ...": a state after "in" is where, not who.
        if (m.coverFirst > m_sentence.first && (token(m.coverFirst - 1).is(u"in") || token(m.coverFirst - 1).is(u"at"))
            && actor(m.actor).kind == ActorKind::State)
            continue;
        if (!subject.isEmpty()) {
            const ActorMention& later = m_context.actors[subject.constLast()];
            bool joined = true;
            for (int t = m.coverEnd; t < later.coverFirst; ++t)
                joined = joined && (token(t).is(u",") || token(t).is(u"and"));
            if (!joined || m.coverEnd == later.coverFirst)
                break;
        } else {
            // The subject is in the cue's clause: not behind a semicolon or a dozen words away.
            int words = 0;
            bool clause = false;
            for (int t = m.coverEnd; t < cueFirst; ++t) {
                words += token(t).kind == Token::Word && !isAdverb(token(t)) ? 1 : 0;
                clause = clause || token(t).is(u";");
            }
            if (words > 12 || clause)
                break;
        }
        subject.append(mentions[k]);
    }
    std::reverse(subject.begin(), subject.end());
    QList<int> actors;
    for (int m : subject)
        actors.append(m_context.actors[m].actor);
    return actors;
}

// The actors after the cue up to a word that ends the list ("according to", "during", ";").
QList<int> MeetingSentence::objectsAfter(int from, int end) const
{
    QList<int> result;
    for (int t = from; t < end;) {
        if (m_context.mentionAt[t] >= 0) {
            const ActorMention& mention = m_context.actors[m_context.mentionAt[t]];
            // "met X at the Department of State": where, not who
            int before = mention.coverFirst - 1;
            if (before >= 0 && token(before).is(u"the"))
                --before;
            const bool place = before >= 0
                && (token(before).is(u"at") || token(before).is(u"in") || (token(before).is(u"to") && !result.isEmpty()))
                && actor(mention.actor).kind != ActorKind::Person;
            if (!place)
                result.append(mention.actor);
            t = std::max(t + 1, mention.coverEnd);
            continue;
        }
        if (!m_context.covered[t] && m_lexicon.stopWords.longestAt(m_context.text, t, end))
            break;
        ++t;
    }
    return result;
}

// The actor an object cue needs: "received the Indian Ambassador, ...", not "received reports".
int MeetingSentence::actorStartingAt(int t, int end) const
{
    // "received at Qasr Al Watan today the President of Kenya": a place and a time before the object
    for (int skips = 0; skips < 2 && t < end; ++skips) {
        if ((token(t).is(u"at") || token(t).is(u"in")) && t + 1 < end && token(t + 1).capitalized) {
            int k = t + 1;
            while (k < end && (token(k).capitalized || (token(k).has(NameParticle) && !token(k).capitalized)) && m_context.mentionAt[k] < 0)
                ++k;
            t = k;
        } else if (token(t).is(u"today") || token(t).is(u"yesterday") || token(t).is(u"also")) {
            ++t;
        } else {
            break;
        }
    }
    // "the visiting Kenyan President, ...", "his Russian and Ukrainian counterparts, X and Y"
    while (t < end
        && (token(t).has(Determiner | Possessive | RankAdjective) || token(t).is(u"visiting") || token(t).is(u"and")
            || token(t).is(u",") || token(t).is(u"counterpart") || token(t).is(u"counterparts")
            || (m_context.mentionAt[t] < 0 && !m_context.covered[t] && m_lexicon.demonyms.longestAt(m_context.text, t, end))))
        ++t;
    if (t < end && m_context.mentionAt[t] < 0 && m_context.covered[t]) {
        // inside an actor's cover (its title): find the mention whose cover starts here
        for (const ActorMention& m : m_context.actors) {
            if (m.coverFirst <= t && t < m.coverEnd)
                return m.actor;
        }
    }
    if (!(t < end && m_context.mentionAt[t] >= 0))
        return -1;
    const ActorMention& mention = m_context.actors[m_context.mentionAt[t]];
    if (mention.coverEnd < end && token(mention.coverEnd).is(u"'s") && actor(mention.actor).kind != ActorKind::Person)
        return -1; // "welcomed Japan's decision": the decision is the object
    return mention.actor;
}

// "visit Beijing", "travel to the United States": the place after a cue. Returns the token after it.
int MeetingSentence::target(int at, int end, MeetingCandidate* c) const
{
    int t = at;
    if (t < end && token(t).is(u"the"))
        ++t;
    if (t >= end || (m_context.covered[t] && m_context.mentionAt[t] < 0))
        return at;
    if (const PhraseTable::Match m = m_lexicon.placeNames.longestAt(m_context.text, t, end)) {
        c->place = m_lexicon.places[m.payload].name;
        c->hostState = m_lexicon.places[m.payload].state;
        return t + m.length;
    }
    if (const PhraseTable::Match m = m_lexicon.stateNames.longestAt(m_context.text, t, end)) {
        c->place = m_lexicon.states[m.payload].label;
        c->hostState = m.payload;
        return t + m.length;
    }
    return at;
}

// After a visit's place: ", Moldova", "and to Lebanon", "and Tokyo", "before travelling on to Israel"
// (dates between them belong to the leg before). Returns where the next place starts, or -1.
int MeetingSentence::nextLeg(int at, int end) const
{
    int t = at;
    const int textEnd = m_context.text.tokens[std::max(at - 1, 0)].end;
    // Skip the leg's dates: "November 16 - 17", "on Tuesday".
    for (const DateExpression* date : m_context.datesBySentence[m_index]) {
        while (t < end && token(t).start >= textEnd && token(t).start >= date->start && token(t).end <= date->end)
            ++t;
    }
    if (t < end && token(t).is(u"on"))
        ++t;
    for (const DateExpression* date : m_context.datesBySentence[m_index]) {
        while (t < end && token(t).start >= date->start && token(t).end <= date->end)
            ++t;
    }
    if (!(t < end && (token(t).is(u",") || token(t).is(u"and"))))
        return -1;
    ++t;
    if (t < end && token(t).is(u"and"))
        ++t;
    if (t < end && token(t).is(u"then"))
        ++t;
    if (t < end && token(t).is(u"on") && t + 1 < end && token(t + 1).is(u"to"))
        ++t;
    if (t < end && token(t).is(u"to"))
        ++t;
    if (t < end && token(t).is(u"the"))
        ++t;
    const bool place = m_lexicon.placeNames.longestAt(m_context.text, t, end) || m_lexicon.stateNames.longestAt(m_context.text, t, end);
    return place ? t : -1;
}

void MeetingSentence::datesAndPlace(MeetingCandidate* c, int clauseFirst, int clauseEnd) const
{
    const int from = token(clauseFirst).start;
    const int to = token(clauseEnd - 1).end;
    const int cue = token(c->cueFirst).start;
    // The clause's date nearest to the cue, one after it first ("arrived on Monday and held talks
    // with X on Tuesday": Tuesday), vague ones last.
    const DateExpression* best = nullptr;
    int bestDistance = 1 << 30;
    for (const DateExpression* date : m_context.datesBySentence[m_index]) {
        if (date->start < from || date->end > to)
            continue; // another meeting's date
        const int distance = std::abs(date->start - cue) + (date->vague ? 100000 : 0) + (date->start < cue ? 50000 : 0);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = date;
        }
    }
    if (best && !best->vague) {
        c->start = best->value;
        c->end = best->isRange() ? best->rangeEnd : best->value;
        c->vagueDate = false;
    } else if (best && best->approximate.isValid()) {
        c->start = c->end = best->approximate;
        c->vagueDate = true;
    }
    // "in Jakarta" places a meeting; a visit to a state keeps it unless the city is in that state
    // ("consultations in Washington and is returning to Syria"). A call has no place.
    if (c->kind == u"call")
        return;
    for (int t = std::max(clauseFirst, m_sentence.first + 1); t < clauseEnd; ++t) {
        if (!(token(t - 1).is(u"in") || token(t - 1).is(u"at")))
            continue;
        // "In Lebanon, X will meet ...": a state as the place when nothing says more.
        if (const PhraseTable::Match m = m_lexicon.stateNames.longestAt(m_context.text, t, clauseEnd); m && c->place.isEmpty()) {
            c->place = m_lexicon.states[m.payload].label;
            c->hostState = m.payload;
            continue;
        }
        if (const PhraseTable::Match m = m_lexicon.placeNames.longestAt(m_context.text, t, clauseEnd)) {
            const PlaceInfo& city = m_lexicon.places[m.payload];
            if (c->place.isEmpty() || (m_lexicon.stateIndex(c->place) >= 0 && city.state == c->hostState)) {
                c->place = city.name;
                if (c->hostState < 0)
                    c->hostState = city.state;
            }
            break;
        }
    }
}

// A status changed by "cancelled", "postponed", "failed" close to the cue, in its clause.
void MeetingSentence::applyModifiers(MeetingCandidate* c, int clauseFirst, int clauseEnd) const
{
    const auto apply = [&](int t) {
        if (const PhraseTable::Match m = m_lexicon.modifierCues.longestAt(m_context.text, t, clauseEnd)) {
            c->status = m_lexicon.meetingCues[m.payload].status;
            c->reason += u", "_s + m_lexicon.meetingCues[m.payload].phrase;
            return true;
        }
        return false;
    };
    int uncovered = 0;
    for (int t = c->cueEnd; t < clauseEnd && uncovered < 8; ++t) {
        if (m_context.covered[t])
            continue;
        ++uncovered;
        if (apply(t))
            return;
    }
    uncovered = 0;
    for (int t = c->cueFirst - 1; t >= clauseFirst && uncovered < 4; --t) {
        if (m_context.covered[t])
            continue;
        ++uncovered;
        if (apply(t))
            return;
    }
}

// A visit links the host: people there without a side get it; with nobody named, the state itself.
void MeetingSentence::linkHost(MeetingCandidate* c)
{
    if (c->kind != u"visit" || c->hostState < 0)
        return;
    ActorRegistry& registry = m_finder.m_registry;
    const QString host = m_lexicon.sideLabel(c->hostState);
    bool hostPerson = false;
    for (int k = 1; k < c->participants.size(); ++k) {
        const int a = c->participants[k];
        if (!isPerson(a))
            continue;
        hostPerson = true;
        if (actor(a).side.isEmpty() && !registry.known[a])
            registry.actors[a].side = host;
    }
    if (!hostPerson) {
        c->hostActor = registry.stateActor(c->hostState);
        addParticipant(c, c->hostActor);
    }
}

// A state is there in its people: "Chinese President Xi met ... China" keeps Xi, not China.
void MeetingSentence::keepPeople(MeetingCandidate* c) const
{
    QStringList personSides;
    for (int a : std::as_const(c->participants)) {
        if (isPerson(a) && !actor(a).side.isEmpty())
            personSides.append(actor(a).side);
    }
    c->participants.removeIf([&](int a) { return actor(a).kind == ActorKind::State && personSides.contains(actor(a).side); });
}

// Someone meets someone, or goes somewhere: "the Small Group regularly meets" is no meeting.
bool MeetingSentence::enough(const MeetingCandidate& c) const
{
    if (c.participants.isEmpty())
        return false;
    return c.participants.size() >= 2 || (isPerson(c.participants.first()) && !c.place.isEmpty());
}

// Without a verb cue: a meeting word with its people ("Blinken's recent visit to China", "the meeting
// between Blinken and Wang Yi", "X paid a state visit to Y", "X is in Washington for talks with Y").
bool MeetingSentence::weak(MeetingCandidate* out)
{
    const TokenizedText& text = m_context.text;
    for (int t = m_sentence.first; t < m_sentence.end; ++t) {
        if (m_context.covered[t])
            continue;
        const PhraseTable::Match noun = m_lexicon.nounCues.longestAt(text, t, m_sentence.end);
        if (!noun)
            continue;
        const MeetingCue& cue = m_lexicon.meetingCues[noun.payload];
        if (cue.kind == u"call" && t + noun.length < m_sentence.end
            && (token(t + noun.length).is(u"for") || token(t + noun.length).is(u"on")))
            continue; // "a call for calm"
        MeetingCandidate c;
        c.sentence = m_index;
        c.cueFirst = t;
        c.kind = cue.kind;
        int after = t + noun.length;
        if (cue.has(MeetingCue::Target) && after < m_sentence.end && token(after).is(u"to"))
            after = target(after + 1, m_sentence.end, &c);
        c.cueEnd = after;
        // Whose: "Blinken's recent visit", "X paid a visit", "X is in Washington for talks".
        int k = t - 1;
        const auto compound = [&](int n) { // "two-day", "long-awaited"
            return token(n).is(u"-") || token(n).kind == Token::Number || (n + 1 < t && token(n + 1).is(u"-"))
                || (n > m_sentence.first && token(n - 1).is(u"-"));
        };
        while (k >= m_sentence.first && !token(k).capitalized && !m_context.covered[k]
            && (compound(k)
                || (token(k).kind == Token::Word
                    && (token(k).has(Determiner | RankAdjective) || token(k).is(u"recent") || token(k).is(u"first")
                        || token(k).is(u"planned") || token(k).is(u"surprise") || token(k).is(u"last")
                        || token(k).is(u"two") || token(k).is(u"three") || token(k).is(u"official") || token(k).is(u"brief")))))
            --k;
        const bool lightVerb = k >= m_sentence.first
            && (token(k).has(LightVerb) || token(k).is(u"for") || token(k).is(u"on") || token(k).is(u"from")
                || token(k).is(u"after") || token(k).is(u"following") || token(k).is(u"during")
                || (token(k).is(u"in") && after < m_sentence.end && token(after).is(u"with")));
        const bool possessive = k >= m_sentence.first && (token(k).is(u"'s") || token(k).has(Possessive));
        if (lightVerb) {
            int v = k;
            while (v > m_sentence.first && (token(v - 1).has(LightVerb) || isAdverb(token(v - 1)) || token(v - 1).is(u"will")))
                --v;

            for (int a : subjectBefore(m_sentence.first, v))
                addParticipant(&c, a);
            if (c.participants.isEmpty()) {
                // "is in Washington for talks": the subject is before the place
                for (int a : subjectBefore(m_sentence.first, std::max(m_sentence.first, v - 3)))
                    addParticipant(&c, a);
            }
        } else if (possessive && token(k).has(Possessive)) {
            // "X postponed her visit": the owner is the subject
            for (int a : subjectBefore(m_sentence.first, k))
                addParticipant(&c, a);
        } else if (possessive || (k >= m_sentence.first && m_context.covered[k])) {
            for (int m = k; m >= m_sentence.first; --m) {
                if (m_context.mentionAt[m] >= 0 && m_context.actors[m_context.mentionAt[m]].coverEnd >= k) {
                    addParticipant(&c, m_context.actors[m_context.mentionAt[m]].actor);
                    break;
                }
            }
        }
        // With whom: "the meeting between X and Y", "talks with X"; "a visit by X" names only X.
        if (after < m_sentence.end && (token(after).is(u"between") || token(after).is(u"with"))) {
            for (int a : objectsAfter(after + 1, m_sentence.end))
                addParticipant(&c, a);
        } else if (after + 1 < m_sentence.end && (token(after).is(u"by") || token(after).is(u"of"))) {
            const int by = actorStartingAt(after + 1, m_sentence.end);
            addParticipant(&c, by);
        }
        keepPeople(&c);
        const bool anyPerson = std::any_of(c.participants.cbegin(), c.participants.cend(), [this](int a) { return isPerson(a); });
        if (!anyPerson && c.participants.size() < 2)
            continue;
        const Tense tense = tenseNear(text, t, after);
        const bool recent = t > m_sentence.first && (token(t - 1).is(u"recent") || token(t - 1).is(u"last"));
        c.status = recent || tense == Tense::Past ? MeetingStatus::Held : MeetingStatus::Planned;
        c.reason = u"meeting word '%1' (CAMEO %2) \u2192 %3"_s.arg(text.textOf(t, t + noun.length), cue.family, toString(c.status));
        datesAndPlace(&c, m_sentence.first, m_sentence.end);
        linkHost(&c);
        if (!enough(c))
            continue;
        applyModifiers(&c, m_sentence.first, m_sentence.end);
        c.confidence = lightVerb ? 0.7 : 0.55;
        c.strong = lightVerb;
        *out = std::move(c);
        return true;
    }
    return false;
}

const DateExpression* MeetingSentence::continuationDate() const
{
    // "The meeting will take place on June 3", "It will be held in Oslo on Friday"
    bool speaksOfIt = false;
    for (int t = m_sentence.first; t < std::min(m_sentence.end, m_sentence.first + 4) && !speaksOfIt; ++t)
        speaksOfIt = m_lexicon.nounCues.longestAt(m_context.text, t, m_sentence.end) || token(t).is(u"it")
            || token(t).is(u"they");
    if (!speaksOfIt)
        return nullptr;
    for (const DateExpression* date : m_context.datesBySentence[m_index]) {
        if (!date->vague)
            return date;
    }
    return nullptr;
}

} // namespace Entente::Suggest
