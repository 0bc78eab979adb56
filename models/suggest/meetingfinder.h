// Meetings: who met whom, when, where, and whether it is planned, held, cancelled or failed. A
// sentence's meeting comes from a cue ("is scheduled to meet", "visited", "held talks with"), its
// participants from the actors before and after the cue, its date from the sentence's dates, its place
// from the visit's target or "in <City>". Later mentions ("Blinken's visit", "the meeting between
// Blinken and Wang Yi") join the meeting they speak of.
#pragma once

#include "actorfinder.h"
#include "datenormalizer.h"

namespace Entente::Suggest {

struct MeetingMention
{
    int first = 0; // tokens of the mark: the cue, with the place of a visit ("visited China")
    int end = 0;
    int meeting = -1; // index in MeetingFindings::meetings
    double confidence = 0;
    QString reason;
};

struct MeetingFindings
{
    QList<Meeting> meetings;
    QList<QList<int>> sentences; // per meeting: the sentences that speak of it
    QList<MeetingMention> mentions; // in text order
};

MeetingFindings findMeetings(const TokenizedText& text, const QList<ActorMention>& actors,
    const QList<DateExpression>& dates, ActorRegistry& registry, QDate articleDate);

} // namespace Entente::Suggest
