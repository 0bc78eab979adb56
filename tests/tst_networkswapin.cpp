// The network of a large generated corpus comes in over turns of the event loop: while it does the
// old graph stays whole, and at the end every actor and pair has exactly one item, where the layout
// put it, kept items are reused, and nothing of the old graph is left in the scene. Zoomed out, the
// busiest actors' names are still drawn, labels left out are skipped by the paint, and the edges
// and nodes still reach the pixels.
#include "corpusgenerator.h"
#include "corpusstore.h"
#include "edgeitem.h"
#include "edgelayer.h"
#include "format.h"
#include "labelitem.h"
#include "networkview.h"
#include "nodeitem.h"

#include <QDeadlineTimer>
#include <QImage>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Entente;

class TestNetworkSwapIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void swapInOverTurnsEndsWhole_data();
    void swapInOverTurnsEndsWhole();
    void zoomedOutDrawsBusiestLabelsOnly();
    void zoomedOutPaintsEdgesAndNodes();

private:
    QList<NodeItem*> sceneNodes() const;
    CorpusStore m_store;
    std::unique_ptr<NetworkView> m_view;
};

QList<NodeItem*> TestNetworkSwapIn::sceneNodes() const
{
    QList<NodeItem*> nodes;
    for (QGraphicsItem* item : m_view->scene()->items()) {
        if (item->type() == NodeItem::Type && item->isVisible())
            nodes.append(static_cast<NodeItem*>(item));
    }
    return nodes;
}

void TestNetworkSwapIn::initTestCase()
{
    Testing::CorpusSpec spec;
    spec.articles = 600; // above the size laid out in the background and swapped in over turns
    Testing::CorpusGenerator generator(spec);
    QList<Document> documents;
    for (int i = 0; i < spec.articles; ++i)
        documents.append(Format::parse(generator.article(i), generator.fileName(i)));
    m_store.setDocuments(documents);
    m_view = std::make_unique<NetworkView>(&m_store);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->waitForLayout();
    QVERIFY(m_view->nodeItems().size() > 300);
}

void TestNetworkSwapIn::swapInOverTurnsEndsWhole_data()
{
    QTest::addColumn<bool>("newFont");
    QTest::newRow("relayout keeps items") << false;
    QTest::newRow("new font makes new items") << true;
}

void TestNetworkSwapIn::swapInOverTurnsEndsWhole()
{
    QFETCH(bool, newFont);
    const QList<NodeItem*> before = m_view->nodeItems();
    if (newFont) {
        QFont font = m_view->font();
        font.setPointSizeF(font.pointSizeF() + 1);
        m_view->setFont(font); // lays out afresh with new label items
    } else {
        m_view->relayout();
    }
    // Turn by turn until done: each turn the graph the view answers for is whole.
    int swapTurns = 0;
    // Bounded by time, not turns: the worker's layout may take many idle turns (sanitizer builds).
    const QDeadlineTimer deadline(std::chrono::minutes(2));
    while (m_view->isLayingOut() && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        const ActorGraph& graph = m_view->graph();
        QCOMPARE(m_view->nodeItems().size(), graph.nodes.size());
        QCOMPARE(m_view->edgeItems().size(), graph.edges.size());
        if (!m_view->graph().nodes.isEmpty() && m_view->isLayingOut())
            ++swapTurns;
    }
    QVERIFY(!m_view->isLayingOut());
    if (!newFont)
        QVERIFY(swapTurns > 1); // over several turns, the old graph whole meanwhile

    const ActorGraph& graph = m_view->graph();
    const QList<NodeItem*> nodes = m_view->nodeItems();
    QCOMPARE(nodes.size(), graph.nodes.size());
    // One item per actor, in the scene, and no item of the old graph left over.
    QCOMPARE(QSet<NodeItem*>(nodes.begin(), nodes.end()).size(), nodes.size());
    const QList<NodeItem*> inScene = sceneNodes();
    QCOMPARE(QSet<NodeItem*>(inScene.begin(), inScene.end()), QSet<NodeItem*>(nodes.begin(), nodes.end()));
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QCOMPARE(nodes.at(i)->actorId(), graph.nodes.at(i).id);
        QCOMPARE(nodes.at(i)->label()->text(), graph.nodes.at(i).name);
    }
    if (newFont) { // labels made with the new font
        for (NodeItem* node : nodes)
            QCOMPARE(node->label()->font(), m_view->font());
    } else { // every item kept and moved
        QCOMPARE(nodes, before);
    }
    // Every pair once, between its actors' items, drawn by the layer, following the nodes.
    const QList<EdgeItem*> edges = m_view->edgeItems();
    QCOMPARE(edges.size(), graph.edges.size());
    QCOMPARE(m_view->edgeLayer()->edges(), edges);
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const ActorGraphEdge& edge = graph.edges.at(i);
        QCOMPARE(edges.at(i)->source(), nodes.at(edge.source));
        QCOMPARE(edges.at(i)->target(), nodes.at(edge.target));
        QCOMPARE(edges.at(i)->meetingIds(), edge.meetingIds);
        QCOMPARE(edges.at(i)->line(), QLineF(nodes.at(edge.source)->pos(), nodes.at(edge.target)->pos()));
    }
    for (NodeItem* node : nodes) {
        for (EdgeItem* edge : node->edges())
            QVERIFY(edges.contains(edge)); // no edge of the old graph still hangs on a node
    }
}

