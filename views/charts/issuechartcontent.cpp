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

constexpr int statusCount = int(IssueStatus::Resolved) + 1;
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
QString uniqueLabel(const QStringList& existing, const QString& label, const QString& id)
{
    if (!existing.contains(label))
        return label;
    QString unique = label + u" (" + id + u')';
    while (existing.contains(unique))
        unique.append(QChar(0x200B)); // zero-width space
    return unique;
}

QColor periodColor(const IssueSeriesRef& ref, bool dimmed)
{
    QColor color = Labels::issueStatusColor(ref.status);
    if (ref.leadIn)
        color.setAlpha(dimmed ? dimmedLeadInAlpha : leadInAlpha);
    else if (dimmed)
        color.setAlpha(dimmedAlpha);
    return color;
}

void setLine(QLineSeries* series, const QColor& color, qreal width)
{
    QPen pen(color, width);
    pen.setCapStyle(Qt::FlatCap);
    if (series->pen() != pen)
        series->setPen(pen);
}

} // namespace

IssueChartContent::IssueChartContent(QChart* chart)
    : m_chart(chart)
{
    m_dateAxis = new QDateTimeAxis;
    // One category per issue, the first issue on top; grid lines fall between the rows.
    m_issueAxis = new QCategoryAxis;
    m_issueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart->addAxis(m_dateAxis, Qt::AlignBottom);
    chart->addAxis(m_issueAxis, Qt::AlignLeft);

    // The legend names each status once, whatever the number of periods drawn in it: empty series
    // stand for the statuses, the period lines stay out of the legend.
    for (int status = 0; status < statusCount; ++status) {
        auto* series = new QLineSeries;
        series->setName(Labels::issueStatus(IssueStatus(status)));
        chart->addSeries(series);
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_issueAxis);
        m_legend.append(series);
    }
    // Each change is a dot in the colour of the status it starts, ringed in the background colour:
    // a short period such as a one-day escalation stays visible next to the following one.
    m_events = new QScatterSeries(chart); // added to the chart after the first lines, in show()
    m_events->setMarkerShape(QScatterSeries::MarkerShapeCircle);
}

void IssueChartContent::style(const QFont& base, const QLocale& locale)
{
    if (!m_chart)
        return;
    m_chart->setTitle(tr("Status of open issues"));
    m_chart->setLocale(locale);
    m_locale = locale;
    m_labelFont = ChartStyle::labelFont(base);
    m_dateAxis->setTitleText(tr("Date"));
    m_dateAxis->setFormat(tr("d MMM yyyy", "QDateTimeAxis label format: 3 Jul 2023"));
    m_issueAxis->setTitleText(tr("Issue"));
    ChartStyle::styleAxis(m_dateAxis, base);
    ChartStyle::styleAxis(m_issueAxis, base);
    for (int status = 0; status < statusCount; ++status)
        m_legend.at(status)->setColor(Labels::issueStatusColor(IssueStatus(status)));
    m_events->setName(tr("Status changes"));
    m_events->setBorderColor(ChartStyle::backgroundColor(m_chart));
    for (const Period& period : std::as_const(m_periods))
        setLine(period.series, periodColor(period.ref, false), m_lineWidth);
    measureDateLabels();
    const qreal labelWidth = m_issueLabelWidth;
    m_issueLabelWidth = -1;
    setIssueLabels(std::max(minimumLabelWidth, labelWidth));
    emphasise(m_emphasised);
}

void IssueChartContent::show(const IssueTimeline& timeline)
{
    if (!m_chart)
        return;
    m_start = timeline.start;
    m_end = timeline.end;
    m_intervals = timeline.intervals;
    m_dateAxis->setRange(timeline.start.startOfDay(), timeline.end.startOfDay());
    m_dateAxis->setTickCount(timeline.intervals + 1);
    measureDateLabels();

    m_rows.clear();
    for (const IssueTimeline::Row& row : timeline.rows)
        m_rows.append({ row.issueId, row.title });
    const qreal labelWidth = m_issueLabelWidth;
    m_issueLabelWidth = -1;
    setIssueLabels(std::max(minimumLabelWidth, labelWidth));

    for (int status = 0; status < statusCount; ++status) {
        const bool used = timeline.statuses.contains(IssueStatus(status));
        for (QLegendMarker* marker : m_chart->legend()->markers(m_legend.at(status)))
            marker->setVisible(used);
    }

    const qsizetype linesBefore = m_lines.size();
    m_periods.clear();
    m_eventRefs.clear();
    QList<QPointF> eventPoints;
    eventPoints.reserve(timeline.segments.size());
    const auto draw = [this](const IssueSeriesRef& ref, const QDate& from, const QDate& to, qreal y) {
        if (from >= to)
            return;
        QLineSeries* series = line(m_periods.size());
        setLine(series, periodColor(ref, false), m_lineWidth);
        series->replace({ QPointF(msecs(from), y), QPointF(msecs(to), y) });
        m_periods.append({ series, ref });
    };
    for (const IssueTimeline::Segment& segment : timeline.segments) {
        const qreal y = qreal(timeline.rows.size() - 1 - segment.row);
        IssueSeriesRef ref { timeline.rows.at(segment.row).issueId, segment.changeIndex, segment.status,
                             true };
        draw(ref, segment.from, segment.certainFrom, y);
        ref.leadIn = false;
        draw(ref, segment.certainFrom, segment.to, y);
        eventPoints.append(QPointF(msecs(segment.from), y));
        m_eventRefs.append(ref);
    }
    // Lines left over from a larger corpus stay in the chart, empty, for the next time.
    for (qsizetype i = m_periods.size(); i < m_lines.size(); ++i) {
        if (m_lines.at(i)->count() > 0)
            m_lines.at(i)->clear();
    }
    m_events->replace(eventPoints);
    if (m_lines.size() > linesBefore || !m_events->chart()) {
        // Series paint in the order they were added: the points go on top of the new lines. The
        // chart deletes a removed series' item later, so a fresh export chart, which never returns
        // to the event loop, only ever adds the points here, once.
        if (m_events->chart())
            m_chart->removeSeries(m_events);
        m_chart->addSeries(m_events);
        m_events->attachAxis(m_dateAxis);
        m_events->attachAxis(m_issueAxis);
        m_events->setBorderColor(ChartStyle::backgroundColor(m_chart));
        // Only the status entries belong in the legend. One pass over all markers: asking the
        // legend for each new line's markers would be quadratic.
        for (QLegendMarker* marker : m_chart->legend()->markers()) {
            if (!m_legend.contains(marker->series()))
                marker->setVisible(false);
        }
    }
    emphasise(m_emphasised);
}

