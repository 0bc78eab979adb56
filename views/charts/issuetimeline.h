// The data behind the issue status chart, computed from the corpus without any widget: one row per
// issue, one segment per dated status change, and a date range that ends in whole weeks so the date
// axis ticks fall on Mondays.
#pragma once

#include "corpus.h"

#include <QDate>

namespace Entente {

struct IssueTimeline
{
    struct Row
    {
        QString issueId;
        QString title;
    };

    // A status period: from the change's date to the next change (or the end of the range). The
    // start is uncertain in [from, certainFrom) when the date is a week, a month or approximate.
    struct Segment
    {
        int row = 0; // index in rows
        int changeIndex = 0; // index in the issue's history
        IssueStatus status = IssueStatus::Open;
        QDate from;
        QDate certainFrom;
        QDate to; // exclusive
    };

    QList<Row> rows; // in corpus order, drawn top to bottom
    QList<Segment> segments; // grouped by row, in date order within a row
    QList<IssueStatus> statuses; // the statuses the segments use, in enum order
    QDate start; // a Monday
    QDate end; // start plus whole weeks, a week or more after the latest date of the corpus
    int intervals = 1; // equal whole-week steps between start and end, for the axis ticks

    // Days after an approximate date ("~2023-05-15") during which its period counts as uncertain.
    static constexpr int approximateDays = 7;
    // Margin before the first change and after the latest date of the corpus.
    static constexpr int marginDays = 7;
    static constexpr int maximumIntervals = 8;

    static IssueTimeline build(const Corpus& corpus, const QDate& fallbackToday = QDate::currentDate());
};

// Largest divisor of intervals that is at most limit (at least 1): the tick steps that still fall
// on the same Mondays when the chart is too narrow for every label.
int fittingIntervals(int intervals, int limit);

} // namespace Entente
