// Meetings: who met whom, when, where, and whether it is planned, held, cancelled or failed. A
// sentence may report several ("met X on Friday and later spoke by phone with Y") and a trip one per
// leg ("will travel to Turkey November 16-17 and to Lebanon November 18-19"). Each comes from a cue
// (designed from CAMEO's meeting phrasings: consult, telephone, visit, host, meet elsewhere, mediate,
// negotiate, intent to meet), its participants from the actors of its clause, its date from the date
// expressions of its clause (or of the next sentence when that one goes on about it), its place from
// the visit's target or "in <City>". Later mentions ("Blinken's visit", "the meeting between Blinken
// and Wang Yi") join the meeting they speak of.
#pragma once

#include "actorfinder.h"
#include "datenormalizer.h"
#include "meetingcandidate.h"

namespace Entente::Suggest {

struct MeetingMention
{
    int first = 0; // tokens of the mark: the cue, with the place of a visit ("visited China")
    int end = 0;
    int meeting = -1; // index in MeetingFinder::meetings()
    double confidence = 0;
    QString reason;
};

// Finds meetings block after block of one article; meetings of earlier blocks can be joined.
class MeetingFinder
{
public:
    MeetingFinder(ActorRegistry& registry, ActorFinder& actors, const Knowledge* knowledge, QDate articleDate);
    ~MeetingFinder();

    // The meeting marks of one block, in text order; sentenceMeetings gets, per sentence of the
    // block, the meeting it speaks of (-1: none).
    QList<MeetingMention> find(const TokenizedText& text, const QList<ActorMention>& actors,
        const QList<DateExpression>& dates, QList<int>* sentenceMeetings);
    // Every meeting found so far, with its record (participants as actor ids).
    QList<Meeting> meetings() const;
    Meeting& meeting(int index) { return m_records[index]; }
    int meetingCount() const { return int(m_records.size()); }

private:
    friend class MeetingSentence;
    void join(MeetingCandidate candidate, QList<MeetingMention>* mentions, QList<int>* sentenceMeetings);
    void record(int index);

    ActorRegistry& m_registry;
    ActorFinder& m_actors;
    const Knowledge* m_knowledge;
    QDate m_articleDate;
    QList<MeetingCandidate> m_meetings;
    QList<Meeting> m_records; // parallel to m_meetings
    int m_lastPerson = -1;
};

} // namespace Entente::Suggest
