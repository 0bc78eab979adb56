// What a briefing of a period holds: its meetings and status changes in date order, the articles
// they come from, and the documents its calendar, network and issue chart are drawn from.
#pragma once

#include "exchangefilter.h"

namespace Entente::Exchange {

struct BriefingData
{
    Filter filter;
    QList<int> meetings; // indexes into the corpus's meetings, by first day
    QList<StatusRef> statuses; // by date
    QStringList articles; // files of the articles the meetings and changes come from, in corpus order
    QDate firstDay; // of the period's meetings and changes, invalid when there are none
    QDate lastDay;

    static BriefingData build(const Corpus& corpus, const Filter& filter);

    // Copies of the documents with only what the briefing's views show: the period's meetings, and
    // of the issues it touches their status history up to its end (so that the chart shows the
    // status the period started with). The words and actors stay.
    QList<Document> viewDocuments(const Corpus& corpus) const;
};

} // namespace Entente::Exchange
