#include "meetingmatch.h"

#include "namenormaliser.h"

#include <QCoreApplication>
#include <algorithm>

namespace Entente::Duplicates {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Duplicates)
};

bool isSubset(const QStringList& small, const QStringList& large)
{
    return std::all_of(small.begin(), small.end(), [&](const QString& part) { return large.contains(part); });
}

QString dateText(const MeetingProfile& meeting, const Corpus& corpus)
{
    const Meeting& record = corpus.meetings.at(meeting.row);
    if (!record.start.isValid())
        return Text::tr("no date");
    return record.end.isValid() && record.end != record.start
        ? record.start.toString() + u".." + record.end.toString()
        : record.start.toString();
}

QString statusText(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return Text::tr("planned");
    case MeetingStatus::Held:
        return Text::tr("held");
    case MeetingStatus::Cancelled:
        return Text::tr("cancelled");
    case MeetingStatus::Failed:
        return Text::tr("failed");
    }
    return {};
}

} // namespace

MeetingProfile meetingProfile(const Corpus& corpus, int row, const QHash<QString, QString>& canonical,
                              QHash<QString, QStringList>* places)
{
    const Meeting& meeting = corpus.meetings.at(row);
    MeetingProfile profile;
    profile.row = row;
    profile.id = meeting.id;
    for (const QString& id : meeting.participants) {
        const QString group = canonical.value(id, id);
        if (!profile.participants.contains(group))
            profile.participants.append(group);
    }
    profile.participants.sort();
    if (meeting.start.isValid()) {
        profile.first = meeting.start.first();
        profile.last = (meeting.end.isValid() ? meeting.end : meeting.start).last();
        profile.imprecise = meeting.start.precision != DatePrecision::Day
            || (meeting.end.isValid() && meeting.end.precision != DatePrecision::Day);
    }
    profile.placeText = meeting.place.trimmed();
    auto place = places->find(meeting.place);
    if (place == places->end())
        place = places->insert(meeting.place, Names::fold(meeting.place).split(u' ', Qt::SkipEmptyParts));
    profile.place = place.value();
    profile.status = meeting.status;
    profile.kind = meeting.kind.trimmed().toCaseFolded();
    return profile;
}

QString meetingLabel(const Corpus& corpus, int row)
{
    const Meeting& meeting = corpus.meetings.at(row);
    if (!meeting.title.isEmpty())
        return meeting.title;
    QStringList names;
    for (const QString& id : meeting.participants)
        names.append(corpus.actorName(id));
    return names.join(QStringLiteral(", ")) + QStringLiteral(" · ")
        + (meeting.start.isValid() ? meeting.start.toString() : Text::tr("no date"));
}

QList<int> meetingDocuments(const Corpus& corpus, int row)
{
    QList<int> documents;
    for (const Corpus::Source& source : corpus.meetingSources(corpus.meetings.at(row).id)) {
        if (documents.isEmpty() || documents.constLast() != source.document)
            documents.append(source.document);
    }
    return documents;
}

MeetingMatch compareMeetings(const MeetingProfile& a, const MeetingProfile& b)
{
    MeetingMatch match;
    for (const QString& id : a.participants)
        match.shared += b.participants.contains(id) ? 1 : 0;
    const int smaller = int(std::min(a.participants.size(), b.participants.size()));
    // Two people in common, or the one participant a one-actor meeting has.
    if (match.shared < std::min(2, smaller) || match.shared == 0)
        return match;

    double dateScore = 0.5; // a meeting without a date could be any
    if (a.first.isValid() && b.first.isValid()) {
        match.sameDays = a.first <= b.last && b.first <= a.last;
        if (match.sameDays) {
            dateScore = a.imprecise || b.imprecise || a.first != b.first || a.last != b.last ? 0.9 : 1.0;
        } else {
            match.daysApart = int(a.last < b.first ? a.last.daysTo(b.first) : b.last.daysTo(a.first));
            // Plans move; two meetings held on different days are two meetings.
            const bool planned = a.status == MeetingStatus::Planned || b.status == MeetingStatus::Planned;
            if (!planned || match.daysApart > plannedSlackDays) {
                match.different = true;
                return match;
            }
            dateScore = 0.6 - 0.03 * match.daysApart;
        }
    }
    double placeScore = 0.5;
    if (!a.place.isEmpty() && !b.place.isEmpty()) {
        match.samePlace = isSubset(a.place, b.place) || isSubset(b.place, a.place);
        if (!match.samePlace) {
            match.different = true;
            return match;
        }
        placeScore = 1.0;
    }
    const int all = int(a.participants.size() + b.participants.size()) - match.shared;
    double score = 0.4 * match.shared / all + 0.4 * dateScore + 0.2 * placeScore;
    if (!a.kind.isEmpty() && !b.kind.isEmpty() && a.kind != b.kind)
        score *= 0.85; // a call is not a visit
    const auto happened = [](MeetingStatus s) {
        return s == MeetingStatus::Held;
    };
    const auto didNot = [](MeetingStatus s) {
        return s == MeetingStatus::Cancelled || s == MeetingStatus::Failed;
    };
    if ((happened(a.status) && didNot(b.status)) || (didNot(a.status) && happened(b.status)))
        score *= 0.8;
    match.score = std::min(1.0, score);
    return match;
}

QString describe(const MeetingMatch& match, const MeetingProfile& a, const MeetingProfile& b,
                 const Corpus& corpus)
{
    QStringList names;
    for (const QString& id : a.participants) {
        if (b.participants.contains(id))
            names.append(corpus.actorName(id));
    }
    QStringList parts;
    parts.append(Text::tr("%n participant(s) in common (%1)", nullptr, match.shared)
                     .arg(names.join(QStringLiteral(", "))));
    const QString da = dateText(a, corpus);
    const QString db = dateText(b, corpus);
    if (!a.first.isValid() || !b.first.isValid())
        parts.append(Text::tr("dates %1 and %2").arg(da, db));
    else if (match.sameDays)
        parts.append(da == db ? Text::tr("the same date, %1").arg(da)
                              : Text::tr("dates %1 and %2 overlap").arg(da, db));
    else
        parts.append(Text::tr("dates %1 and %2, %n day(s) apart", nullptr, match.daysApart).arg(da, db));
    if (match.samePlace)
        parts.append(
            Text::tr("in %1").arg(a.placeText.size() >= b.placeText.size() ? a.placeText : b.placeText));
    if (a.status != b.status)
        parts.append(Text::tr("one %1, the other %2").arg(statusText(a.status), statusText(b.status)));
    return parts.join(QStringLiteral("; "));
}

} // namespace Entente::Duplicates
