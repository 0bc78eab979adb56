#include "briefingdata.h"

#include <QSet>
#include <algorithm>

namespace Entente::Exchange {

BriefingData BriefingData::build(const Corpus& corpus, const Filter& filter)
{
    BriefingData data;
    data.filter = filter;
    const Selection selection = Selection::of(corpus, filter);
    data.meetings = selection.meetings;
    std::stable_sort(data.meetings.begin(), data.meetings.end(), [&corpus](int a, int b) {
        return corpus.meetings.at(a).start.first() < corpus.meetings.at(b).start.first();
    });
    const auto changeOf = [&corpus](const StatusRef& ref) -> const StatusChange& {
        return corpus.issues.at(ref.issue).history.at(ref.change);
    };
    // Status changes belong to the briefing when their day falls in the period; without dates, all.
    data.statuses = selection.statuses;
    std::stable_sort(data.statuses.begin(), data.statuses.end(), [&](const StatusRef& a, const StatusRef& b) {
        return changeOf(a).date.first() < changeOf(b).date.first();
    });

    QSet<QString> files;
    const auto extend = [&data](const QDate& first, const QDate& last) {
        if (first.isValid() && (!data.firstDay.isValid() || first < data.firstDay))
            data.firstDay = first;
        if (last.isValid() && (!data.lastDay.isValid() || last > data.lastDay))
            data.lastDay = last;
    };
    for (int index : std::as_const(data.meetings)) {
        const Meeting& meeting = corpus.meetings.at(index);
        files.insert(meeting.origin.file);
        extend(meeting.start.first(), meeting.end.isValid() ? meeting.end.last() : meeting.start.last());
    }
    for (const StatusRef& ref : std::as_const(data.statuses)) {
        files.insert(changeOf(ref).origin.file);
        extend(changeOf(ref).date.first(), changeOf(ref).date.last());
    }
    for (const Document& doc : corpus.documents) {
        if (files.contains(doc.fileName))
            data.articles.append(doc.fileName);
    }
    return data;
}

QList<Document> BriefingData::viewDocuments(const Corpus& corpus) const
{
    QSet<QString> meetingIds, issueIds;
    for (int index : meetings) {
        meetingIds.insert(corpus.meetings.at(index).id);
        for (const QString& issue : corpus.meetings.at(index).issues)
            issueIds.insert(issue);
    }
    for (const StatusRef& ref : statuses)
        issueIds.insert(corpus.issues.at(ref.issue).id);
    QList<Document> documents;
    for (Document doc : corpus.documents) {
        doc.meetings.removeIf([&](const Meeting& m) { return !meetingIds.contains(m.id); });
        doc.issues.removeIf([&](const Issue& i) { return !issueIds.contains(i.id); });
        // Only the histories that lose a change are copied: a period up to now copies none.
        const auto after = [this](const StatusChange& c) {
            return filter.to.isValid() && c.date.first().isValid() && c.date.first() > filter.to;
        };
        for (qsizetype i = 0; i < doc.issues.size(); ++i) {
            if (std::any_of(doc.issues.at(i).history.cbegin(), doc.issues.at(i).history.cend(), after))
                doc.issues[i].history.removeIf(after);
        }
        documents.append(std::move(doc));
    }
    return documents;
}

} // namespace Entente::Exchange
