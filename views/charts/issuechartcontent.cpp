#include "issuechartcontent.h"

#include "chartstyle.h"
#include "labels.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>

namespace Entente {

namespace {

// Issue titles get this share of the chart's width (within bounds) before they are elided; the
// tool tips show them whole.
constexpr qreal labelWidthShare = 0.3;
constexpr qreal minimumLabelWidth = 100;
constexpr qreal maximumLabelWidth = 360;
// Alpha of the lighter lead-in and of the rows that are not emphasised.
constexpr int leadInAlpha = 110;
constexpr int dimmedAlpha = 55;
constexpr int dimmedLeadInAlpha = 30;
// Space between date labels, so that narrow charts show fewer ticks rather than overlapping ones.
constexpr qreal dateLabelGap = 24;

qreal msecs(const QDate& date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

// Category axis labels must be unique: two issues may share a title.
QString uniqueLabel(QCategoryAxis* axis, const QString& label, const QString& id)
{
    const QStringList existing = axis->categoriesLabels();
    if (!existing.contains(label))
        return label;
    QString unique = label + u" (" + id + u')';
    while (existing.contains(unique))
        unique.append(QChar(0x200B)); // zero-width space
    return unique;
}

QColor segmentColor(const IssueSeriesRef& ref, bool dimmed)
{
    QColor color = Labels::issueStatusColor(ref.status);
    if (ref.leadIn)
        color.setAlpha(dimmed ? dimmedLeadInAlpha : leadInAlpha);
    else if (dimmed)
        color.setAlpha(dimmedAlpha);
    return color;
}

QLineSeries* addLine(QChart* chart, const QList<QPointF>& points, const QColor& color, QDateTimeAxis* xAxis,
                     QCategoryAxis* yAxis)
{
    auto* series = new QLineSeries;
    QPen pen(color);
    pen.setCapStyle(Qt::FlatCap);
    series->setPen(pen);
    series->replace(points);
    chart->addSeries(series);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    return series;
}

} // namespace

IssueChartContent IssueChartContent::build(QChart* chart, const IssueTimeline& timeline, const QFont& base,
                                           const QLocale& locale)
{
    IssueChartContent content;
    content.intervals = timeline.intervals;
    chart->setTitle(tr("Status of open issues"));
    chart->setLocale(locale);

    content.dateAxis = new QDateTimeAxis;
    content.dateAxis->setTitleText(tr("Date"));
    content.dateAxis->setFormat(tr("d MMM yyyy", "QDateTimeAxis label format: 3 Jul 2023"));
    content.dateAxis->setRange(timeline.start.startOfDay(), timeline.end.startOfDay());
    content.dateAxis->setTickCount(timeline.intervals + 1);
    ChartStyle::styleAxis(content.dateAxis, base);
    const QFontMetricsF metrics(ChartStyle::labelFont(base));
    const qint64 stepDays = timeline.start.daysTo(timeline.end) / timeline.intervals;
    for (int tick = 0; tick <= timeline.intervals; ++tick) {
        const QString label = locale.toString(timeline.start.addDays(stepDays * tick), content.dateAxis->format());
        content.dateLabelWidth = std::max(content.dateLabelWidth, metrics.horizontalAdvance(label));
    }

    // One category per issue, the first issue on top; grid lines fall between the rows.
    content.issueAxis = new QCategoryAxis;
    content.issueAxis->setTitleText(tr("Issue"));
    content.issueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    content.issueAxis->setStartValue(-0.5);
    ChartStyle::styleAxis(content.issueAxis, base);
    content.labelFont = ChartStyle::labelFont(base);
    for (const IssueTimeline::Row& row : timeline.rows)
        content.rows.append({ row.issueId, row.title });
    content.setIssueLabels(minimumLabelWidth);
    chart->addAxis(content.dateAxis, Qt::AlignBottom);
    chart->addAxis(content.issueAxis, Qt::AlignLeft);

    // The legend names each status once, whatever the number of periods drawn in it.
    for (IssueStatus status : timeline.statuses) {
        QLineSeries* series = addLine(chart, {}, Labels::issueStatusColor(status), content.dateAxis,
                                      content.issueAxis);
        series->setName(Labels::issueStatus(status));
        content.legendSeries.append(series);
    }

    QList<QPointF> eventPoints;
    for (const IssueTimeline::Segment& segment : timeline.segments) {
        const qreal y = qreal(timeline.rows.size() - 1 - segment.row);
        const IssueSeriesRef ref { timeline.rows.at(segment.row).issueId, segment.changeIndex, segment.status, false };
        const auto addPeriod = [&](const QDate& from, const QDate& to, bool leadIn) {
            if (from >= to)
                return;
            IssueSeriesRef periodRef = ref;
            periodRef.leadIn = leadIn;
            QLineSeries* series = addLine(chart, { QPointF(msecs(from), y), QPointF(msecs(to), y) },
                                          segmentColor(periodRef, false), content.dateAxis, content.issueAxis);
            content.periods.append({ series, periodRef });
            for (QLegendMarker* marker : chart->legend()->markers(series))
                marker->setVisible(false);
        };
        addPeriod(segment.from, segment.certainFrom, true);
        addPeriod(segment.certainFrom, segment.to, false);
        eventPoints.append(QPointF(msecs(segment.from), y));
        content.eventRefs.append(ref);
    }

    // Each change is a dot in the colour of the status it starts, ringed in the background colour:
    // a short period such as a one-day escalation stays visible next to the following one.
    content.events = new QScatterSeries;
    content.events->setName(tr("Status changes"));
    content.events->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    content.events->setBorderColor(ChartStyle::backgroundColor(chart));
    content.events->replace(eventPoints);
    chart->addSeries(content.events);
    content.events->attachAxis(content.dateAxis);
    content.events->attachAxis(content.issueAxis);
    for (QLegendMarker* marker : chart->legend()->markers(content.events))
        marker->setVisible(false);
    return content;
}

void IssueChartContent::setIssueLabels(qreal labelWidth)
{
    if (!issueAxis || labelWidth == issueLabelWidth)
        return;
    issueLabelWidth = labelWidth;
    for (const QString& label : issueAxis->categoriesLabels())
        issueAxis->remove(label);
    // Categories run upwards from the start value: append the last issue first.
    const QFontMetricsF metrics(labelFont);
    issueAxis->setStartValue(-0.5);
    for (qsizetype row = rows.size() - 1; row >= 0; --row) {
        const QString label = metrics.elidedText(rows.at(row).title, Qt::ElideRight, labelWidth);
        issueAxis->append(uniqueLabel(issueAxis, label, rows.at(row).issueId), qreal(rows.size() - 1 - row) + 0.5);
    }
    issueAxis->setRange(-0.5, std::max<qreal>(0.5, qreal(rows.size()) - 0.5));
}

IssueSeriesRef IssueChartContent::refFor(const QAbstractSeries* series) const
{
    for (const Period& period : periods) {
        if (period.series == series)
            return period.ref;
    }
    return {};
}

void IssueChartContent::emphasise(const QString& issueId) const
{
    for (const Period& period : periods) {
        const bool dimmed = !issueId.isEmpty() && period.ref.issueId != issueId;
        QPen pen = period.series->pen();
        pen.setColor(segmentColor(period.ref, dimmed));
        period.series->setPen(pen);
    }
    if (!events)
        return;
    QHash<int, QHash<QXYSeries::PointConfiguration, QVariant>> configuration;
    for (int i = 0; i < eventRefs.size(); ++i) {
        const bool dimmed = !issueId.isEmpty() && eventRefs.at(i).issueId != issueId;
        configuration[i].insert(QXYSeries::PointConfiguration::Color, segmentColor(eventRefs.at(i), dimmed));
    }
    events->setPointsConfiguration(configuration);
}

void IssueChartContent::fit(const QRectF& plotArea, qreal chartWidth)
{
    // By the chart's width, not the plot's: the labels' width changes the plot area.
    setIssueLabels(std::clamp(chartWidth * labelWidthShare, minimumLabelWidth, maximumLabelWidth));
    // Thick bars, but with a gap between rows however short the chart is.
    const qreal rowPixels = plotArea.height() / std::max<qsizetype>(1, rows.size());
    const qreal width = std::clamp(rowPixels * 0.45, 3.0, 16.0);
    for (const Period& period : periods) {
        QPen pen = period.series->pen();
        if (pen.widthF() != width) {
            pen.setWidthF(width);
            period.series->setPen(pen);
        }
    }
    if (events)
        events->setMarkerSize(std::max(6.0, width + 2));
    if (dateAxis) {
        const int limit = std::max(1, int(plotArea.width() / (dateLabelWidth + dateLabelGap)));
        dateAxis->setTickCount(fittingIntervals(intervals, limit) + 1);
    }
}

} // namespace Entente
