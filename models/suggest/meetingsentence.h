// The meetings one sentence reports: its cues, the clause of each, the participants, place, date and
// status of each, one meeting per leg of a trip. See meetingfinder.h.
#pragma once

#include "meetingfinder.h"

namespace Entente::Suggest {

// "soon", "also", words in -ly: they may stand inside a cue ("will soon visit").
bool isAdverb(const Token& token);

// What the block knows about its tokens, shared by the sentences.
struct MeetingContext
{
    const TokenizedText& text;
    const QList<ActorMention>& actors;
    QList<int> mentionAt; // token -> index of the actor mention starting there, or -1
    QList<bool> covered; // tokens explained by an actor mention
    QList<QList<const DateExpression*>> datesBySentence;
};

class MeetingSentence
{
public:
    MeetingSentence(MeetingFinder& finder, const MeetingContext& context, int sentence);
    // The meetings of the sentence, strong ones (from verbs) first found, else the weak one (a
    // meeting word with its people).
    QList<MeetingCandidate> candidates();
    // A date of the sentence that continues the one before ("The meeting will take place on June 3"),
    // or null.
    const DateExpression* continuationDate() const;

private:
    struct Cue
    {
        int first = 0;
        int end = 0; // after the cue words (before a visit's target)
        const MeetingCue* cue = nullptr; // kind, flags
        const MeetingCue* statusCue = nullptr; // the auxiliary's status, or the verb's
        QString reason; // a learned cue's reason
        bool purpose = false; // "to meet": the status of the cue before it
    };

    const Token& token(int i) const { return m_context.text.tokens[i]; }
    const Actor& actor(int index) const { return m_finder.m_registry.actors[index]; }
    bool isPerson(int index) const { return actor(index).kind == ActorKind::Person; }

    QList<Cue> findCues() const;
    bool cueAt(int t, Cue* cue) const;
    bool build(const Cue& cue, int clauseFirst, int clauseEnd, const MeetingCandidate* previous,
        QList<MeetingCandidate>* out);
    bool weak(MeetingCandidate* candidate);

    QList<int> subjectBefore(int from, int cueFirst) const;
    QList<int> objectsAfter(int from, int end) const;
    int actorStartingAt(int t, int end) const; // after determiners and titles; -1 when none
    int target(int at, int end, MeetingCandidate* c) const;
    int nextLeg(int at, int end) const;
    void datesAndPlace(MeetingCandidate* c, int clauseFirst, int clauseEnd) const;
    void applyModifiers(MeetingCandidate* c, int clauseFirst, int clauseEnd) const;
    void linkHost(MeetingCandidate* c);
    void keepPeople(MeetingCandidate* c) const;
    bool enough(const MeetingCandidate& c) const;
    void addParticipant(MeetingCandidate* c, int actorIndex) const;

    MeetingFinder& m_finder;
    const MeetingContext& m_context;
    const Lexicon& m_lexicon;
    const Sentence& m_sentence;
    int m_index;
};

} // namespace Entente::Suggest
