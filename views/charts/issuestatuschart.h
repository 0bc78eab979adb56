// The status of every issue over time: one row per issue, a coloured bar for each status period, a
// dot for each status change whose tool tip shows the article's evidence. Clicking selects the issue;
// the selected issue stands out while the others are dimmed. Zooms and pans like the timeline.
#pragma once

#include "exportableview.h"
#include "issuechartcontent.h"
#include "issuetimeline.h"

#include <QWidget>

namespace Entente {

class CorpusStore;
class HiddenViewGate;
class StatusHistoryModel;
class TimeRowsCanvas;
struct CorpusChange;

class IssueStatusChart : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    explicit IssueStatusChart(CorpusStore* store, QWidget* parent = nullptr);
    ~IssueStatusChart() override;

    QString exportName() const override;
    QSizeF exportSize() const override;
    void renderExport(QPainter* painter, const QRectF& target) override;
    ExportCaption exportCaption() const override;

    // Shows the days [from, to] (both included).
    void setDateRange(const QDate& from, const QDate& to);

    // What is drawn, for tests and for whoever adds actions on the chart.
    const IssueTimeline& timeline() const { return m_timeline; }
    const IssueChartContent& content() const { return m_content; }
    TimeRowsCanvas* canvas() const { return m_canvas; }
    // Off by default; the window turns it on so that the chart follows the corpus only while shown.
    HiddenViewGate* hiddenGate() const { return m_hidden; }
    // Date, status, evidence words and note of a status change, as rich text.
    QString statusChangeToolTip(const QString& issueId, int changeIndex) const;

    // Exports show every issue up to this many rows.
    static constexpr int maximumExportRows = 400;
    static constexpr qreal exportRowHeight = 30;

private:
    void rebuild();
    void followUpdate(const CorpusChange& change);
    void followCurrent();
    QString emphasisedIssue() const;

    CorpusStore* m_store;
    StatusHistoryModel* m_history; // finds the evidence words of a change
    TimeRowsCanvas* m_canvas;
    HiddenViewGate* m_hidden;
    IssueTimeline m_timeline;
    IssueChartContent m_content;
};

} // namespace Entente
