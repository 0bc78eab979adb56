#include "meetingfinder.h"

#include "tense.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

// One sentence's report of a meeting, before it is joined with the others.
struct Candidate
{
    int sentence = 0;
    int cueFirst = 0;
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
    bool vagueDate = false;
    QString place;
    QString reason;
    double confidence = 0;
};

const QStringList& pronouns()
{
    static const QStringList words = { u"he"_s, u"she"_s, u"they"_s };
    return words;
}

const QStringList& possessivePronouns()
{
    static const QStringList words = { u"his"_s, u"her"_s, u"their"_s, u"its"_s };
    return words;
}

class Finder
{
public:
    Finder(const TokenizedText& text, const QList<ActorMention>& actors, const QList<DateExpression>& dates,
        ActorRegistry& registry, QDate articleDate)
        : m_text(text)
        , m_lexicon(Lexicon::instance())
        , m_actors(actors)
        , m_registry(registry)
        , m_articleDate(articleDate)
        , m_mentionAt(text.tokens.size(), -1)
        , m_covered(text.tokens.size(), false)
    {
        for (int m = 0; m < actors.size(); ++m) {
            m_mentionAt[actors[m].first] = m;
            for (int t = actors[m].coverFirst; t < actors[m].coverEnd; ++t)
                m_covered[t] = true;
        }
        // Dates by sentence, as token positions.
        m_datesBySentence.resize(text.sentences.size());
        int s = 0;
        for (const DateExpression& date : dates) {
            while (s < text.sentences.size() && text.sentences[s].textEnd <= date.start)
                ++s;
            if (s < text.sentences.size())
                m_datesBySentence[s].append(&date);
        }
    }

    MeetingFindings run()
    {
        for (int s = 0; s < m_text.sentences.size(); ++s) {
            Candidate candidate;
            if (strongCandidate(s, &candidate) || weakCandidate(s, &candidate))
                join(std::move(candidate));
        }
        return build();
    }

private:
    const Token& token(int i) const { return m_text.tokens[i]; }
    const Actor& actor(int index) const { return m_registry.actors[index]; }
    bool isPerson(int index) const { return actor(index).kind == ActorKind::Person; }

    // The mentions of sentence s, as indexes into m_actors.
    QList<int> mentionsIn(int first, int end) const
    {
        QList<int> result;
        for (int t = first; t < end; ++t) {
            if (m_mentionAt[t] >= 0)
                result.append(m_mentionAt[t]);
        }
        return result;
    }

    void addParticipant(Candidate* c, int actorIndex) const
    {
        if (actorIndex >= 0 && !c->participants.contains(actorIndex))
            c->participants.append(actorIndex);
    }

    // The subject before the cue: the nearest actor, and those joined to it by "and" or commas.
    QList<int> subjectBefore(const Sentence& sentence, int cueFirst) const
    {
        QList<int> mentions = mentionsIn(sentence.first, cueFirst);
        QList<int> subject;
        for (qsizetype k = mentions.size() - 1; k >= 0; --k) {
            const ActorMention& m = m_actors[mentions[k]];
            if (m.coverEnd > cueFirst)
                continue;
            if (!subject.isEmpty()) {
                const ActorMention& later = m_actors[subject.constLast()];
                bool joined = true;
                for (int t = m.coverEnd; t < later.coverFirst; ++t)
                    joined = joined && (token(t).is(u",") || token(t).is(u"and"));
                if (!joined || m.coverEnd == later.coverFirst)
                    break;
            }
            subject.append(mentions[k]);
        }
        std::reverse(subject.begin(), subject.end());
        QList<int> actors;
        for (int m : subject)
            actors.append(m_actors[m].actor);
        return actors;
    }

    // The actors after the cue up to a word that ends the list ("according to", "during", ";").
    QList<int> objectsAfter(const Sentence& sentence, int from) const
    {
        QList<int> result;
        for (int t = from; t < sentence.end;) {
            if (m_mentionAt[t] >= 0) {
                result.append(m_actors[m_mentionAt[t]].actor);
                t = std::max(t + 1, m_actors[m_mentionAt[t]].coverEnd);
                continue;
            }
            if (!m_covered[t] && m_lexicon.stopWords.longestAt(m_text, t, sentence.end))
                break;
            ++t;
        }
        return result;
    }

