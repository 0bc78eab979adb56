#include "networkview.h"
#include "networkviewswapin.h"

#include "edgeitem.h"
#include "edgelayer.h"
#include "forcelayout.h"
#include "labelitem.h"
#include "labels.h"
#include "nodeitem.h"
#include "sidepalette.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QStringListModel>
#include <QTimer>
#include <QtConcurrentRun>

namespace Entente {

namespace {

constexpr double edgeLength = 140.0; // scene units; names are about as wide

// Paints the legend over the top-left corner of the viewport.
class LegendOverlay : public QWidget
{
public:
    LegendOverlay(const NetworkLegend* legend, QWidget* parent)
        : QWidget(parent)
        , m_legend(legend)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        m_legend->paint(&painter, QPointF(0, 0));
    }

private:
    const NetworkLegend* m_legend;
};


} // namespace

NetworkView::NetworkView(CorpusStore* store, QWidget* parent)
    : QGraphicsView(parent)
    , m_store(store)
    , m_scene(new QGraphicsScene(this))
    , m_edgeLayer(new EdgeLayer)
    , m_legendOverlay(new LegendOverlay(&m_legend, this))
    , m_egoBanner(new QLabel(this))
    , m_findField(new QLineEdit(this))
    , m_findModel(new QStringListModel(this))
    , m_findCompleter(new QCompleter(m_findModel, this))
{
    m_swapTimer = new QTimer(this);
    m_filter.includeIsolated = false; // actors without meetings would fill the canvas with dots
    m_legendVisible = QSettings().value(QStringLiteral("network/legend"), true).toBool();
    m_legend.setCompact(true);
    m_egoBanner->setAutoFillBackground(true);
    m_egoBanner->setMargin(4);
    m_egoBanner->hide();
    setUpFind();
    m_scene->addItem(m_edgeLayer);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Every item sets the pen, brush and font it draws with and undoes any other change: thousands
    // of nodes and their labels in one paint need no save and restore each.
    setOptimizationFlag(DontSavePainterState);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Actor network"));
    // Scrolling never moves the legend: it is the view's child, over the viewport, not the viewport's.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(store, &CorpusStore::corpusReset, this, [this] { rebuild(Fit::Refit); });
    // Typing moves the records' spans, not who met whom: only a change of records relays the graph.
    connect(store, &CorpusStore::corpusUpdated, this, [this](const CorpusChange& change) {
        if (change.actors.hasContentChanges() || change.meetings.hasContentChanges())
            rebuild(Fit::Keep);
    });
    connect(store, &CorpusStore::currentChanged, this, &NetworkView::applyCurrent);
    connect(&m_layoutWatcher, &QFutureWatcher<NetworkLayout>::finished, this, &NetworkView::layoutFinished);
    m_swapTimer->setSingleShot(true);
    m_swapTimer->setInterval(0);
    connect(m_swapTimer, &QTimer::timeout, this, [this] {
        if (!continueSwapIn(qint64(swapInBudgetMs) * 1'000'000))
            m_swapTimer->start();
    });
    rebuild(Fit::Refit);
}

NetworkView::~NetworkView()
{
    m_layoutAgain = false;
    finishSwapIn();
    // Edges are not scene items: the view owns them.
    qDeleteAll(std::exchange(m_edges, {}));
}

QString NetworkView::exportName() const
{
    return QStringLiteral("network");
}

void NetworkView::setPinnedPositions(const QHash<QString, QPointF>& positions)
{
    m_pinned = positions;
    relayout();
}

void NetworkView::clearPinnedPositions()
{
    if (m_pinned.isEmpty())
        return;
    m_pinned.clear();
    relayout();
    Q_EMIT pinnedPositionsChanged();
}

void NetworkView::setDateRange(QDate from, QDate to)
{
    ActorGraphFilter filter = m_filter;
    filter.from = from;
    filter.to = to;
    setFilter(filter);
}

void NetworkView::setSides(const QStringList& sides)
{
    ActorGraphFilter filter = m_filter;
    filter.sides = sides;
    setFilter(filter);
}

void NetworkView::setStatuses(const QList<MeetingStatus>& statuses)
{
    ActorGraphFilter filter = m_filter;
    filter.statuses = statuses;
    setFilter(filter);
}

void NetworkView::setFilter(const ActorGraphFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild(Fit::Refit);
}

NodeItem* NetworkView::nodeItem(const QString& actorId) const
{
    const int index = m_graph.nodeIndex(actorId);
    return index < 0 ? nullptr : m_nodes.at(index);
}

EdgeItem* NetworkView::edgeItem(const QString& actorA, const QString& actorB) const
{
    const int index = m_graph.edgeIndex(m_graph.nodeIndex(actorA), m_graph.nodeIndex(actorB));
    return index < 0 ? nullptr : m_edges.at(index);
}

bool NetworkView::isLarge() const
{
    return m_graph.nodes.size() > largeGraph;
}

QColor NetworkView::sideColor(const QString& side) const
{
    return m_sideColors.value(side, SidePalette::color(side));
}

bool NetworkView::laysOutInBackground() const
{
    const Corpus& corpus = m_store->corpus();
    return corpus.meetings.size() + corpus.actors.size() > backgroundAbove;
}

