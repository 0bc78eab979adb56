// The series and axes of an issue status chart, in any QChart: the one on screen and the private one
// an export paints, so both are drawn the same way. Series are created once and then reused with
// replace(): a re-parse costs one replace() per period, never the removal of thousands of series.
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

class IssueChartContent
{
    Q_DECLARE_TR_FUNCTIONS(Entente::IssueStatusChart)

public:
    struct Period
    {
        QLineSeries* series = nullptr;
        IssueSeriesRef ref;
    };

    IssueChartContent() = default;
    // Adds the axes, the legend entries and the status change points to an empty chart.
    explicit IssueChartContent(QChart* chart);

    // Title, fonts, date format and colours after ChartStyle::apply() (which resets colours).
    void style(const QFont& base, const QLocale& locale);
    // Draws timeline: ranges, labels, one line per period and one point per change.
    void show(const IssueTimeline& timeline);
    // Dims every issue but issueId (none when it is empty).
    void emphasise(const QString& issueId);
    // Line widths, date ticks and issue labels for the plot area's and the chart's size.
    void fit(const QRectF& plotArea, qreal chartWidth);

    const QList<Period>& periods() const { return m_periods; } // the lines in use
    const QList<QLineSeries*>& lines() const { return m_lines; } // every period line, used or empty
    QScatterSeries* events() const { return m_events; }
    const QList<IssueSeriesRef>& eventRefs() const { return m_eventRefs; } // by point index of events
    // The status change a line or point of this content draws; invalid for anything else.
    IssueSeriesRef refFor(const QAbstractSeries* series) const;
    IssueSeriesRef eventAt(const QPointF& point) const;

private:
    struct Row
    {
        QString issueId;
        QString title;
    };

    QLineSeries* line(qsizetype index);
    void setIssueLabels(qreal labelWidth);
    void measureDateLabels();

    QChart* m_chart = nullptr;
    QDateTimeAxis* m_dateAxis = nullptr;
    QCategoryAxis* m_issueAxis = nullptr;
    QList<QLineSeries*> m_legend; // one empty series per IssueStatus, in enum order
    QScatterSeries* m_events = nullptr;
    QList<QLineSeries*> m_lines;
    QList<Period> m_periods;
    QList<IssueSeriesRef> m_eventRefs;
    QList<Row> m_rows; // top to bottom
    QString m_emphasised;
    QFont m_labelFont;
    QLocale m_locale;
    QDate m_start;
    QDate m_end;
    int m_intervals = 1;
    qreal m_dateLabelWidth = 0; // the widest date label, in pixels
    qreal m_issueLabelWidth = -1; // what the issue labels are elided to
    qreal m_lineWidth = 8;
};

} // namespace Entente
