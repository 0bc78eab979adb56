#include "networkview.h"

#include "edgeitem.h"
#include "forcelayout.h"
#include "labelitem.h"
#include "labels.h"
#include "nodeitem.h"
#include "sidepalette.h"

#include <QPainter>

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

QColor blend(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
        float(a.greenF() * (1 - share) + b.greenF() * share), float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

NetworkView::NetworkView(CorpusStore* store, QWidget* parent)
    : QGraphicsView(parent)
    , m_store(store)
    , m_scene(new QGraphicsScene(this))
    , m_legendOverlay(new LegendOverlay(&m_legend, this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
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
    rebuild(Fit::Refit);
}

NetworkView::~NetworkView() = default;

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
    return m_sideColors.value(side, SidePalette::noSide());
}

void NetworkView::rebuild(Fit fit)
{
    const Corpus& corpus = m_store->corpus();
    m_graph = ActorGraph::build(corpus, m_filter);
    QStringList sides; // of the whole corpus, so that filtering never recolours a side
    for (const Actor& actor : corpus.actors)
        sides.append(actor.side);
    m_sideColors = SidePalette::assign(sides);
    // Corpus::actorIndex and meetingIndex search linearly: thousands of tooltips need a hash.
    m_actorRow.clear();
    m_meetingRow.clear();
    // Backwards, so that of equal ids the first wins, as in Corpus::actorIndex.
    for (qsizetype i = corpus.actors.size() - 1; i >= 0; --i)
        m_actorRow.insert(corpus.actors.at(i).id, int(i));
    for (qsizetype i = corpus.meetings.size() - 1; i >= 0; --i)
        m_meetingRow.insert(corpus.meetings.at(i).id, int(i));

    // No index while thousands of items come and move: with the BSP index, moving 5k nodes costs
    // seconds (shared/notes/performance.md); it is rebuilt once at the end.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_pressedItem = nullptr;
    m_scene->clear();
    m_nodes.clear();
    m_edges.clear();
    m_meetingEdges.clear();
    const bool large = isLarge();
    m_labelFont = font();
    for (const ActorGraphNode& node : std::as_const(m_graph.nodes)) {
        auto* item = new NodeItem(node, sideColor(node.side), m_labelFont);
        item->label()->setHiddenWhenSmall(large);
        item->setToolTip(nodeToolTip(node));
        m_scene->addItem(item);
        m_nodes.append(item);
    }
    for (const ActorGraphEdge& edge : std::as_const(m_graph.edges)) {
        auto* item = new EdgeItem(m_nodes.at(edge.source), m_nodes.at(edge.target), edge.meetingIds);
        item->setToolTip(edgeToolTip(edge));
        m_scene->addItem(item);
        m_edges.append(item);
        for (const QString& meeting : edge.meetingIds)
            m_meetingEdges[meeting].append(item);
    }
    applyColors();
    layoutNodes();
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    updateSceneRect();
    updateLegend();
    applyCurrent(m_store->current());
    if (fit == Fit::Refit) {
        m_userZoomed = false;
        if (isVisible())
            fitAll();
        else
            m_fitPending = true;
    }
    Q_EMIT graphChanged();
}

void NetworkView::layoutNodes()
{
    ForceLayout::Graph graph;
    for (qsizetype i = 0; i < m_graph.nodes.size(); ++i) {
        const QString& id = m_graph.nodes.at(i).id;
        graph.ids.append(id);
        graph.footprints.append(m_nodes.at(i)->footprint());
        const auto pinned = m_pinned.constFind(id);
        if (pinned != m_pinned.cend())
            graph.pinned.insert(int(i), *pinned);
    }
    for (const ActorGraphEdge& edge : std::as_const(m_graph.edges))
        graph.edges.append({ edge.source, edge.target, double(edge.weight()) });
    ForceLayout::Options options;
    options.edgeLength = edgeLength;
    m_placed = ForceLayout::run(graph, options);
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_nodes.at(i)->setPos(m_placed.at(i));
}

void NetworkView::relayout()
{
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    layoutNodes();
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    updateSceneRect();
}

void NetworkView::updateSceneRect()
{
    // Room around the graph so that it can be panned to any edge of the window.
    const QRectF items = m_scene->itemsBoundingRect();
    const double grow = std::max(items.width(), items.height()) / 2 + 600;
    setSceneRect(items.isNull() ? QRectF(-300, -300, 600, 600) : items.adjusted(-grow, -grow, grow, grow));
}

QString NetworkView::nodeToolTip(const ActorGraphNode& node) const
{
    const Corpus& corpus = m_store->corpus();
    const int actor = m_actorRow.value(node.id, -1);
    QStringList details;
    if (actor >= 0 && !corpus.actors.at(actor).role.isEmpty())
        details.append(corpus.actors.at(actor).role.toHtmlEscaped());
    if (!node.side.isEmpty())
        details.append(node.side.toHtmlEscaped());
    details.append(node.known ? Labels::actorKind(node.kind) : tr("Not defined as an actor"));
    return tr("<b>%1</b><br>%2<br>%n meeting(s)", nullptr, node.meetingCount)
        .arg(node.name.toHtmlEscaped(), details.join(QStringLiteral(" · ")));
}

QString NetworkView::edgeToolTip(const ActorGraphEdge& edge) const
{
    const Corpus& corpus = m_store->corpus();
    QString text = tr("<b>%1 – %2</b>: %n meeting(s)", nullptr, edge.weight())
                       .arg(m_graph.nodes.at(edge.source).name.toHtmlEscaped(),
                           m_graph.nodes.at(edge.target).name.toHtmlEscaped());
    for (const QString& id : edge.meetingIds) {
        const int index = m_meetingRow.value(id, -1);
        if (index < 0)
            continue;
        const Meeting& meeting = corpus.meetings.at(index);
        QString when = Labels::dateRange(meeting.start, meeting.end, locale());
        if (!meeting.place.isEmpty())
            when = tr("%1, %2", "date, place").arg(when, meeting.place.toHtmlEscaped());
        text += tr("<br>• %1: %2 (%3)")
                    .arg((meeting.title.isEmpty() ? meeting.id : meeting.title).toHtmlEscaped(), when,
                        Labels::meetingStatus(meeting.status));
    }
    return text;
}

void NetworkView::applyColors()
{
    const QPalette colors = palette();
    const QColor base = colors.color(QPalette::Base);
    const QColor text = colors.color(QPalette::Text);
    const QColor accent = colors.color(QPalette::Highlight);
    const QColor edge = blend(base, text, 0.42); // neutral grey on light and dark backgrounds
    QColor halo = base;
    halo.setAlpha(190);
    m_scene->setBackgroundBrush(base);
    for (NodeItem* node : std::as_const(m_nodes)) {
        node->setAccentColor(accent);
        node->label()->setBrush(text);
        node->label()->setHaloColor(halo);
    }
    for (EdgeItem* item : std::as_const(m_edges))
        item->setColors(edge, accent);
    m_legend.setColors(text, base, edge);
    m_legendOverlay->update();
}

void NetworkView::updateLegend()
{
    QList<NetworkLegend::Side> sides;
    bool noSide = false;
    for (const QString& side : m_graph.sides()) {
        if (side.isEmpty())
            noSide = true;
        else
            sides.append({ side, sideColor(side) });
    }
    if (noSide)
        sides.append({ QString(), SidePalette::noSide() });
    QList<ActorKind> kinds;
    for (ActorKind kind : { ActorKind::Person, ActorKind::Organisation, ActorKind::State }) {
        const bool present = std::any_of(m_graph.nodes.cbegin(), m_graph.nodes.cend(),
            [kind](const ActorGraphNode& node) { return node.kind == kind; });
        if (present)
            kinds.append(kind);
    }
    m_legend.setSides(sides);
    m_legend.setKinds(kinds);
    m_legend.setFont(font());
    m_legendOverlay->resize(m_legend.size().toSize() + QSize(1, 1));
    m_legendOverlay->setVisible(!m_legend.isEmpty());
    m_legendOverlay->raise();
    m_legendOverlay->update();
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
    Q_EMIT pinnedPositionsChanged();
}

} // namespace Entente