QLineSeries* IssueChartContent::line(qsizetype index)
{
    if (index < m_lines.size())
        return m_lines.at(index);
    auto* series = new QLineSeries;
    m_chart->addSeries(series);
    series->attachAxis(m_dateAxis);
    series->attachAxis(m_issueAxis);
    m_lines.append(series);
    return series;
}

void IssueChartContent::emphasise(const QString& issueId)
{
    m_emphasised = issueId;
    if (!m_chart)
        return;
    for (const Period& period : std::as_const(m_periods)) {
        const bool dimmed = !issueId.isEmpty() && period.ref.issueId != issueId;
        setLine(period.series, periodColor(period.ref, dimmed), m_lineWidth);
    }
    QHash<int, QHash<QXYSeries::PointConfiguration, QVariant>> configuration;
    for (int i = 0; i < m_eventRefs.size(); ++i) {
        const bool dimmed = !issueId.isEmpty() && m_eventRefs.at(i).issueId != issueId;
        configuration[i].insert(QXYSeries::PointConfiguration::Color, periodColor(m_eventRefs.at(i), dimmed));
    }
    m_events->setPointsConfiguration(configuration);
}

void IssueChartContent::fit(const QRectF& plotArea, qreal chartWidth)
{
    if (!m_chart)
        return;
    // By the chart's width, not the plot's: the labels' width changes the plot area.
    setIssueLabels(std::clamp(chartWidth * labelWidthShare, minimumLabelWidth, maximumLabelWidth));
    // Thick bars, but with a gap between rows however short the chart is.
    const qreal rowPixels = plotArea.height() / qreal(std::max<qsizetype>(1, m_rows.size()));
    m_lineWidth = std::clamp(rowPixels * 0.45, 3.0, 16.0);
    for (const Period& period : std::as_const(m_periods)) {
        QPen pen = period.series->pen();
        if (pen.widthF() != m_lineWidth) {
            pen.setWidthF(m_lineWidth);
            period.series->setPen(pen);
        }
    }
    m_events->setMarkerSize(std::max(6.0, m_lineWidth + 2));
    const int limit = std::max(1, int(plotArea.width() / (m_dateLabelWidth + dateLabelGap)));
    m_dateAxis->setTickCount(fittingIntervals(m_intervals, limit) + 1);
}

void IssueChartContent::setIssueLabels(qreal labelWidth)
{
    if (labelWidth == m_issueLabelWidth)
        return;
    m_issueLabelWidth = labelWidth;
    const QStringList old = m_issueAxis->categoriesLabels();
    for (const QString& label : old)
        m_issueAxis->remove(label);
    // Categories run upwards from the start value: append the last issue first.
    const QFontMetricsF metrics(m_labelFont);
    m_issueAxis->setStartValue(-0.5);
    QStringList labels;
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        const QString elided = metrics.elidedText(m_rows.at(row).title, Qt::ElideRight, labelWidth);
        labels.append(uniqueLabel(labels, elided, m_rows.at(row).issueId));
        m_issueAxis->append(labels.constLast(), qreal(m_rows.size() - 1 - row) + 0.5);
    }
    m_issueAxis->setRange(-0.5, std::max<qreal>(0.5, qreal(m_rows.size()) - 0.5));
}

void IssueChartContent::measureDateLabels()
{
    if (!m_start.isValid())
        return;
    const QFontMetricsF metrics(m_labelFont);
    const qint64 stepDays = m_start.daysTo(m_end) / m_intervals;
    m_dateLabelWidth = 0;
    for (int tick = 0; tick <= m_intervals; ++tick) {
        const QString label = m_locale.toString(m_start.addDays(stepDays * tick), m_dateAxis->format());
        m_dateLabelWidth = std::max(m_dateLabelWidth, metrics.horizontalAdvance(label));
    }
}

IssueSeriesRef IssueChartContent::refFor(const QAbstractSeries* series) const
{
    for (const Period& period : m_periods) {
        if (period.series == series)
            return period.ref;
    }
    return {};
}

IssueSeriesRef IssueChartContent::eventAt(const QPointF& point) const
{
    const qsizetype index = m_events ? m_events->points().indexOf(point) : -1;
    return index >= 0 && index < m_eventRefs.size() ? m_eventRefs.at(index) : IssueSeriesRef {};
}

} // namespace Entente
