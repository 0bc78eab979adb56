// What the issue status chart draws, for the screen and for exports: a row per issue, a bar per status
// period coloured by status, its uncertain start faded or hatched, a dot at each change (a resolution
// is a dot where the bar ends). Periods narrower than a pixel share it, so a row costs at most a box
// per pixel whatever the number of periods; rows find their first visible period by binary search.
#pragma once

#include "issuetimeline.h"
#include "timerows.h"

#include <QCoreApplication>
#include <functional>

namespace Entente {

class IssueChartContent : public TimeRowsContent
{
    Q_DECLARE_TR_FUNCTIONS(Entente::IssueStatusChart)

public:
    // A drawn box: a status period or its uncertain start, in pixels.
    struct Box
    {
        QRectF rect;
        int segment = -1; // index in IssueTimeline::segments
        bool leadIn = false;
    };
    using ToolTipSource = std::function<QString(const QString& issueId, int changeIndex)>;

    // timeline must outlive the content (the chart owns both).
    void setTimeline(const IssueTimeline* timeline) { m_timeline = timeline; }
    void setToolTipSource(ToolTipSource source) { m_toolTip = std::move(source); }
    // Dims every issue but issueId (none when it is empty).
    void setEmphasised(const QString& issueId) { m_emphasised = issueId; }
    const QString& emphasised() const { return m_emphasised; }

    // The boxes of a row in its rect for the days of scale, left to right.
    QList<Box> boxes(int row, const QRectF& rect, const TimeScale& scale) const;
    // Where the change dots of a row go (x, segment), thinned so that they do not overlap.
    QList<std::pair<qreal, int>> dots(int row, const QRectF& rect, const TimeScale& scale) const;
    static qreal barHeight(const QRectF& rowRect);
    // The colour a segment is drawn in, dimmed when another issue is emphasised.
    QColor colorOf(int segment, const QColor& base) const;

    QString title() const override;
    int rowCount() const override;
    QString rowLabel(int row) const override;
    bool isRowEmphasised(int row) const override;
    std::optional<std::pair<double, double>> extent() const override;
    void paintRow(QPainter* painter, int row, const QRectF& rect, const TimeScale& scale,
        const TimeRowsStyle& style) const override;
    TimeRowsHit hitTest(int row, const QRectF& rect, const TimeScale& scale, const QPointF& position) const override;
    QString toolTip(const TimeRowsHit& hit, const QLocale& locale) const override;
    QList<TimeRowsLegendEntry> legend() const override;

private:
    const IssueTimeline* m_timeline = nullptr;
    ToolTipSource m_toolTip;
    QString m_emphasised;
};

} // namespace Entente
