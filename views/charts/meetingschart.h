// How many meetings there were per month (per week for a short corpus), stacked by status. Clicking
// a bar selects the first meeting it counts; the bar of the selected meeting is highlighted.
#pragma once

#include "exportableview.h"
#include "meetingcounts.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace Entente {

class CorpusStore;

class MeetingsChart : public QChartView, public ExportableView
{
    Q_OBJECT
public:
    explicit MeetingsChart(CorpusStore* store, QWidget* parent = nullptr);
    ~MeetingsChart() override;

    QString exportName() const override;
    QSizeF exportSize() const override;
    void renderExport(QPainter* painter, const QRectF& target) override;

    // What is drawn, for tests and for whoever adds actions on the chart.
    const MeetingCounts& counts() const { return m_counts; }
    QStackedBarSeries* barSeries() const { return m_content.series; }
    QBarCategoryAxis* binAxis() const { return m_content.binAxis; }
    QValueAxis* countAxis() const { return m_content.countAxis; }
    // The bar set of a status, or null when no meeting has it.
    QBarSet* barSet(MeetingStatus status) const;

    // The series and axes of the chart, built the same way on screen and for an export.
    struct Content
    {
        QStackedBarSeries* series = nullptr;
        QBarCategoryAxis* binAxis = nullptr;
        QValueAxis* countAxis = nullptr;
        QList<QBarSet*> sets; // by status index of MeetingCounts
        QStringList labels; // "Jul 2023", one per bin
        QStringList compactLabels; // "Jul<br>2023", for narrow charts
        qreal labelWidth = 0; // the widest label, in pixels
        qreal compactLabelWidth = 0; // the widest line of the compact labels

        static Content build(QChart* chart, const MeetingCounts& counts, const QFont& base,
                             const QLocale& locale);
        void highlight(const MeetingCounts& counts, const QString& meetingId) const;
        void fit(const QRectF& plotArea) const;
    };

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void showToolTip(int statusIndex, int binIndex, bool hovered);
    QString currentMeeting() const;

    CorpusStore* m_store;
    MeetingCounts m_counts;
    Content m_content;
};

} // namespace Entente