    // "visit Beijing", "travel to the United States": the place after a cue. Returns the token after it.
    int target(const Sentence& sentence, int at, Candidate* c) const
    {
        int t = at;
        if (t < sentence.end && token(t).is(u"the"))
            ++t;
        if (t >= sentence.end || (m_covered[t] && m_mentionAt[t] < 0))
            return at;
        if (const PhraseTable::Match m = m_lexicon.placeNames.longestAt(m_text, t, sentence.end)) {
            c->place = m_lexicon.places[m.payload].name;
            c->hostState = m_lexicon.places[m.payload].state;
            return t + m.length;
        }
        if (const PhraseTable::Match m = m_lexicon.stateNames.longestAt(m_text, t, sentence.end)) {
            c->place = m_lexicon.states[m.payload].label;
            c->hostState = m.payload;
            return t + m.length;
        }
        return at;
    }

    // "in Jakarta", "at Geneva": a city named anywhere in the sentence (index in Lexicon::places, or -1).
    int cityIn(const Sentence& sentence) const
    {
        for (int t = sentence.first + 1; t < sentence.end; ++t) {
            if (!(token(t - 1).is(u"in") || token(t - 1).is(u"at")))
                continue;
            if (const PhraseTable::Match m = m_lexicon.placeNames.longestAt(m_text, t, sentence.end))
                return m.payload;
        }
        return -1;
    }

