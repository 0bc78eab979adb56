// The actor network: who met whom in the open corpus, laid out by forces. Nodes are actors, edges
// join actors who met (wider for more meetings). Clicking a node or an edge makes its actor or first
// meeting current; the current meeting's edges are highlighted. Nodes dragged by the analyst stay
// pinned where they were put, through re-layouts. Actors without a meeting that passes the filters
// are hidden unless asked for; Ctrl+F finds an actor by name or alias; E shows the current actor's
// ego network (it and the actors it met), Esc the whole network again.
#pragma once

#include "actorgraph.h"
#include "corpusstore.h"
#include "exportableview.h"
#include "labelitem.h"
#include "networklayout.h"
#include "networklegend.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QHash>

#include <memory>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace Entente {

class EdgeItem;
class EdgeLayer;
class NodeItem;

class NetworkView : public QGraphicsView, public ExportableView
{
    Q_OBJECT
public:
    explicit NetworkView(CorpusStore* store, QWidget* parent = nullptr);
    ~NetworkView() override;

    QString exportName() const override;
    QSizeF exportSize() const override;
    // Large graphs: the size with room for every name if they were spread evenly (labels keep their
    // size in the picture, so it stays legible), within a budget; small ones: exportSize().
    QSizeF defaultPngSize() const override;
    static constexpr double defaultPngPixels = 12'000'000; // at most, by default
    static constexpr double minimumPngPixels = 4'000'000; // a graph smaller than this is drawn whole
    void renderExport(QPainter* painter, const QRectF& target) override;
    // The part of the scene an export shows (the whole graph and a margin), left of the legend.
    QRectF exportSceneRect() const;
    // Where renderExport(painter, target) puts scene coordinates.
    QTransform exportTransform(const QRectF& target) const;

    // Positions the analyst set by dragging, by actor id; kept for actors the filter hides.
    QHash<QString, QPointF> pinnedPositions() const { return m_pinned; }
    void setPinnedPositions(const QHash<QString, QPointF>& positions);

    // Filters: invalid dates and empty lists mean no restriction.
    void setDateRange(QDate from, QDate to);
    void setSides(const QStringList& sides);
    void setStatuses(const QList<MeetingStatus>& statuses);
    void setFilter(const ActorGraphFilter& filter);
    const ActorGraphFilter& filter() const { return m_filter; }
    // Actors without a meeting that passes the filters: hidden by default.
    void setShowIsolated(bool show);
    bool showsIsolated() const { return m_filter.includeIsolated; }
    // The ego view of an actor (it, the actors it met, the edges among them); empty: the whole network.
    void setEgoActor(const QString& actorId);
    QString egoActor() const { return m_filter.focus; }
    // The legend over the view (remembered in the settings); exports always have it.
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legendVisible; }
    QRect legendGeometry() const; // in viewport coordinates; empty when hidden
    // Every side of the corpus's actors, derived ones included, sorted ("" for actors without one).
    QStringList corpusSides() const { return m_corpusSides; }
    // Actors in the corpus, and how many of them the network shows.
    int actorCount() const { return int(m_store->corpus().actors.size()); }

    // Find: the field over the view (Ctrl+F), what it completes, and selecting an actor by name,
    // alias or id: it becomes the current record, selected and centred. False if none is shown.
    void showFind();
    QLineEdit* findField() const { return m_findField; }
    QStringList findCompletions();
    bool findActor(const QString& text);
    // Which labels are drawn at the current zoom (see LabelBudget).
    const LabelBudget& labelBudget() const { return m_labelBudget; }

    const ActorGraph& graph() const { return m_graph; }
    NodeItem* nodeItem(const QString& actorId) const;
    EdgeItem* edgeItem(const QString& actorA, const QString& actorB) const;
    QList<NodeItem*> nodeItems() const { return m_nodes; }
    QList<EdgeItem*> edgeItems() const { return m_edges; }
    // The one scene item that draws every edge.
    EdgeLayer* edgeLayer() const { return m_edgeLayer; }
    // The edge under a point of the viewport (as a click or a tooltip finds it), or null.
    EdgeItem* edgeAt(const QPoint& viewportPos) const;
    QColor sideColor(const QString& side) const;

    // Large corpora are laid out on a worker thread and swapped in over event-loop turns: whether
    // either is under way, and waiting for both (tests, export).
    bool isLayingOut() const;
    void waitForLayout();
    void prepareExport() override;
    // The tooltip of a node or an edge of this view (made when asked: thousands would cost).
    QString toolTipFor(const QGraphicsItem* item) const;
    QString toolTipFor(const EdgeItem* edge) const;

public Q_SLOTS:
    void fitAll();
    void zoomIn();
    void zoomOut();
    void clearPinnedPositions();
    void relayout();
    // The ego view of the current actor, or back to the whole network.
    void toggleEgoView();

