// The data behind the issue status chart, computed from the corpus without any widget: one row per
// issue, one segment per dated status change, and the days from a week before the first change to a
// week after the latest date of the corpus.
#pragma once

#include "corpus.h"
#include "rangepainter.h"

#include <QDate>

namespace Entente {

struct IssueTimeline
{
    struct Row
    {
        QString issueId;
        QString title;
        int firstSegment = 0; // the row's segments are [firstSegment, firstSegment + segmentCount)
        int segmentCount = 0;
    };

    // A status period: from the change's date to the next change (or the end of the range). Its start
    // is uncertain in [from, certainFrom) when the date is approximate or means several days. A
    // resolved issue's bar ends at its resolution: that period is only its uncertain start, if any.
    struct Segment
    {
        int row = 0; // index in rows
        int changeIndex = 0; // index in the issue's history
        IssueStatus status = IssueStatus::Open;
        QDate from;
        QDate certainFrom;
        QDate to; // exclusive
        RangePainter::Certainty leadIn = RangePainter::Certainty::Exact; // how [from, certainFrom) is drawn
    };

    QList<Row> rows; // in corpus order, drawn top to bottom
    QList<Segment> segments; // grouped by row, in date order within a row: from and to never decrease
    QList<IssueStatus> statuses; // the statuses the segments use, in enum order
    QDate start; // a week before the first change
    QDate end; // a week after the latest date of the corpus (exclusive)

    // Days after an approximate date ("~2023-05-15") during which its period counts as uncertain.
    static constexpr int approximateDays = 7;
    // Margin before the first change and after the latest date of the corpus.
    static constexpr int marginDays = 7;

    static IssueTimeline build(const Corpus& corpus, const QDate& fallbackToday = QDate::currentDate());
    // Index in segments of the first segment of row that ends after day (or is a resolution on it);
    // firstSegment + segmentCount when there is none. Binary search: painting costs what is shown.
    int firstSegmentEndingAfter(int row, qint64 day) const;
    // Index of the last segment of row that starts on or before day, or -1.
    int lastSegmentStartingBy(int row, qint64 day) const;
};

} // namespace Entente