    void datesAndPlace(int s, Candidate* c) const
    {
        const Sentence& sentence = m_text.sentences[s];
        const DateExpression* best = nullptr;
        int bestDistance = 1 << 30;
        for (const DateExpression* date : m_datesBySentence[s]) {
            const int distance = std::abs(date->start - token(c->cueFirst).start) + (date->vague ? 100000 : 0);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = date;
            }
        }
        if (best && !best->vague) {
            c->start = best->value;
            c->end = best->isRange() ? best->rangeEnd : best->value;
        } else if (best && best->approximate.isValid()) {
            c->start = c->end = best->approximate;
            c->vagueDate = true;
        }
        // "in Jakarta" places a meeting; a visit to a state keeps it unless the city is in that state
        // ("consultations in Washington and is returning to Syria").
        const int city = cityIn(sentence);
        if (city >= 0 && (c->place.isEmpty()
                || (m_lexicon.stateIndex(c->place) >= 0 && m_lexicon.places[city].state == c->hostState)))
            c->place = m_lexicon.places[city].name;
    }

    // A status changed by "cancelled", "postponed", "failed" close to the cue.
    void applyModifiers(const Sentence& sentence, Candidate* c) const
    {
        int uncovered = 0;
        for (int t = c->cueEnd; t < sentence.end && uncovered < 8; ++t) {
            if (m_covered[t])
                continue;
            ++uncovered;
            if (const PhraseTable::Match m = m_lexicon.modifierCues.longestAt(m_text, t, sentence.end)) {
                c->status = m_lexicon.meetingCues[m.payload].status;
                c->reason += u", "_s + m_lexicon.meetingCues[m.payload].phrase;
                return;
            }
        }
        uncovered = 0;
        for (int t = c->cueFirst - 1; t >= sentence.first && uncovered < 4; --t) {
            if (m_covered[t])
                continue;
            ++uncovered;
            if (const PhraseTable::Match m = m_lexicon.modifierCues.longestAt(m_text, t, sentence.end)) {
                c->status = m_lexicon.meetingCues[m.payload].status;
                c->reason += u", "_s + m_lexicon.meetingCues[m.payload].phrase;
                return;
            }
        }
    }

    // A visit links the host: people there without a side get it; with nobody named, the state itself.
    void linkHost(Candidate* c)
    {
        if (c->kind != u"visit" || c->hostState < 0)
            return;
        const QString host = m_lexicon.sideLabel(c->hostState);
        bool hostPerson = false;
        for (int k = 1; k < c->participants.size(); ++k) {
            const int a = c->participants[k];
            if (!isPerson(a))
                continue;
            hostPerson = true;
            if (actor(a).side.isEmpty() && !m_registry.known[a])
                m_registry.actors[a].side = host;
        }
        if (!hostPerson) {
            c->hostActor = m_registry.stateActor(c->hostState);
            addParticipant(c, c->hostActor);
        }
    }

    void keepPeople(Candidate* c) const
    {
        const bool anyPerson = std::any_of(c->participants.cbegin(), c->participants.cend(),
            [this](int a) { return isPerson(a); });
        if (anyPerson) {
            c->participants.removeIf([this](int a) { return !isPerson(a); });
        }
    }

    bool strongCandidate(int s, Candidate* c)
    {
        const Sentence& sentence = m_text.sentences[s];
        for (int t = sentence.first; t < sentence.end; ++t) {
            if (m_covered[t])
                continue;
            int cueEnd = -1;
            const MeetingCue* cue = nullptr;
            const MeetingCue* statusCue = nullptr;
            if (const PhraseTable::Match aux = m_lexicon.auxCues.longestAt(m_text, t, sentence.end)) {
                if (const PhraseTable::Match base = m_lexicon.baseCues.longestAt(m_text, t + aux.length, sentence.end)) {
                    cue = &m_lexicon.meetingCues[base.payload];
                    statusCue = &m_lexicon.meetingCues[aux.payload];
                    cueEnd = t + aux.length + base.length;
                }
            }
            if (!cue) {
                if (const PhraseTable::Match verb = m_lexicon.verbCues.longestAt(m_text, t, sentence.end)) {
                    cue = statusCue = &m_lexicon.meetingCues[verb.payload];
                    cueEnd = t + verb.length;
                }
            }
            if (!cue)
                continue;
            c->sentence = s;
            c->strong = true;
            c->cueFirst = t;
            c->kind = cue->kind;
            c->status = statusCue->status;
            c->reason = u"cue '"_s + m_text.textOf(t, cueEnd).toString() + u"' \u2192 "_s + toString(c->status);
            c->cueEnd = cue->takesTarget ? target(sentence, cueEnd, c) : cueEnd;
            QList<int> subject = subjectBefore(sentence, t);
            if (subject.isEmpty() && t > sentence.first && pronouns().contains(token(t - 1).lower) && m_lastPerson >= 0)
                subject.append(m_lastPerson);
            for (int a : subject)
                addParticipant(c, a);
            for (int a : objectsAfter(sentence, c->cueEnd))
                addParticipant(c, a);
            keepPeople(c);
            if (c->participants.isEmpty())
                return false;
            linkHost(c);
            // Someone meets someone, or goes somewhere: "the Small Group regularly meets" is no meeting.
            if (c->participants.size() < 2 && (!isPerson(c->participants.first()) || c->place.isEmpty()))
                return false;
            // "During his visit, Blinken met ...": the meeting is part of a visit already told.
            for (int n = sentence.first; n < t; ++n) {
                const PhraseTable::Match noun = m_lexicon.nounCues.longestAt(m_text, n, t);
                if (noun && m_lexicon.meetingCues[noun.payload].kind == u"visit" && n > sentence.first
                    && possessivePronouns().contains(token(n - 1).lower))
                    c->followsVisit = true;
            }
            datesAndPlace(s, c);
            applyModifiers(sentence, c);
            c->confidence = 0.8;
            if (isPerson(c->participants.first()))
                m_lastPerson = c->participants.first();
            return true;
        }
        return false;
    }

    bool weakCandidate(int s, Candidate* c)
    {
        const Sentence& sentence = m_text.sentences[s];
        for (int t = sentence.first; t < sentence.end; ++t) {
            if (m_covered[t])
                continue;
            const PhraseTable::Match noun = m_lexicon.nounCues.longestAt(m_text, t, sentence.end);
            if (!noun)
                continue;
            const MeetingCue& cue = m_lexicon.meetingCues[noun.payload];
            Candidate candidate;
            candidate.sentence = s;
            candidate.cueFirst = t;
            candidate.kind = cue.kind;
            int after = t + noun.length;
            if (cue.takesTarget && after < sentence.end && token(after).is(u"to"))
                after = target(sentence, after + 1, &candidate);
            candidate.cueEnd = after;
            // Whose: "Blinken's recent visit", "Post-Blinken Visit", "Clarke postponed her visit".
            const QList<int> before = mentionsIn(sentence.first, t);
            if (!before.isEmpty()) {
                const ActorMention& m = m_actors[before.constLast()];
                bool possessive = m.coverEnd == t;
                bool onlyLowerWords = t - m.coverEnd <= 3;
                for (int k = m.coverEnd; k < t && onlyLowerWords; ++k) {
                    onlyLowerWords = token(k).kind == Token::Word && (!token(k).capitalized || k == m.coverEnd);
                    possessive = possessive || token(k).is(u"'s") || possessivePronouns().contains(token(k).lower);
                }
                if (possessive && onlyLowerWords)
                    addParticipant(&candidate, m.actor);
            }
            // With whom: "the meeting between X and Y", "talks with X"; "a visit by X" names only X.
            if (after < sentence.end && (token(after).is(u"between") || token(after).is(u"with"))) {
                for (int a : objectsAfter(sentence, after + 1))
                    addParticipant(&candidate, a);
            } else if (after + 1 < sentence.end && (token(after).is(u"by") || token(after).is(u"of"))
                && m_mentionAt[after + 1] >= 0) {
                addParticipant(&candidate, m_actors[m_mentionAt[after + 1]].actor);
            }
            keepPeople(&candidate);
            const bool anyPerson = std::any_of(candidate.participants.cbegin(), candidate.participants.cend(),
                [this](int a) { return isPerson(a); });
            if (!anyPerson)
                continue;
            const Tense tense = tenseNear(m_text, t, after);
            const bool recent = t > sentence.first && (token(t - 1).is(u"recent") || token(t - 1).is(u"last"));
            candidate.status = recent || tense == Tense::Past ? MeetingStatus::Held : MeetingStatus::Planned;
            candidate.reason = u"meeting word '"_s + m_text.textOf(t, t + noun.length).toString() + u"' \u2192 "_s
                + toString(candidate.status);
            linkHost(&candidate);
            datesAndPlace(s, &candidate);
            applyModifiers(sentence, &candidate);
            candidate.confidence = 0.55;
            *c = std::move(candidate);
            return true;
        }
        return false;
    }

    QList<int> people(const QList<int>& participants) const
    {
        QList<int> result;
        for (int a : participants) {
            if (isPerson(a))
                result.append(a);
        }
        return result;
    }

    static bool containsAll(const QList<int>& all, const QList<int>& some)
    {
        return !some.isEmpty()
            && std::all_of(some.cbegin(), some.cend(), [&](int a) { return all.contains(a); });
    }

    void merge(Candidate& into, const Candidate& from, bool takeFacts)
    {
        for (int a : from.participants) {
            if (a != from.hostActor || into.hostActor == a || into.participants.size() <= 1)
                addParticipant(&into, a);
        }
        if (into.hostActor >= 0 && people(into.participants).size() > 1) {
            into.participants.removeAll(into.hostActor); // the host is there in person
            into.hostActor = -1;
        }
        if (takeFacts) {
            into.status = from.status;
            into.strong = true;
            into.reason = from.reason;
            into.confidence = from.confidence;
        }
        if (from.start.isValid() && (!into.start.isValid() || (into.vagueDate && !from.vagueDate))) {
            into.start = from.start;
            into.end = from.end;
            into.vagueDate = from.vagueDate;
        }
        if (into.place.isEmpty() || (m_lexicon.stateIndex(into.place) >= 0 && !from.place.isEmpty()))
            into.place = from.place.isEmpty() ? into.place : from.place;
        if (into.hostState < 0)
            into.hostState = from.hostState;
    }

    // Joins a sentence's report to the meeting it speaks of, or makes it a new meeting.
    void join(Candidate c)
    {
        const QList<int> persons = people(c.participants);
        const int window = 40; // meetings far back in a long text are other meetings
        for (int k = int(m_meetings.size()) - 1; k >= 0 && k >= int(m_meetings.size()) - window; --k) {
            Candidate& m = m_meetings[k];
            const QList<int> mPersons = people(m.participants);
            bool joins = false;
            bool takeFacts = false;
            if (c.strong && c.followsVisit && m.kind == u"visit") {
                joins = std::any_of(persons.cbegin(), persons.cend(), [&](int a) { return mPersons.contains(a); });
                takeFacts = joins && !m.strong;
                if (joins)
                    c.kind = m.kind;
            } else if (!c.strong && m.kind == c.kind && containsAll(mPersons, persons)) {
                joins = !c.start.isValid() || c.vagueDate || c.start == m.start;
            } else if (c.strong && !m.strong && m.kind == c.kind && containsAll(persons, mPersons)
                && (!m.start.isValid() || m.vagueDate)) {
                joins = takeFacts = true;
            }
            if (!joins)
                continue;
            if (takeFacts && !c.followsVisit)
                m.kind = c.kind;
            merge(m, c, takeFacts);
            m_mentionCues.append({ c.cueFirst, c.cueEnd, k, c.confidence, c.reason });
            m_sentences[k].append(c.sentence);
            return;
        }
        m_mentionCues.append({ c.cueFirst, c.cueEnd, int(m_meetings.size()), c.confidence, c.reason });
        m_sentences.append(QList<int> { c.sentence });
        m_meetings.append(std::move(c));
    }

    QString title(const Candidate& c) const
    {
        const QString first = actor(c.participants.first()).name;
        if (c.kind == u"visit" && !c.place.isEmpty())
            return first + u"\u2019s visit to "_s + c.place;
        QStringList names;
        for (int a : c.participants.mid(0, 3))
            names.append(actor(a).name);
        return names.join(u'\u2013') + u' ' + c.kind;
    }

    MeetingFindings build()
    {
        MeetingFindings findings;
        QList<int> indexOf(m_meetings.size(), -1);
        for (int k = 0; k < m_meetings.size(); ++k) {
            const Candidate& c = m_meetings[k];
            Meeting meeting;
            meeting.start = c.start;
            meeting.end = c.end;
            if (!meeting.start.isValid()) {
                if (!m_articleDate.isValid())
                    continue; // a meeting needs a date
                meeting.start = meeting.end = { m_articleDate, DatePrecision::Approximate };
            }
            const Actor& first = actor(c.participants.first());
            const QString second = c.kind == u"visit" && !c.place.isEmpty() ? slug(c.place)
                : c.participants.size() > 1                                  ? actor(c.participants[1]).id
                                                                             : QString();
            meeting.id = m_registry.ids.unique(first.id + (second.isEmpty() ? QString() : u'-' + second) + u'-' + c.kind);
            for (int a : c.participants)
                meeting.participants.append(actor(a).id);
            meeting.place = c.place;
            meeting.status = c.status;
            meeting.kind = c.kind;
            meeting.title = title(c);
            indexOf[k] = int(findings.meetings.size());
            findings.meetings.append(meeting);
            findings.sentences.append(m_sentences[k]);
        }
        for (const MeetingMention& mention : std::as_const(m_mentionCues)) {
            if (indexOf[mention.meeting] >= 0)
                findings.mentions.append({ mention.first, mention.end, indexOf[mention.meeting], mention.confidence,
                    mention.reason });
        }
        return findings;
    }

    const TokenizedText& m_text;
    const Lexicon& m_lexicon;
    const QList<ActorMention>& m_actors;
    ActorRegistry& m_registry;
    QDate m_articleDate;
    QList<int> m_mentionAt; // token -> index of the actor mention starting there
    QList<bool> m_covered;
    QList<QList<const DateExpression*>> m_datesBySentence;
    QList<Candidate> m_meetings;
    QList<QList<int>> m_sentences;
    QList<MeetingMention> m_mentionCues;
    int m_lastPerson = -1;
};

} // namespace

MeetingFindings findMeetings(const TokenizedText& text, const QList<ActorMention>& actors,
    const QList<DateExpression>& dates, ActorRegistry& registry, QDate articleDate)
{
    return Finder(text, actors, dates, registry, articleDate).run();
}

} // namespace Entente::Suggest
