#include "meetingsentence.h"

#include "knowledge.h"
#include "tense.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

// "will soon visit", "is also expected to": one adverb may stand between an auxiliary and its verb.
bool isAdverb(const Token& token)
{
    static const QStringList words = { u"soon"_s, u"also"_s, u"then"_s, u"again"_s, u"first"_s, u"later"_s,
        u"still"_s, u"now"_s, u"today"_s, u"briefly"_s, u"jointly"_s, u"reportedly"_s, u"separately"_s };
    return token.kind == Token::Word && !token.capitalized && (token.lower.endsWith(u"ly") || words.contains(token.lower));
}

MeetingSentence::MeetingSentence(MeetingFinder& finder, const MeetingContext& context, int sentence)
    : m_finder(finder)
    , m_context(context)
    , m_lexicon(Lexicon::instance())
    , m_sentence(context.text.sentences[sentence])
    , m_index(sentence)
{
}

bool MeetingSentence::cueAt(int t, Cue* cue) const
{
    const TokenizedText& text = m_context.text;
    const int end = m_sentence.end;
    if (m_context.covered[t])
        return false;
    if (const Knowledge* knowledge = m_finder.m_knowledge; knowledge && !knowledge->learnedCueTable.isEmpty()) {
        if (const PhraseTable::Match m = knowledge->learnedCueTable.longestAt(text, t, end)) {
            *cue = { t, t + m.length, &knowledge->learnedCues[m.payload], &knowledge->learnedCues[m.payload],
                knowledge->learnedCueReasons.value(m.payload), false };
            return true;
        }
    }
    if (const PhraseTable::Match aux = m_lexicon.auxCues.longestAt(text, t, end)) {
        int b = t + aux.length;
        PhraseTable::Match base = m_lexicon.baseCues.longestAt(text, b, end);
        if (!base && b < end && isAdverb(token(b)))
            base = m_lexicon.baseCues.longestAt(text, ++b, end);
        if (base) {
            const MeetingCue& auxCue = m_lexicon.meetingCues[aux.payload];
            *cue = { t, b + base.length, &m_lexicon.meetingCues[base.payload], &auxCue, {}, auxCue.phrase == u"to" };
            return true;
        }
    }
    PhraseTable::Match verb = m_lexicon.verbCues.longestAt(text, t, end);
    if (!verb && t + 1 < end && isAdverb(token(t + 1)))
        verb = m_lexicon.verbCues.longestAtSkipping(text, t, end, t + 1); // "is currently visiting", "has also met"
    // "held separate talks", "had lengthy discussions", "resumed direct negotiations": one adjective
    if (!verb && t + 1 < end && token(t + 1).kind == Token::Word && !token(t + 1).capitalized
        && !token(t + 1).has(Determiner | Preposition | Possessive | Conjunction))
        verb = m_lexicon.verbCues.longestAtSkipping(text, t, end, t + 1);
    if (verb) {
        *cue = { t, t + verb.length, &m_lexicon.meetingCues[verb.payload], &m_lexicon.meetingCues[verb.payload], {}, false };
        return true;
    }
    return false;
}

QList<MeetingSentence::Cue> MeetingSentence::findCues() const
{
    QList<Cue> cues;
    for (int t = m_sentence.first; t < m_sentence.end;) {
        Cue cue;
        if (!cueAt(t, &cue)) {
            ++t;
            continue;
        }
        // "to meet" is a purpose of the cue before it ("flew to Moscow to meet ..."); alone it is
        // someone else's wish ("urged them to meet").
        if (!cue.purpose || !cues.isEmpty())
            cues.append(cue);
        t = cue.end;
    }
    return cues;
}

QList<MeetingCandidate> MeetingSentence::candidates()
{
    QList<MeetingCandidate> result;
    const QList<Cue> cues = findCues();
    int clauseFirst = m_sentence.first;
    for (qsizetype k = 0; k < cues.size(); ++k) {
        const int clauseEnd = k + 1 < cues.size() ? cues[k + 1].first : m_sentence.end;
        const std::optional<MeetingCandidate> previous = result.isEmpty() ? std::nullopt : std::optional(result.constLast());
        const qsizetype before = result.size();
        build(cues[k], clauseFirst, clauseEnd, previous ? &*previous : nullptr, &result);
        // "flew to Moscow to meet X", "invited X to visit Jakarta": one meeting with the cue before.
        if (cues[k].purpose && before > 0 && result.size() > before) {
            MeetingCandidate purpose = result.takeLast();
            MeetingCandidate& into = result.last();
            for (int a : std::as_const(purpose.participants))
                addParticipant(&into, a);
            if (into.hostActor >= 0 && std::count_if(into.participants.cbegin(), into.participants.cend(),
                                           [this](int a) { return isPerson(a); }) > 1)
                into.participants.removeAll(into.hostActor);
            keepPeople(&into);
            if (into.kind != u"visit")
                into.kind = purpose.kind;
            if (into.place.isEmpty())
                into.place = purpose.place;
            if (!into.start.isValid() || (into.vagueDate && !purpose.vagueDate)) {
                into.start = purpose.start;
                into.end = purpose.end;
                into.vagueDate = purpose.vagueDate;
            }
        }
        clauseFirst = cues[k].end;
    }
    if (result.isEmpty()) {
        MeetingCandidate candidate;
        if (weak(&candidate))
            result.append(candidate);
    }
    for (MeetingCandidate& c : result) {
        if (!c.participants.isEmpty() && isPerson(c.participants.first()))
            m_finder.m_lastPerson = c.participants.first();
    }
    return result;
}

