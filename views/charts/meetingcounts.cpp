#include "meetingcounts.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Entente {

namespace {

constexpr std::array<MeetingCounts::Bin, 6> bins { MeetingCounts::Bin::Week, MeetingCounts::Bin::Month,
    MeetingCounts::Bin::Quarter, MeetingCounts::Bin::Year, MeetingCounts::Bin::Decade, MeetingCounts::Bin::Century };

// Years as a count from year 1 without a year 0 (QDate goes from -1 to 1).
int yearNumber(const QDate& date)
{
    return date.year() > 0 ? date.year() : date.year() + 1;
}

int floorDivide(int value, int divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

// The first day of a year number; dates of the format begin in year 1, so earlier bins begin there too.
QDate yearStart(int yearNumber)
{
    return QDate(std::max(1, yearNumber), 1, 1);
}

// Index of date's bin counted from the bin of first: arithmetic, no loop over the bins.
qint64 binIndex(const QDate& first, const QDate& date, MeetingCounts::Bin bin)
{
    switch (bin) {
    case MeetingCounts::Bin::Week:
        return first.daysTo(MeetingCounts::binStart(date, bin)) / 7;
    case MeetingCounts::Bin::Month:
        return qint64(yearNumber(date) - yearNumber(first)) * 12 + date.month() - first.month();
    case MeetingCounts::Bin::Quarter:
        return qint64(yearNumber(date) - yearNumber(first)) * 4 + (date.month() - 1) / 3 - (first.month() - 1) / 3;
    case MeetingCounts::Bin::Year:
        return yearNumber(date) - yearNumber(first);
    case MeetingCounts::Bin::Decade:
        return floorDivide(yearNumber(date), 10) - floorDivide(yearNumber(first), 10);
    case MeetingCounts::Bin::Century:
        break;
    }
    return floorDivide(yearNumber(date), 100) - floorDivide(yearNumber(first), 100);
}

} // namespace

QDate MeetingCounts::binStart(const QDate& date, Bin bin)
{
    switch (bin) {
    case Bin::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Bin::Month:
        return QDate(date.year(), date.month(), 1);
    case Bin::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case Bin::Year:
        return QDate(date.year(), 1, 1);
    case Bin::Decade:
        return yearStart(floorDivide(yearNumber(date), 10) * 10);
    case Bin::Century:
        break;
    }
    return yearStart(floorDivide(yearNumber(date), 100) * 100);
}

QDate MeetingCounts::nextBin(const QDate& start, Bin bin)
{
    switch (bin) {
    case Bin::Week:
        return start.addDays(7);
    case Bin::Month:
        return start.addMonths(1);
    case Bin::Quarter:
        return start.addMonths(3);
    case Bin::Year:
        return yearStart(yearNumber(start) + 1);
    case Bin::Decade:
        return yearStart((floorDivide(yearNumber(start), 10) + 1) * 10);
    case Bin::Century:
        break;
    }
    return yearStart((floorDivide(yearNumber(start), 100) + 1) * 100);
}

MeetingCounts::Bin MeetingCounts::binFor(const QDate& first, const QDate& last)
{
    for (Bin bin : bins) {
        if (binIndex(binStart(first, bin), last, bin) + 1 <= maximumBins)
            return bin;
    }
    return Bin::Century; // at most a hundred of them between years 1 and 9999
}

MeetingCounts MeetingCounts::count(const Corpus& corpus, const QDate& from, const QDate& to)
{
    MeetingCounts counts;
    // A meeting counts where it starts; meetings without a date cannot be placed.
    QDate first = from;
    QDate last = to;
    if (!first.isValid() || !last.isValid()) {
        QDate earliest;
        QDate latest;
        for (const Meeting& meeting : corpus.meetings) {
            if (!meeting.start.isValid())
                continue;
            const QDate day = meeting.start.first();
            earliest = !earliest.isValid() || day < earliest ? day : earliest;
            latest = !latest.isValid() || day > latest ? day : latest;
        }
        first = first.isValid() ? first : earliest;
        last = last.isValid() ? last : latest;
    }
    if (!first.isValid() || !last.isValid() || last < first)
        return counts;
    counts.bin = binFor(first, last);
    const QDate firstBin = binStart(first, counts.bin);
    const qsizetype binCount = binIndex(firstBin, last, counts.bin) + 1;
    counts.binStarts.reserve(binCount);
    for (QDate start = firstBin; counts.binStarts.size() < binCount; start = nextBin(start, counts.bin))
        counts.binStarts.append(start);
    counts.end = nextBin(counts.binStarts.constLast(), counts.bin);

    constexpr std::size_t statusCount = std::size_t(MeetingStatus::Failed) + 1;
    // Per status and bin: (day, corpus index) of its meetings, sorted afterwards within the bin.
    std::array<QList<QList<std::pair<qint64, int>>>, statusCount> byStatus;
    for (int index = 0; index < corpus.meetings.size(); ++index) {
        const Meeting& meeting = corpus.meetings.at(index);
        if (!meeting.start.isValid() || meeting.start.first() < first || meeting.start.first() > last)
            continue;
        auto& statusBins = byStatus[std::size_t(meeting.status)];
        if (statusBins.isEmpty())
            statusBins.resize(binCount);
        statusBins[binIndex(firstBin, meeting.start.first(), counts.bin)].append(
            { meeting.start.first().toJulianDay(), index });
    }
    for (std::size_t status = 0; status < statusCount; ++status) {
        if (byStatus[status].isEmpty())
            continue;
        counts.statuses.append(MeetingStatus(status));
        QList<QStringList>& ids = counts.meetingIds.emplace_back(binCount);
        for (qsizetype bin = 0; bin < binCount; ++bin) {
            auto& entries = byStatus[status][bin];
            std::sort(entries.begin(), entries.end());
            ids[bin].reserve(entries.size());
            for (const auto& entry : entries)
                ids[bin].append(corpus.meetings.at(entry.second).id);
        }
    }
    for (int bin = 0; bin < counts.binStarts.size(); ++bin)
        counts.maximumTotal = std::max(counts.maximumTotal, counts.totalAt(bin));
    return counts;
}

int MeetingCounts::countAt(int statusIndex, int binIndex) const
{
    if (statusIndex < 0 || statusIndex >= meetingIds.size() || binIndex < 0
        || binIndex >= meetingIds.at(statusIndex).size())
        return 0;
    return int(meetingIds.at(statusIndex).at(binIndex).size());
}

int MeetingCounts::totalAt(int binIndex) const
{
    int total = 0;
    for (int status = 0; status < statuses.size(); ++status)
        total += countAt(status, binIndex);
    return total;
}

QString MeetingCounts::firstMeeting(int statusIndex, int binIndex) const
{
    if (countAt(statusIndex, binIndex) == 0)
        return {};
    return meetingIds.at(statusIndex).at(binIndex).constFirst();
}

bool MeetingCounts::sameShape(const MeetingCounts& other) const
{
    return bin == other.bin && binStarts == other.binStarts && statuses == other.statuses;
}

} // namespace Entente
