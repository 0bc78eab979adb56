#include "timelineview.h"

#include "corpusstore.h"
#include "timerowscanvas.h"

#include <QComboBox>
#include <QToolBar>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>
#include <algorithm>

namespace Entente {

namespace {

constexpr qreal exportWidth = 1200;
// Showing a meeting zooms to this many days around it.
constexpr int daysAroundSelected = 20;

} // namespace

TimelineView::TimelineView(CorpusStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_laneChoice(new QComboBox(this))
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_goToSelected(new QToolButton(this))
    , m_span(new QLabel(this))
    , m_canvas(new TimeRowsCanvas(this))
{
    m_laneChoice->setObjectName(QStringLiteral("laneKind"));
    m_laneChoice->addItem(tr("Actor pairs"), int(LaneKind::ActorPairs));
    m_laneChoice->addItem(tr("Side pairs"), int(LaneKind::SidePairs));
    m_laneChoice->addItem(tr("Issues"), int(LaneKind::Issues));
    m_laneChoice->setToolTip(tr("What each lane of the timeline holds"));
    auto* laneLabel = new QLabel(tr("&Lanes:"), this);
    laneLabel->setBuddy(m_laneChoice);
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setToolTip(tr("Zoom out (-, or the wheel over the lanes)"));
    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom in (+, double-click, or the wheel over the lanes)"));
    m_fit->setObjectName(QStringLiteral("fit"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show every meeting (Home)"));
    m_goToSelected->setObjectName(QStringLiteral("goToSelectedMeeting"));
    m_goToSelected->setText(tr("Go to Selected Meeting"));
    m_goToSelected->setToolTip(tr("Zoom to the meeting selected in any view"));
    m_span->setObjectName(QStringLiteral("span"));
    m_canvas->setAccessibleName(tr("Timeline of meetings"));

    // A tool bar rather than a row of buttons: in a narrow dock the last ones go under its ».
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("timelineBar"));
    for (QWidget* widget : std::initializer_list<QWidget*> { laneLabel, m_laneChoice })
        bar->addWidget(widget);
    bar->addSeparator();
    for (QWidget* widget : std::initializer_list<QWidget*> { m_zoomOut, m_zoomIn, m_fit, m_goToSelected })
        bar->addWidget(widget);
    auto* stretch = new QWidget(bar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(stretch);
    bar->addWidget(m_span);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(m_canvas, 1);
    setFocusProxy(m_canvas);

    connect(m_laneChoice, &QComboBox::currentIndexChanged, this,
        [this] { setLaneKind(LaneKind(m_laneChoice->currentData().toInt())); });
    connect(m_zoomIn, &QToolButton::clicked, m_canvas, &TimeRowsCanvas::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_canvas, &TimeRowsCanvas::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_canvas, &TimeRowsCanvas::fit);
    connect(m_goToSelected, &QToolButton::clicked, this, &TimelineView::showSelectedMeeting);
    connect(m_canvas, &TimeRowsCanvas::daysChanged, this, &TimelineView::updateSpanLabel);
    connect(m_canvas, &TimeRowsCanvas::activated, this, [this](const TimeRowsHit& hit) {
        const int meeting = m_content.meetingOf(hit);
        if (meeting >= 0)
            m_store->setCurrent({ MarkKind::Meeting, m_corpus.meetings.at(meeting).id });
    });
    connect(&m_building, &QFutureWatcher<TimelineLanes>::finished, this, [this] {
        // Nothing to do when waitForBuild() took the result, or a newer build replaced this one.
        if (m_buildingCorpus.meetings.isEmpty() || m_building.future().resultCount() == 0)
            return;
        showLanes(m_building.result(), m_buildingCorpus);
        m_buildingCorpus = {};
    });
    connect(store, &CorpusStore::corpusReset, this, [this] {
        m_stale = true;
        if (isVisible())
            rebuild();
    });
    connect(store, &CorpusStore::corpusUpdated, this, &TimelineView::followUpdate);
    connect(store, &CorpusStore::currentChanged, this, &TimelineView::followCurrent);
    rebuild();
}

TimelineView::~TimelineView()
{
    m_building.waitForFinished(); // its result would land in a view that is gone
}

void TimelineView::waitForBuild()
{
    if (m_buildingCorpus.meetings.isEmpty())
        return;
    m_building.waitForFinished();
    if (m_building.future().resultCount() > 0)
        showLanes(m_building.result(), m_buildingCorpus);
    m_buildingCorpus = {};
}

void TimelineView::setLaneKind(LaneKind kind)
{
    if (const int index = m_laneChoice->findData(int(kind)); index != m_laneChoice->currentIndex()) {
        const QSignalBlocker blocker(m_laneChoice);
        m_laneChoice->setCurrentIndex(index);
    }
    if (kind == m_kind && !m_stale)
        return;
    m_kind = kind;
    rebuild();
}

void TimelineView::setDateRange(const QDate& from, const QDate& to)
{
    ensureBuilt();
    const auto extent = m_content.extent();
    const double first = from.isValid() ? TimeScale::dayOf(from) : extent ? extent->first : TimeScale::dayOf(to) - 30;
    const double last = to.isValid() ? TimeScale::dayOf(to) + 1 : extent ? extent->second : first + 30;
    if (from.isValid() || to.isValid())
        m_canvas->setDays(first, std::max(first + 1, last));
}

bool TimelineView::showSelectedMeeting()
{
    ensureBuilt();
    const int index = m_content.currentMeetingIndex();
    if (index < 0)
        return false;
    const Meeting& meeting = m_corpus.meetings.at(index);
    if (!meeting.start.isValid())
        return false;
    const QDate last = meeting.end.isValid() ? std::max(meeting.end.last(), meeting.start.last()) : meeting.start.last();
    m_canvas->setDays(TimeScale::dayOf(meeting.start.first()) - daysAroundSelected,
        TimeScale::dayOf(last) + 1 + daysAroundSelected);
    const QList<int> lanes = m_lanes.lanesOf(meeting, m_corpus);
    if (!lanes.isEmpty())
        m_canvas->showRow(lanes.constFirst());
    return true;
}

const TimelineLanes& TimelineView::lanes() const
{
    ensureBuilt();
    const_cast<TimelineView*>(this)->waitForBuild();
    return m_lanes;
}

QString TimelineView::exportName() const
{
    return QStringLiteral("timeline");
}

QSizeF TimelineView::exportSize() const
{
    ensureBuilt();
    const int rows = std::min<int>(int(m_lanes.lanes().size()), maximumExportLanes);
    const TimeRowsStyle style = TimeRowsStyle::from(font(), palette(), locale());
    return QSizeF(exportWidth, std::ceil(std::max<qreal>(160, TimeRowsGeometry::height(m_content, exportWidth, style,
                                                                 exportRowHeight, rows))));
}

void TimelineView::renderExport(QPainter* painter, const QRectF& target)
{
    ensureBuilt();
    const int rows = std::min<int>(int(m_lanes.lanes().size()), maximumExportLanes);
    renderTimeRowsExport(painter, target, exportSize(), m_canvas->scale(), m_content,
        TimeRowsStyle::from(font(), palette(), locale()), exportRowHeight, rows);
}

ExportCaption TimelineView::exportCaption() const
{
    ensureBuilt();
    ExportCaption caption;
    caption.view = m_content.title();
    if (!m_lanes.isEmpty())
        caption.range = spanLabel(m_canvas->scale().from(), m_canvas->scale().to(), locale());
    caption.filters.append(tr("lanes: %1").arg(TimelineLanes::kindName(m_kind)));
    if (m_lanes.lanes().size() > maximumExportLanes)
        caption.filters.append(
            tr("the %1 lanes with the most meetings of %2").arg(maximumExportLanes).arg(m_lanes.lanes().size()));
    return caption;
}

void TimelineView::prepareExport()
{
    ensureBuilt();
    waitForBuild();
}

void TimelineView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureBuilt();
}

void TimelineView::rebuild()
{
    m_stale = false;
    const Corpus& corpus = m_store->corpus();
    if (corpus.meetings.size() < workerMeetings) {
        m_buildingCorpus = {}; // a build of an older corpus must not land after this one
        showLanes(TimelineLanes::build(corpus, m_kind), corpus);
        return;
    }
    // The lanes on screen stay until the new ones are ready; they index into their own corpus.
    m_buildingCorpus = corpus;
    m_building.setFuture(QtConcurrent::run([snapshot = m_buildingCorpus, kind = m_kind] { return TimelineLanes::build(snapshot, kind); }));
}

void TimelineView::showLanes(TimelineLanes lanes, const Corpus& corpus)
{
    m_corpus = corpus;
    m_lanes = std::move(lanes);
    m_content.set(&m_corpus, &m_lanes);
    const RecordRef current = m_store->current();
    m_content.setCurrentMeeting(current.kind == MarkKind::Meeting ? current.id : QString());
    m_canvas->setContent(&m_content);
    m_goToSelected->setEnabled(m_content.currentMeetingIndex() >= 0);
    updateSpanLabel();
}

void TimelineView::ensureBuilt() const
{
    if (m_stale)
        const_cast<TimelineView*>(this)->rebuild();
}

void TimelineView::followUpdate(const CorpusChange& change)
{
    // Actors name the lanes and give the sides; typing that moves spans only changes nothing here.
    if (!change.meetings.hasContentChanges() && !change.actors.hasContentChanges() && !change.issues.hasContentChanges())
        return;
    m_stale = true;
    if (isVisible())
        rebuild();
}

void TimelineView::followCurrent()
{
    if (m_stale)
        return; // rebuilt with the current meeting when shown
    const RecordRef current = m_store->current();
    m_content.setCurrentMeeting(current.kind == MarkKind::Meeting ? current.id : QString());
    m_goToSelected->setEnabled(m_content.currentMeetingIndex() >= 0);
    if (!m_content.currentLanes().isEmpty())
        m_canvas->showRow(*std::min_element(m_content.currentLanes().cbegin(), m_content.currentLanes().cend()));
    m_canvas->update();
}

void TimelineView::updateSpanLabel()
{
    if (m_lanes.isEmpty()) {
        m_span->clear();
        return;
    }
    const TimeScale& scale = m_canvas->scale();
    m_span->setText(tr("Shown: %1", "the days the timeline shows").arg(spanLabel(scale.from(), scale.to(), locale())));
}

} // namespace Entente
