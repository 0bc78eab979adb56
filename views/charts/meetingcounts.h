// The data behind the meetings chart, computed from the corpus without any widget: meetings per month
// (per ISO week for a corpus spanning less than ten weeks), split by status, empty bins included so
// the time axis stays honest.
#pragma once

#include "corpus.h"

#include <QDate>

namespace Entente {

struct MeetingCounts
{
    enum class Bin { Month, Week };

    Bin bin = Bin::Month;
    QList<QDate> binStarts; // first day of each month, or Monday of each week, consecutive
    QList<MeetingStatus> statuses; // the statuses used, in enum order
    // meetingIds[status][bin]: ids of the meetings of statuses[status] starting in that bin, in date
    // order (corpus order for the same day).
    QList<QList<QStringList>> meetingIds;
    int maximumTotal = 0; // the most meetings of one bin, all statuses together

    // Spans shorter than this are counted per week.
    static constexpr int weeklyBelowDays = 70;

    static MeetingCounts count(const Corpus& corpus);
    int countAt(int statusIndex, int binIndex) const;
    // The first meeting of a status in a bin, or an empty id.
    QString firstMeeting(int statusIndex, int binIndex) const;
};

} // namespace Entente
