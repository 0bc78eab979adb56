// The status of every issue over time: one row per issue, a coloured bar for each status period,
// a point for each status change whose tool tip shows the article's evidence. Clicking selects
// the issue; the selected issue stands out while the others are dimmed.
#pragma once

#include "exportableview.h"
#include "issuechartcontent.h"
#include "issuetimeline.h"

#include <QChartView>

namespace Entente {

class CorpusStore;
class StatusHistoryModel;

class IssueStatusChart : public QChartView, public ExportableView
{
    Q_OBJECT
public:
    explicit IssueStatusChart(CorpusStore* store, QWidget* parent = nullptr);
    ~IssueStatusChart() override;

    QString exportName() const override;
    QSizeF exportSize() const override;
    void renderExport(QPainter* painter, const QRectF& target) override;

    // What is drawn, for tests and for whoever adds actions on the chart.
    const IssueTimeline& timeline() const { return m_timeline; }
    const IssueChartContent& content() const { return m_content; }
    // Date, status, evidence words and note of a status change, as rich text.
    QString statusChangeToolTip(const QString& issueId, int changeIndex) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void restyle();
    void connectNewLines();
    void showToolTip(const IssueSeriesRef& ref, bool hovered);
    void select(const IssueSeriesRef& ref);
    QString emphasisedIssue() const;

    CorpusStore* m_store;
    StatusHistoryModel* m_history; // finds the evidence words of a change
    IssueTimeline m_timeline;
    IssueChartContent m_content;
    qsizetype m_connectedLines = 0;
};

} // namespace Entente