bool MeetingSentence::build(const Cue& cue, int clauseFirst, int clauseEnd, const MeetingCandidate* previous,
    QList<MeetingCandidate>* out)
{
    MeetingCandidate c;
    c.sentence = m_index;
    c.strong = true;
    c.cueFirst = cue.first;
    c.kind = cue.cue->kind;
    const MeetingCue* statusCue = cue.statusCue;
    c.status = cue.purpose && previous ? previous->status : statusCue->status;
    const QString cueWords = m_context.text.textOf(cue.first, cue.end).toString();
    c.reason = !cue.reason.isEmpty() ? cue.reason + u" \u2192 "_s + toString(c.status)
                                     : u"cue '%1' (CAMEO %2) \u2192 %3"_s.arg(cueWords, cue.cue->family, toString(c.status));
    // "is currently visiting", "is now in talks": going on, so held.
    if (c.status == MeetingStatus::Planned && cue.statusCue->phrase.startsWith(u"is ") && cue.first > m_sentence.first) {
        for (int t = std::max(m_sentence.first, cue.first - 2); t < cue.end; ++t) {
            if (token(t).is(u"currently") || token(t).is(u"now"))
                c.status = MeetingStatus::Held;
        }
    }
    c.cueEnd = cue.cue->has(MeetingCue::Target) ? target(cue.end, clauseEnd, &c) : cue.end;

    // Who: the subject before the cue, or the one it continues, and the actors after it. After an
    // earlier cue of the sentence, the words between are that cue's objects: only an actor right
    // before this cue is its subject ("X met Y, and Z spoke with W"; "X met Y, and later spoke with W").
    QList<int> subject;
    if (!previous) {
        subject = subjectBefore(clauseFirst, cue.first);
    } else {
        int p = cue.first - 1;
        while (p > clauseFirst && (isAdverb(token(p)) || token(p).is(u"will") || token(p).is(u"has")))
            --p;
        if (p >= clauseFirst && m_context.covered[p])
            subject = subjectBefore(std::max(clauseFirst, p - 6), cue.first);
    }
    if (subject.isEmpty()) {
        int p = cue.first - 1;
        while (p >= m_sentence.first && isAdverb(token(p)))
            --p;
        if (p >= m_sentence.first && token(p).has(FirstPerson) && (!token(p).is(u"i") || token(p).capitalized))
            subject.append(m_finder.m_actors.speaker(m_context.text));
        else if (p >= m_sentence.first && token(p).has(Pronoun) && !token(p).has(FirstPerson) && m_finder.m_lastPerson >= 0)
            subject.append(m_finder.m_lastPerson);
        else if (previous) {
            // "... and later spoke with Y", "flew to Moscow to meet Y": the same subject; "invited X
            // to visit": the one invited.
            int inherited = previous->participants.value(0, -1);
            if (cue.purpose && previous->place.isEmpty() && previous->participants.size() > 1)
                inherited = previous->participants.constLast();
            if (inherited >= 0)
                subject.append(inherited);
        }
    }
    if (cue.cue->has(MeetingCue::Object) && actorStartingAt(c.cueEnd, clauseEnd) < 0) {
        // "host a meeting of the Coalition" names the meeting, not its guest
        int n = c.cueEnd;
        for (int adjectives = 0; n < clauseEnd && adjectives < 3
             && (token(n).has(Determiner | RankAdjective) || (token(n).kind == Token::Word && !token(n).capitalized
                 && !m_lexicon.nounCues.longestAt(m_context.text, n, clauseEnd)));
             ++adjectives)
            ++n;
        if (!(n < clauseEnd && m_lexicon.nounCues.longestAt(m_context.text, n, clauseEnd)))
            return false; // "received reports", "called the decision a mistake"
    }
    if (cue.cue->has(MeetingCue::Passive) && subject.isEmpty())
        return false; // "a conference that will be hosted by the EU": the event, not a meeting of its host
    int objectsFrom = c.cueEnd;
    if (cue.cue->has(MeetingCue::With)) {
        objectsFrom = -1;
        for (int t = c.cueEnd; t < clauseEnd; ++t) {
            if (token(t).is(u"with") && actorStartingAt(t + 1, clauseEnd) >= 0) {
                objectsFrom = t + 1;
                break;
            }
        }
        if (objectsFrom < 0)
            return false; // "discussed the issue": no meeting named
    }
    if (cue.cue->has(MeetingCue::NeedsNoun)) {
        bool noun = false;
        for (int t = c.cueEnd; t < clauseEnd && !noun; ++t)
            noun = m_lexicon.nounCues.longestAt(m_context.text, t, clauseEnd) || token(t).is(u"conference")
                || token(t).is(u"meeting") || token(t).is(u"ministerial");
        if (!noun)
            return false; // "joined the protest", "attended the funeral"
    }
    for (int a : std::as_const(subject))
        addParticipant(&c, a);

    // Legs of a trip, or "with X on Saturday and with Y on Sunday": one meeting each.
    QList<std::pair<int, int>> segments; // token ranges of each meeting's objects
    if (cue.cue->has(MeetingCue::Target) && !c.place.isEmpty()) {
        int legStart = cue.end;
        int place = c.cueEnd;
        int next = nextLeg(place, clauseEnd);
        while (next >= 0) {
            segments.append({ legStart, next });
            legStart = next;
            MeetingCandidate probe;
            place = target(next, clauseEnd, &probe);
            next = place > legStart ? nextLeg(place, clauseEnd) : -1;
        }
        segments.append({ legStart, clauseEnd });
    } else {
        int segmentStart = objectsFrom;
        bool dated = false;
        for (int t = objectsFrom; t + 1 < clauseEnd; ++t) {
            for (const DateExpression* date : m_context.datesBySentence[m_index])
                dated = dated || (date->start >= token(segmentStart).start && date->end <= token(t).end);
            if (dated && token(t).is(u"and") && token(t + 1).is(u"with") && actorStartingAt(t + 2, clauseEnd) >= 0) {
                segments.append({ segmentStart, t });
                segmentStart = t + 2;
                dated = false;
            }
        }
        segments.append({ segmentStart, clauseEnd });
    }
    // "held separate talks with A and B": one meeting with each.
    bool separate = false;
    for (int t = cue.first; t < cue.end; ++t)
        separate = separate || token(t).is(u"separate") || token(t).is(u"separately");
    bool any = false;
    if (separate && segments.size() == 1) {
        const QList<int> objects = objectsAfter(objectsFrom, clauseEnd);
        if (objects.size() > 1) {
            for (int object : objects) {
                MeetingCandidate one = c;
                addParticipant(&one, object);
                datesAndPlace(&one, clauseFirst, clauseEnd);
                keepPeople(&one);
                if (!enough(one))
                    continue;
                applyModifiers(&one, clauseFirst, clauseEnd);
                one.confidence = 0.75;
                out->append(one);
                any = true;
            }
            return any;
        }
    }
    for (qsizetype s = 0; s < segments.size(); ++s) {
        MeetingCandidate leg = c;
        const auto [first, last] = segments[s];
        if (segments.size() > 1 && cue.cue->has(MeetingCue::Target)) {
            leg.place.clear();
            leg.hostState = -1;
            const int placeAt = s == 0 ? cue.end : first;
            target(placeAt, last, &leg);
            leg.cueFirst = s == 0 ? cue.first : first;
            leg.cueEnd = s == 0 ? c.cueEnd : target(first, last, &leg);
        }
        const int from = segments.size() > 1 && cue.cue->has(MeetingCue::Target) ? leg.cueEnd : (s == 0 ? objectsFrom : first);
        QList<int> objects = objectsAfter(from, last);
        if (cue.cue->has(MeetingCue::Passive) && objects.size() > 1)
            objects = objects.mid(0, 1); // "was received by X": X alone
        for (int a : std::as_const(objects))
            addParticipant(&leg, a);
        if (cue.cue->has(MeetingCue::Passive) && leg.participants.size() < 2)
            continue;
        // The leg's own dates first (a trip's legs), then the clause's.
        datesAndPlace(&leg, segments.size() > 1 ? (s == 0 ? clauseFirst : first) : clauseFirst,
            segments.size() > 1 ? last : clauseEnd);
        if (!leg.start.isValid() && segments.size() > 1)
            datesAndPlace(&leg, clauseFirst, clauseEnd);
        keepPeople(&leg);
        linkHost(&leg);
        if (!enough(leg))
            continue;
        for (int n = m_sentence.first; n < cue.first; ++n) {
            const PhraseTable::Match noun = m_lexicon.nounCues.longestAt(m_context.text, n, cue.first);
            if (noun && m_lexicon.meetingCues[noun.payload].kind == u"visit" && n > m_sentence.first
                && token(n - 1).has(Possessive))
                leg.followsVisit = true; // "During his visit, X met Y"
        }
        applyModifiers(&leg, clauseFirst, clauseEnd);
        leg.confidence = cue.reason.isEmpty() ? 0.8 : 0.75;
        out->append(leg);
        any = true;
    }
    return any;
}

} // namespace Entente::Suggest
