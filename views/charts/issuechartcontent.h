// The series and axes of an issue status chart, built into any QChart: the one on screen and the
// private one an export paints. Kept apart from the widget so both are built the same way.
#pragma once

#include "issuetimeline.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

class QAbstractSeries;
class QCategoryAxis;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QRectF;
class QScatterSeries;

namespace Entente {

// What one point or line of the chart stands for: a status change of an issue.
struct IssueSeriesRef
{
    QString issueId;
    int changeIndex = -1; // in the issue's history
    IssueStatus status = IssueStatus::Open;
    bool leadIn = false; // the uncertain start of the period, drawn lighter
    bool isValid() const { return changeIndex >= 0; }
};

struct IssueChartContent
{
    Q_DECLARE_TR_FUNCTIONS(Entente::IssueStatusChart)

public:
    struct Period
    {
        QLineSeries* series = nullptr;
        IssueSeriesRef ref;
    };
    QList<Period> periods; // every status period line
    QList<QLineSeries*> legendSeries; // empty series, one per status used: the legend entries
    QScatterSeries* events = nullptr; // one point per status change
    QList<IssueSeriesRef> eventRefs; // by point index of events
    QDateTimeAxis* dateAxis = nullptr;
    QCategoryAxis* issueAxis = nullptr;
    int intervals = 1;
    qreal dateLabelWidth = 0; // the widest date label, in pixels
    struct Row
    {
        QString issueId;
        QString title;
    };
    QList<Row> rows; // top to bottom
    QFont labelFont;
    qreal issueLabelWidth = -1; // what the issue labels are elided to

    // The status change a series of this content draws; invalid for other series.
    IssueSeriesRef refFor(const QAbstractSeries* series) const;

    // Adds the title, axes, legend and series of timeline to an empty chart.
    static IssueChartContent build(QChart* chart, const IssueTimeline& timeline, const QFont& base,
                                   const QLocale& locale);
    // Dims every issue but issueId (none when it is empty).
    void emphasise(const QString& issueId) const;
    // Line widths, date ticks and issue labels for the plot area's and the chart's size.
    void fit(const QRectF& plotArea, qreal chartWidth);
    // Issue titles elided to labelWidth pixels on the issue axis.
    void setIssueLabels(qreal labelWidth);
};

} // namespace Entente