NetworkLayoutRequest NetworkView::takeLayoutRequest()
{
    // A refit (new corpus or filter) or a relayout lays out afresh; an edit keeps every node that
    // stays where it is (a warm start).
    const bool warm = !m_freshLayout && m_pendingFit == Fit::Keep && !m_nodes.isEmpty();
    m_freshLayout = false;
    NetworkLayoutRequest request;
    request.corpus = m_store->corpus();
    request.filter = m_filter;
    request.pinned = m_pinned;
    if (warm) {
        for (qsizetype i = 0; i < m_nodes.size(); ++i)
            request.previous.insert(m_nodes.at(i)->actorId(), m_nodes.at(i)->pos());
    }
    request.labelFont = font();
    request.edgeLength = edgeLength;
    return request;
}

void NetworkView::rebuild(Fit fit)
{
    if (fit == Fit::Refit)
        m_pendingFit = Fit::Refit;
    if (!laysOutInBackground()) {
        finishSwapIn(); // the request starts from the nodes where they are
        applyLayout(computeNetworkLayout(takeLayoutRequest()));
        return;
    }
    if (m_layoutWatcher.isRunning() || m_swapIn) {
        m_layoutAgain = true; // the running layout is of an older corpus: lay out again after it
        return;
    }
    Q_EMIT layoutStarted();
    m_layoutWatcher.setFuture(QtConcurrent::run(computeNetworkLayout, takeLayoutRequest()));
}

void NetworkView::layoutFinished()
{
    if (!m_layoutWatcher.future().isValid() || m_layoutWatcher.future().resultCount() == 0)
        return; // taken already by waitForLayout()
    NetworkLayout layout = m_layoutWatcher.future().takeResult();
    m_layoutWatcher.setFuture({});
    applyLayout(std::move(layout));
    if (m_layoutAgain && !m_swapIn) { // else when the swap-in is done
        m_layoutAgain = false;
        rebuild(Fit::Keep);
    }
}

void NetworkView::waitForLayout()
{
    while (m_layoutWatcher.isRunning() || (m_layoutWatcher.future().isValid() && m_layoutWatcher.future().resultCount() > 0)) {
        m_layoutWatcher.waitForFinished();
        layoutFinished();
        finishSwapIn();
    }
    finishSwapIn();
}

bool NetworkView::isLayingOut() const
{
    // A finished layout whose result the watcher has not yet handed over counts as running.
    const QFuture<NetworkLayout> future = m_layoutWatcher.future();
    return m_layoutWatcher.isRunning() || (future.isValid() && future.resultCount() > 0) || m_swapIn;
}

void NetworkView::prepareExport()
{
    waitForLayout();
}

void NetworkView::deleteNode(NodeItem* node)
{
    for (EdgeItem* edge : node->edges())
        deleteEdge(edge, node);
    if (node == m_pressed.node)
        m_pressed = {};
    delete node;
}

void NetworkView::deleteEdge(EdgeItem* edge, NodeItem* dying)
{
    if (edge->source() != dying)
        edge->source()->removeEdge(edge);
    if (edge->target() != dying)
        edge->target()->removeEdge(edge);
    if (edge == m_pressed.edge)
        m_pressed = {};
    delete edge;
}

void NetworkView::relayout()
{
    // The pins changed: a fresh layout around them, at the current zoom.
    m_freshLayout = true;
    rebuild(Fit::Keep);
}

void NetworkView::updateSceneRect()
{
    // Room around the graph so that it can be panned to any edge of the window.
    const QRectF items = m_scene->itemsBoundingRect();
    const double grow = std::max(items.width(), items.height()) / 2 + 600;
    setSceneRect(items.isNull() ? QRectF(-300, -300, 600, 600) : items.adjusted(-grow, -grow, grow, grow));
}

void NetworkView::applyCurrent(const RecordRef& current)
{
    for (EdgeItem* edge : std::as_const(m_edges))
        edge->setHighlighted(false);
    m_scene->clearSelection();
    const Corpus& corpus = m_store->corpus();
    auto showMeeting = [&](const QString& meetingId) {
        for (EdgeItem* edge : m_meetingEdges.value(meetingId))
            edge->setHighlighted(true);
        const int meeting = m_meetingRow.value(meetingId, -1);
        if (meeting < 0)
            return;
        for (const QString& participant : corpus.meetings.at(meeting).participants) {
            if (NodeItem* node = nodeItem(participant))
                node->setSelected(true);
        }
    };
    switch (current.kind) {
    case MarkKind::Actor:
        if (NodeItem* node = nodeItem(current.id)) {
            node->setSelected(true);
            for (EdgeItem* edge : node->edges())
                edge->setHighlighted(true);
        }
        break;
    case MarkKind::Meeting:
        showMeeting(current.id);
        break;
    case MarkKind::Issue: // the meetings where the issue was discussed
        for (const Meeting& meeting : corpus.meetings) {
            if (meeting.issues.contains(current.id))
                showMeeting(meeting.id);
        }
        break;
    case MarkKind::Date:
        break;
    }
    // Bring the selection into view when another view chose it.
    if (m_clicking)
        return;
    QRectF selected;
    for (QGraphicsItem* item : m_scene->selectedItems())
        selected |= item->sceneBoundingRect();
    if (!selected.isNull() && !mapToScene(viewport()->rect()).boundingRect().contains(selected))
        ensureVisible(selected, 40, 40);
}

void NetworkView::pinMovedNodes()
{
    bool moved = false;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const QPointF pos = m_nodes.at(i)->pos();
        if (pos == m_placed.at(i))
            continue;
        m_placed[i] = pos;
        m_pinned.insert(m_nodes.at(i)->actorId(), pos);
        moved = true;
    }
    if (!moved)
        return;
    updateSceneRect();
    m_placementStale = true;
    Q_EMIT pinnedPositionsChanged();
}

} // namespace Entente
