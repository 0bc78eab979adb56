// Whether two meetings of a corpus are likely one: the same participants (actors the finder takes for
// one count as one), dates that can be the same days (a planned "July 2023" and a held "13 July 2023"),
// and the same place where both name one. Two held meetings on different days, or in different
// places, are two meetings.
#pragma once

#include "corpus.h"

namespace Entente::Duplicates {

struct MeetingProfile
{
    int row = -1; // in Corpus::meetings
    QString id;
    QStringList participants; // canonical actor ids, sorted, each once
    QDate first; // first and last day the meeting may have been on (invalid without a date)
    QDate last;
    bool imprecise = false; // a week, a month or "around"
    QStringList place; // folded parts, empty when unknown
    QString placeText;
    MeetingStatus status = MeetingStatus::Planned;
    QString kind;
};

// canonical maps an actor id to the id of the group the finder put it in (itself when none);
// places keeps the folded places already seen (thousands of meetings share a few dozen places).
MeetingProfile meetingProfile(const Corpus& corpus, int row, const QHash<QString, QString>& canonical,
                              QHash<QString, QStringList>* places);

struct MeetingMatch
{
    double score = 0;
    bool different = false;
    int shared = 0; // participants in common
    bool sameDays = false; // the date ranges overlap
    int daysApart = 0; // between the ranges when they do not overlap
    bool samePlace = false;
};

// Days by which a planned meeting may have moved and still be the one later reported.
inline constexpr int plannedSlackDays = 14;

// What a proposal shows of a meeting (its title, or participants and date) and the articles that
// report it; only proposals need them, so profiles do not hold them.
QString meetingLabel(const Corpus& corpus, int row);
QList<int> meetingDocuments(const Corpus& corpus, int row);

MeetingMatch compareMeetings(const MeetingProfile& a, const MeetingProfile& b);
QString describe(const MeetingMatch& match, const MeetingProfile& a, const MeetingProfile& b,
                 const Corpus& corpus);

} // namespace Entente::Duplicates
