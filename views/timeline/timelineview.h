// The timeline: meetings along a time axis that zooms continuously from days to millennia, in lanes
// per actor pair, side pair or issue (the analyst picks). Imprecise dates are drawn as such; clicking
// a meeting selects it in every view, and the current meeting is outlined wherever it appears. Only
// the lanes and days in view are painted; far out, meetings that would overlap merge into counts.
#pragma once

#include "exportableview.h"
#include "timelinecontent.h"
#include "timelinelanes.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace Entente {

class CorpusStore;
class TimeRowsCanvas;
struct CorpusChange;

class TimelineView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    explicit TimelineView(CorpusStore* store, QWidget* parent = nullptr);
    ~TimelineView() override;

    void setLaneKind(LaneKind kind);
    LaneKind laneKind() const { return m_kind; }
    // Shows the days [from, to] (both included).
    void setDateRange(const QDate& from, const QDate& to);
    // Zooms to the current meeting (a few weeks around it) and scrolls to its first lane.
    bool showSelectedMeeting();

    const TimelineLanes& lanes() const;
    // Large corpora are sorted into lanes on a worker thread: whether that runs, and waiting for it.
    bool isBuilding() const { return m_building.isRunning(); }
    void waitForBuild();
    // Corpora with at least this many meetings are built off the UI thread.
    static constexpr int workerMeetings = 20000;
    const TimelineContent& content() const { return m_content; }
    TimeRowsCanvas* canvas() const { return m_canvas; }

    QString exportName() const override;
    QSizeF exportSize() const override;
    void renderExport(QPainter* painter, const QRectF& target) override;
    ExportCaption exportCaption() const override;
    void prepareExport() override;

    // Exports show the lanes with the most meetings, up to this many.
    static constexpr int maximumExportLanes = 60;
    static constexpr qreal exportRowHeight = 26;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    // Shows lanes built from corpus (a shallow copy of the store's: the lanes index into it).
    void showLanes(TimelineLanes lanes, const Corpus& corpus);
    void ensureBuilt() const;
    void followUpdate(const CorpusChange& change);
    void followCurrent();
    void updateSpanLabel();

    CorpusStore* m_store;
    LaneKind m_kind = LaneKind::ActorPairs;
    TimelineLanes m_lanes;
    Corpus m_corpus; // what m_lanes was built from; shares its data with the store's
    TimelineContent m_content;
    QFutureWatcher<TimelineLanes> m_building;
    Corpus m_buildingCorpus;
    bool m_stale = true; // the corpus changed while the view was hidden
    QComboBox* m_laneChoice;
    QToolButton* m_zoomIn;
    QToolButton* m_zoomOut;
    QToolButton* m_fit;
    QToolButton* m_goToSelected;
    QLabel* m_span;
    TimeRowsCanvas* m_canvas;
};

} // namespace Entente
