// The data behind the meetings chart, computed from the corpus without any widget: meetings per bin
// (week, month, quarter, year, decade or century: the finest that gives at most maximumBins over the
// span), split by status, empty bins included so the time axis stays honest. One pass over the
// meetings; never more than a few hundred bins, whatever the dates (year 1 and year 9999 included).
#pragma once

#include "corpus.h"

#include <QDate>
#include <QLocale>

namespace Entente {

struct MeetingCounts
{
    enum class Bin { Week, Month, Quarter, Year, Decade, Century };

    Bin bin = Bin::Month;
    QList<QDate> binStarts; // first day of each bin (a Monday for weeks), consecutive
    QDate end; // the day after the last bin
    QList<MeetingStatus> statuses; // the statuses used, in enum order
    // meetingIds[status][bin]: ids of the meetings of statuses[status] starting in that bin, in date
    // order (corpus order for the same day).
    QList<QList<QStringList>> meetingIds;
    int maximumTotal = 0; // the most meetings of one bin, all statuses together

    // The finest bin with at most this many bins over the span is chosen.
    static constexpr int maximumBins = 60;

    // Meetings starting in [from, to] (both included); invalid dates: from the first meeting, to the last.
    static MeetingCounts count(const Corpus& corpus, const QDate& from = {}, const QDate& to = {});
    // The bin for a span of days.
    static Bin binFor(const QDate& first, const QDate& last);
    static QDate binStart(const QDate& date, Bin bin);
    static QDate nextBin(const QDate& start, Bin bin);

    int countAt(int statusIndex, int binIndex) const;
    int totalAt(int binIndex) const;
    // The first meeting of a status in a bin, or an empty id.
    QString firstMeeting(int statusIndex, int binIndex) const;
    // Whether other counts have the same bins and statuses (so bars can be updated in place).
    bool sameShape(const MeetingCounts& other) const;
};

} // namespace Entente
