// The actor network: who met whom in the open corpus, laid out by forces. Nodes are actors, edges
// join actors who met (wider for more meetings). Clicking a node or an edge makes its actor or first
// meeting current; the current meeting's edges are highlighted. Nodes dragged by the analyst stay
// pinned where they were put, through re-layouts.
#pragma once

#include "actorgraph.h"
#include "corpusstore.h"
#include "exportableview.h"
#include "networklayout.h"
#include "networklegend.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QHash>

namespace Entente {

class EdgeItem;
class NodeItem;

class NetworkView : public QGraphicsView, public ExportableView
{
    Q_OBJECT
public:
    explicit NetworkView(CorpusStore* store, QWidget* parent = nullptr);
    ~NetworkView() override;

    QString exportName() const override;
    QSizeF exportSize() const override;
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

    const ActorGraph& graph() const { return m_graph; }
    NodeItem* nodeItem(const QString& actorId) const;
    EdgeItem* edgeItem(const QString& actorA, const QString& actorB) const;
    QList<NodeItem*> nodeItems() const { return m_nodes; }
    QList<EdgeItem*> edgeItems() const { return m_edges; }
    QColor sideColor(const QString& side) const;

    // Large corpora are laid out on a worker thread: whether one runs, and waiting for it (tests, export).
    bool isLayingOut() const;
    void waitForLayout();
    void prepareExport() override;
    // The tooltip of a node or edge item of this view (made when asked: thousands would cost).
    QString toolTipFor(const QGraphicsItem* item) const;

public Q_SLOTS:
    void fitAll();
    void zoomIn();
    void zoomOut();
    void clearPinnedPositions();
    void relayout();

Q_SIGNALS:
    void pinnedPositionsChanged();
    // A layout started on a worker thread; graphChanged() follows when it is shown.
    void layoutStarted();
    // The graph was rebuilt (corpus or filter changed).
    void graphChanged();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    enum class Fit { Keep, Refit };
    // Nodes: from here on, labels hide when too small to read and dragging drops the scene index.
    static constexpr int largeGraph = 150;
    bool isLarge() const;
    static constexpr double legendMargin = 8.0; // between the legend and the viewport's edges

    // Nodes plus meetings of the corpus above which the layout runs on a worker thread.
    static constexpr int backgroundAbove = 1500;
    bool laysOutInBackground() const;
    void rebuild(Fit fit);
    NetworkLayoutRequest takeLayoutRequest();
    void layoutFinished();
    void applyLayout(NetworkLayout layout);
    void deleteNode(NodeItem* node);
    void deleteEdge(EdgeItem* edge, NodeItem* dying);
    static QString edgeKey(const QString& a, const QString& b);
    void updateSceneRect();
    void updateLegend();
    void applyColors();
    void applyCurrent(const RecordRef& current);
    void pinMovedNodes();
    void zoomBy(double factor);
    QGraphicsItem* clickableItemAt(const QPoint& viewportPos) const;
    QString nodeToolTip(const ActorGraphNode& node) const;
    QString edgeToolTip(const ActorGraphEdge& edge) const;

    CorpusStore* m_store;
    QGraphicsScene* m_scene;
    ActorGraphFilter m_filter;
    ActorGraph m_graph;
    QList<NodeItem*> m_nodes; // by graph node index
    QList<EdgeItem*> m_edges; // by graph edge index
    QHash<QString, QList<EdgeItem*>> m_meetingEdges; // meeting id → the edges it makes
    QList<QPointF> m_placed; // where each node was last put, to tell which ones the analyst moved
    QHash<QString, NodeItem*> m_nodeById;
    QHash<QString, EdgeItem*> m_edgeByKey; // edgeKey(actor a, actor b) → edge
    QFutureWatcher<NetworkLayout> m_layoutWatcher;
    bool m_layoutAgain = false; // the corpus changed while a layout ran
    bool m_freshLayout = true; // the next layout starts afresh (no warm start)
    Fit m_pendingFit = Fit::Refit; // how to show the next layout
    QHash<QString, QPointF> m_pinned;
    QFont m_labelFont; // the font the labels were made with
    QHash<QString, QColor> m_sideColors;
    QHash<QString, int> m_actorRow; // id → index in the corpus's actors
    QHash<QString, int> m_meetingRow; // id → index in the corpus's meetings
    NetworkLegend m_legend;
    QWidget* m_legendOverlay; // a child of the view over the viewport: scrolling never moves it
    bool m_fitPending = true;
    bool m_userZoomed = false; // until then, resizing refits the graph
    bool m_clicking = false; // the current record changes by a click in this view
    QGraphicsItem* m_pressedItem = nullptr;
    QPoint m_pressPos;
};

} // namespace Entente
