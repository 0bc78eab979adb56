#include "meetingcounts.h"

#include <algorithm>
#include <array>

namespace Entente {

namespace {

QDate binStart(const QDate& date, MeetingCounts::Bin bin)
{
    if (bin == MeetingCounts::Bin::Week)
        return date.addDays(1 - date.dayOfWeek());
    return QDate(date.year(), date.month(), 1);
}

QDate nextBin(const QDate& start, MeetingCounts::Bin bin)
{
    return bin == MeetingCounts::Bin::Week ? start.addDays(7) : start.addMonths(1);
}

qsizetype binIndex(const QDate& firstBin, const QDate& date, MeetingCounts::Bin bin)
{
    if (bin == MeetingCounts::Bin::Week)
        return firstBin.daysTo(binStart(date, bin)) / 7;
    return qsizetype(date.year() - firstBin.year()) * 12 + date.month() - firstBin.month();
}

} // namespace

MeetingCounts MeetingCounts::count(const Corpus& corpus)
{
    MeetingCounts counts;
    // A meeting counts where it starts; meetings without a date cannot be placed.
    QList<int> dated;
    for (int i = 0; i < corpus.meetings.size(); ++i) {
        if (corpus.meetings.at(i).start.isValid())
            dated.append(i);
    }
    if (dated.isEmpty())
        return counts;
    std::stable_sort(dated.begin(), dated.end(), [&corpus](int a, int b) {
        return corpus.meetings.at(a).start.first() < corpus.meetings.at(b).start.first();
    });
    const QDate first = corpus.meetings.at(dated.constFirst()).start.first();
    const QDate last = corpus.meetings.at(dated.constLast()).start.first();
    counts.bin = first.daysTo(last) < weeklyBelowDays ? Bin::Week : Bin::Month;
    for (QDate start = binStart(first, counts.bin); start <= last; start = nextBin(start, counts.bin))
        counts.binStarts.append(start);

    constexpr std::size_t statusCount = std::size_t(MeetingStatus::Failed) + 1;
    std::array<QList<QStringList>, statusCount> byStatus;
    for (int index : dated) {
        const Meeting& meeting = corpus.meetings.at(index);
        QList<QStringList>& bins = byStatus[std::size_t(meeting.status)];
        if (bins.isEmpty())
            bins.resize(counts.binStarts.size());
        bins[binIndex(counts.binStarts.constFirst(), meeting.start.first(), counts.bin)].append(meeting.id);
    }
    for (std::size_t status = 0; status < statusCount; ++status) {
        if (byStatus[status].isEmpty())
            continue;
        counts.statuses.append(MeetingStatus(status));
        counts.meetingIds.append(byStatus[status]);
    }
    for (int bin = 0; bin < counts.binStarts.size(); ++bin) {
        int total = 0;
        for (int status = 0; status < counts.statuses.size(); ++status)
            total += counts.countAt(status, bin);
        counts.maximumTotal = std::max(counts.maximumTotal, total);
    }
    return counts;
}

int MeetingCounts::countAt(int statusIndex, int binIndex) const
{
    if (statusIndex < 0 || statusIndex >= meetingIds.size() || binIndex < 0
        || binIndex >= meetingIds.at(statusIndex).size())
        return 0;
    return int(meetingIds.at(statusIndex).at(binIndex).size());
}

QString MeetingCounts::firstMeeting(int statusIndex, int binIndex) const
{
    if (countAt(statusIndex, binIndex) == 0)
        return {};
    return meetingIds.at(statusIndex).at(binIndex).constFirst();
}

} // namespace Entente