Q_SIGNALS:
    void pinnedPositionsChanged();
    // A layout started on a worker thread; graphChanged() follows when it is shown.
    void layoutStarted();
    // The graph was rebuilt (corpus or filter changed).
    void graphChanged();
    void legendVisibleChanged(bool visible);
    void egoActorChanged(const QString& actorId);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    enum class Fit { Keep, Refit };
    // Nodes: from here on, labels hide when too small to read and dragging drops the scene index.
    static constexpr int largeGraph = 150;
    bool isLarge() const;
    static constexpr double legendMargin = 8.0; // between the legend and the viewport's edges

    // Nodes plus meetings of the corpus above which the layout runs on a worker thread.
    static constexpr int backgroundAbove = 1500;
    bool laysOutInBackground() const;
    // Where an export of target puts the graph and the legend, and at what scales.
    struct ExportLayout
    {
        double graphScale = 1.0;
        double legendScale = 1.0;
        QPointF graphOrigin; // where the top-left of exportSceneRect() goes
        QPointF legendOrigin;
    };
    ExportLayout exportLayout(const QRectF& target) const;
    NetworkLegend exportLegend() const;
    void rebuild(Fit fit);
    NetworkLayoutRequest takeLayoutRequest();
    void layoutFinished();
    // A finished layout is swapped in over turns of the event loop, each within swapInBudgetMs
    // (networkviewswapin.cpp): small graphs all at once.
    static constexpr int swapInBudgetMs = 6;
    struct SwapIn;
    void applyLayout(NetworkLayout layout);
    void beginSwapIn(NetworkLayout layout);
    bool continueSwapIn(qint64 budgetNs); // true when every step is done
    void commitSwapIn();
    void finishSwapIn(); // the remaining steps now
    void deleteNode(NodeItem* node);
    void deleteEdge(EdgeItem* edge, NodeItem* dying);
    void updateSceneRect();
    void updateLegend();
    void applyColors();
    void applyCurrent(const RecordRef& current);
    void pinMovedNodes();
    void zoomBy(double factor);
    // What a click at a point of the viewport means: a node (its label included) or else an edge.
    struct Hit
    {
        NodeItem* node = nullptr;
        EdgeItem* edge = nullptr;
        bool isNull() const { return !node && !edge; }
    };
    Hit clickableItemAt(const QPoint& viewportPos) const;
    QString nodeToolTip(const ActorGraphNode& node) const;
    QString edgeToolTip(const ActorGraphEdge& edge) const;
    void setUpFind();
    void placeOverlays();
    void updateEgoBanner();
    void buildFindIndex();
    // Chooses the labels to draw where scene points land at sceneToDevice, within area (device);
    // whole: only labels that fit in it entirely (a picture cuts what crosses its edge).
    void placeLabels(const QTransform& sceneToDevice, const QRectF& area, bool whole = false);

    CorpusStore* m_store;
    QGraphicsScene* m_scene;
    ActorGraphFilter m_filter;
    ActorGraph m_graph;
    QList<NodeItem*> m_nodes; // by graph node index
    QList<EdgeItem*> m_edges; // by graph edge index
    QHash<QString, QList<EdgeItem*>> m_meetingEdges; // meeting id → the edges it makes
    QList<QPointF> m_placed; // where each node was last put, to tell which ones the analyst moved
    std::unique_ptr<SwapIn> m_swapIn; // a layout being swapped in, if any
    QTimer* m_swapTimer = nullptr; // the next turn of the swap-in
    EdgeLayer* m_edgeLayer;
    QFutureWatcher<NetworkLayout> m_layoutWatcher;
    bool m_layoutAgain = false; // the corpus changed while a layout ran
    bool m_freshLayout = true; // the next layout starts afresh (no warm start)
    Fit m_pendingFit = Fit::Refit; // how to show the next layout
    QHash<QString, QPointF> m_pinned;
    QFont m_labelFont; // the font the labels were made with
    QHash<QString, QColor> m_sideColors; // a cache: SidePalette::color() depends on the side alone
    QHash<QString, int> m_actorRow; // id → index in the corpus's actors
    QHash<QString, int> m_meetingRow; // id → index in the corpus's meetings
    NetworkLegend m_legend;
    QWidget* m_legendOverlay; // a child of the view over the viewport: scrolling never moves it
    QStringList m_corpusSides;
    QList<int> m_labelRank; // by node index
    LabelBudget m_labelBudget;
    QList<int> m_byRank; // node indexes, busiest first
    QTransform m_placedFor; // the transform m_labelBudget was made for
    QRectF m_placedArea;
    bool m_placementStale = true; // nodes moved or came since
    bool m_legendVisible = true;
    QLabel* m_egoBanner;
    QLineEdit* m_findField;
    QStringListModel* m_findModel;
    QCompleter* m_findCompleter;
    QHash<QString, QString> m_findIndex; // case-folded name, alias or id → actor id; empty: not built
    bool m_fitPending = true;
    bool m_userZoomed = false; // until then, resizing refits the graph
    bool m_clicking = false; // the current record changes by a click in this view
    Hit m_pressed;
    QPoint m_pressPos;
};

} // namespace Entente