void TestNetworkSwapIn::zoomedOutDrawsBusiestLabelsOnly()
{
    m_view->fitAll();
    m_view->viewport()->repaint();
    const QList<NodeItem*> nodes = m_view->nodeItems();
    int drawn = 0;
    for (NodeItem* node : nodes) {
        const LabelItem* label = node->label();
        // Labels left out have no contents for the paint; the ones drawn do.
        QCOMPARE(bool(label->flags() & QGraphicsItem::ItemHasNoContents), !label->isDrawn());
        drawn += label->isDrawn() ? 1 : 0;
        if (label->rank() == 0)
            QVERIFY(label->isDrawn()); // the busiest actor's name
    }
    QVERIFY(drawn >= 12);
    QVERIFY(drawn < nodes.size() / 2);
    // A selected node's name is drawn at any zoom.
    NodeItem* quiet = nullptr;
    for (NodeItem* node : nodes) {
        if (!node->label()->isDrawn())
            quiet = node;
    }
    QVERIFY(quiet);
    quiet->setSelected(true);
    QVERIFY(quiet->label()->isDrawn());
    QVERIFY(!(quiet->label()->flags() & QGraphicsItem::ItemHasNoContents));
    quiet->setSelected(false);
    QVERIFY(quiet->label()->flags() & QGraphicsItem::ItemHasNoContents);
}

void TestNetworkSwapIn::zoomedOutPaintsEdgesAndNodes()
{
    m_view->fitAll();
    const QImage image = m_view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb background = m_view->palette().color(QPalette::Base).rgb();
    // Along an edge between two nodes far apart, the line reaches the pixels (faint, not background).
    int checked = 0;
    for (const EdgeItem* edge : m_view->edgeItems()) {
        const QPoint a = m_view->mapFromScene(edge->line().p1());
        const QPoint b = m_view->mapFromScene(edge->line().p2());
        if ((a - b).manhattanLength() < 80 || !image.rect().contains(a) || !image.rect().contains(b))
            continue;
        int marked = 0;
        for (int step = 4; step <= 16; ++step) {
            const QPointF p = QPointF(a) + (QPointF(b) - QPointF(a)) * (step / 20.0);
            bool hit = false;
            for (int dx = -1; dx <= 1 && !hit; ++dx) {
                for (int dy = -1; dy <= 1 && !hit; ++dy)
                    hit = image.pixel(p.toPoint() + QPoint(dx, dy)) != background;
            }
            marked += hit ? 1 : 0;
        }
        QVERIFY2(marked >= 11, "an edge is drawn along its length");
        if (++checked == 20)
            break;
    }
    QVERIFY(checked > 0);
    // Every node's centre is painted in a colour (dots when tiny).
    int painted = 0;
    const QList<NodeItem*> nodes = m_view->nodeItems();
    for (const NodeItem* node : nodes) {
        const QPoint at = m_view->mapFromScene(node->pos());
        if (image.rect().contains(at) && image.pixel(at) != background)
            ++painted;
    }
    QVERIFY(painted >= nodes.size() * 9 / 10);
}

QTEST_MAIN(TestNetworkSwapIn)
#include "tst_networkswapin.moc"
