// How many meetings there were per week, month, quarter, year, decade or century (the finest bin that
// keeps the bars countable over the span shown), stacked by status. Clicking a bar selects the first
// meeting it counts; the bar of the selected meeting is highlighted. Edits that keep the bins change
// the bars' values in place.
#pragma once

#include "exportableview.h"
#include "meetingcounts.h"

#include <QChartView>

class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace Entente {

class CorpusStore;
class HiddenViewGate;
struct CorpusChange;

class MeetingsChart : public QChartView, public ExportableView
{
    Q_OBJECT
public:
    explicit MeetingsChart(CorpusStore* store, QWidget* parent = nullptr);
    ~MeetingsChart() override;

    QString exportName() const override;
    QSizeF exportSize() const override;
    void renderExport(QPainter* painter, const QRectF& target) override;
    ExportCaption exportCaption() const override;

    // Counts the meetings starting in [from, to]; invalid dates: the span of the corpus.
    void setDateRange(const QDate& from, const QDate& to);
    // "Meetings per quarter": the chart's title and its dock's.
    QString title() const;
    static QString titleFor(MeetingCounts::Bin bin);
    static QString binLabel(const QDate& start, MeetingCounts::Bin bin, const QLocale& locale);

    // Off by default; the window turns it on so that the chart follows the corpus only while shown.
    HiddenViewGate* hiddenGate() const { return m_hidden; }
    // What is drawn, for tests and for whoever adds actions on the chart.
    const MeetingCounts& counts() const { return m_counts; }
    QStackedBarSeries* barSeries() const { return m_content.series; }
    QCategoryAxis* binAxis() const { return m_content.binAxis; }
    QValueAxis* countAxis() const { return m_content.countAxis; }
    // The bar set of a status, or null when no meeting has it.
    QBarSet* barSet(MeetingStatus status) const;

    // The series and axes of the chart, built the same way on screen and for an export.
    struct Content
    {
        QStackedBarSeries* series = nullptr;
        QCategoryAxis* binAxis = nullptr;
        QValueAxis* countAxis = nullptr;
        QList<QBarSet*> sets; // by status index of MeetingCounts
        QStringList labels; // one per bin: "Jul 2023", "Q3 2023", "2020–2029"
        QStringList shortLabels; // where a coarser label reads better when few bins are labelled: "2023"
        qreal labelWidth = 0; // the widest label, in pixels
        int labelStep = 0; // every labelStep-th bin is labelled

        static Content build(QChart* chart, const MeetingCounts& counts, const QFont& base, const QLocale& locale);
        void highlight(const MeetingCounts& counts, const QString& meetingId) const;
        // Labels as many bins as fit in the plot's width without overlapping.
        void fit(const MeetingCounts& counts, const QRectF& plotArea);
    };

Q_SIGNALS:
    // The bin changed, and with it the title.
    void titleChanged(const QString& title);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void followUpdate(const CorpusChange& change);
    void showToolTip(int statusIndex, int binIndex, bool hovered);
    QString currentMeeting() const;

    CorpusStore* m_store;
    HiddenViewGate* m_hidden;
    QDate m_from;
    QDate m_to;
    MeetingCounts m_counts;
    Content m_content;
};

} // namespace Entente
