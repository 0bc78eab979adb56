// The actor graph built from the sample corpus and its filters, and the force layout: deterministic,
// pinned nodes kept, nodes apart, neighbours near, labels apart.
#include "actorgraph.h"
#include "forcelayout.h"
#include "format.h"
#include "generatedgraph.h"

#include <QHashSeed>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

Corpus sampleCorpus()
{
    return Corpus::merge({ Format::load(QStringLiteral(ENTENTE_SAMPLE)) });
}

// "a|b" with the ids sorted, one per edge.
QSet<QString> pairs(const ActorGraph& graph)
{
    QSet<QString> result;
    for (const ActorGraphEdge& edge : graph.edges) {
        QString a = graph.nodes.at(edge.source).id, b = graph.nodes.at(edge.target).id;
        if (b < a)
            std::swap(a, b);
        result.insert(a + u'|' + b);
    }
    return result;
}

int weight(const ActorGraph& graph, const QString& a, const QString& b)
{
    const int edge = graph.edgeIndex(graph.nodeIndex(a), graph.nodeIndex(b));
    return edge < 0 ? 0 : graph.edges.at(edge).weight();
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// Wide, label-like footprints: a node of radius 10 with its name below it.
QList<QRectF> labelFootprints(int count)
{
    QList<QRectF> result;
    for (int i = 0; i < count; ++i)
        result.append(QRectF(-90 - (i % 3) * 20, -10, 180 + (i % 3) * 40, 36));
    return result;
}

int overlapCount(const QList<QPointF>& positions, const QList<QRectF>& footprints, double tolerance)
{
    int count = 0;
    for (qsizetype a = 0; a < positions.size(); ++a) {
        const QRectF ra = footprints.at(a).translated(positions.at(a));
        for (qsizetype b = a + 1; b < positions.size(); ++b) {
            const QRectF overlap = ra.intersected(footprints.at(b).translated(positions.at(b)));
            if (overlap.width() > tolerance && overlap.height() > tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestForceLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleGraph();
    void unknownParticipant();
    void filters_data();
    void filters();
    void deterministic_data();
    void deterministic();
    void pinnedNodesStay_data();
    void pinnedNodesStay();
    void nodesApart_data();
    void nodesApart();
    void neighboursCloser();
    void labelsApart();
    void partsPacked();
    void pinningOnePartKeepsOthers();
    void removeOverlapsKeepsPinned();
    void emptyAndSingle();
};

void TestForceLayout::sampleGraph()
{
    const Corpus corpus = sampleCorpus();
    QCOMPARE(corpus.actors.size(), 15);
    const ActorGraph graph = ActorGraph::build(corpus);
    QCOMPARE(graph.nodes.size(), 15);
    for (qsizetype i = 0; i < corpus.actors.size(); ++i)
        QCOMPARE(graph.nodes.at(i).id, corpus.actors.at(i).id);

    // By hand from the sample: Jakarta (Blinken, Wang Yi); the Beijing visit (four participants, six
    // pairs, Blinken–Wang Yi again); Yellen–Li Qiang; Kerry alone (no edge); Xie Feng with the
    // defence official; Biden–Xi.
    const QSet<QString> expected { u"blinken|wang-yi"_s, u"blinken|xi-jinping"_s, u"blinken|qin-gang"_s,
        u"qin-gang|xi-jinping"_s, u"wang-yi|xi-jinping"_s, u"qin-gang|wang-yi"_s, u"li-qiang|yellen"_s,
        u"us-defense-official|xie-feng"_s, u"biden|xi-jinping"_s };
    QCOMPARE(pairs(graph), expected);
    QCOMPARE(graph.edges.size(), 9);
    QCOMPARE(weight(graph, u"wang-yi"_s, u"blinken"_s), 2);
    QCOMPARE(weight(graph, u"biden"_s, u"xi-jinping"_s), 1);
    const ActorGraphEdge& twice = graph.edges.at(graph.edgeIndex(graph.nodeIndex(u"blinken"), graph.nodeIndex(u"wang-yi")));
    QCOMPARE(twice.meetingIds, QStringList({ u"jakarta-talks"_s, u"blinken-beijing-visit"_s }));
    QVERIFY(twice.source < twice.target);

    QCOMPARE(graph.nodes.at(graph.nodeIndex(u"kerry")).meetingCount, 1);
    QCOMPARE(graph.nodes.at(graph.nodeIndex(u"xi-jinping")).meetingCount, 2);
    QCOMPARE(graph.nodes.at(graph.nodeIndex(u"microsoft")).meetingCount, 0);
    QCOMPARE(graph.edgesOfMeeting(u"blinken-beijing-visit").size(), 6);
    QCOMPARE(graph.edgesOfMeeting(u"kerry-visit").size(), 0);
    QCOMPARE(graph.meetingIds.size(), 6);
    QCOMPARE(graph.sides(), QStringList({ u"China"_s, u"Southeast Asia"_s, u"USA"_s }));
}

void TestForceLayout::unknownParticipant()
{
    Corpus corpus;
    corpus.actors.append({ u"a"_s, u"Alice"_s, ActorKind::Person, u"X"_s, {}, {}, {}, {} });
    Meeting meeting;
    meeting.id = u"m"_s;
    meeting.participants = { u"a"_s, u"ghost"_s, u"a"_s }; // a repeated id is one participant
    meeting.start = FuzzyDate::parse(u"2023-01-02");
    corpus.meetings.append(meeting);
    const ActorGraph graph = ActorGraph::build(corpus);
    QCOMPARE(graph.nodes.size(), 2);
    QCOMPARE(graph.nodes.at(1).id, u"ghost"_s);
    QVERIFY(!graph.nodes.at(1).known);
    QCOMPARE(graph.edges.size(), 1);
    QCOMPARE(graph.nodes.at(0).meetingCount, 1);
}

void TestForceLayout::filters_data()
{
    QTest::addColumn<ActorGraphFilter>("filter");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QStringList>("edges"); // "a|b:weight", sorted

    const QStringList july { u"li-qiang|yellen:1"_s, u"blinken|wang-yi:1"_s, u"us-defense-official|xie-feng:1"_s };
    ActorGraphFilter filter;
    filter.from = QDate(2023, 7, 1);
    filter.to = QDate(2023, 7, 31);
    QTest::newRow("July: Beijing visit and summit out") << filter << 15 << july;
    filter.includeIsolated = false;
    QTest::newRow("July, met someone") << filter << 7 << july; // Kerry met no one but took part
    filter = {};
    filter.from = QDate(2023, 7, 9);
    filter.to = QDate(2023, 7, 9);
    QTest::newRow("last day of week 27 overlaps") << filter << 15 << QStringList { u"li-qiang|yellen:1"_s };
    filter = {};
    filter.to = QDate(2023, 6, 30);
    QTest::newRow("open start") << filter << 15
                                << QStringList { u"blinken|qin-gang:1"_s, u"blinken|wang-yi:1"_s,
                                       u"blinken|xi-jinping:1"_s, u"qin-gang|wang-yi:1"_s,
                                       u"qin-gang|xi-jinping:1"_s, u"wang-yi|xi-jinping:1"_s };
    filter = {};
    filter.statuses = { MeetingStatus::Held };
    QTest::newRow("held") << filter << 15
                          << QStringList { u"blinken|qin-gang:1"_s, u"blinken|wang-yi:1"_s,
                                 u"blinken|xi-jinping:1"_s, u"li-qiang|yellen:1"_s, u"qin-gang|wang-yi:1"_s,
                                 u"qin-gang|xi-jinping:1"_s, u"us-defense-official|xie-feng:1"_s,
                                 u"wang-yi|xi-jinping:1"_s };
    filter.statuses = { MeetingStatus::Cancelled, MeetingStatus::Failed };
    QTest::newRow("none cancelled") << filter << 15 << QStringList();
    filter = {};
    filter.sides = { u"Southeast Asia"_s };
    QTest::newRow("ASEAN met no one") << filter << 1 << QStringList();
    filter.sides = { u"USA"_s };
    // Every meeting has a US participant; China's actors stay as counterparts, ASEAN leaves.
    QTest::newRow("USA") << filter << 14
                         << QStringList { u"biden|xi-jinping:1"_s, u"blinken|qin-gang:1"_s, u"blinken|wang-yi:2"_s,
                                u"blinken|xi-jinping:1"_s, u"li-qiang|yellen:1"_s, u"qin-gang|wang-yi:1"_s,
                                u"qin-gang|xi-jinping:1"_s, u"us-defense-official|xie-feng:1"_s,
                                u"wang-yi|xi-jinping:1"_s };
}

void TestForceLayout::filters()
{
    QFETCH(ActorGraphFilter, filter);
    QFETCH(int, nodes);
    QFETCH(QStringList, edges);
    const ActorGraph graph = ActorGraph::build(sampleCorpus(), filter);
    QCOMPARE(graph.nodes.size(), nodes);
    QStringList found;
    for (const QString& pair : pairs(graph)) {
        const QStringList ids = pair.split(u'|');
        found.append(pair + u':' + QString::number(weight(graph, ids.at(0), ids.at(1))));
    }
    found.sort();
    edges.sort();
    QCOMPARE(found, edges);
    for (const ActorGraphEdge& edge : graph.edges) { // renumbered ends still name kept nodes
        QVERIFY(edge.source >= 0 && edge.target < graph.nodes.size() && edge.source < edge.target);
    }
}

void TestForceLayout::deterministic_data()
{
    QTest::addColumn<int>("nodes");
    QTest::newRow("2") << 2;
    QTest::newRow("15, exact repulsion") << 15;
    QTest::newRow("300, exact repulsion, multilevel") << 300;
    QTest::newRow("1500, Barnes-Hut, multilevel") << 1500;
}

void TestForceLayout::deterministic()
{
    QFETCH(int, nodes);
    ForceLayout::Graph graph = Testing::generatedGraph(nodes);
    graph.pinned.insert(1, QPointF(40, -30));
    const QList<QPointF> first = ForceLayout::run(graph);
    // Another qHash seed, as in another process: nothing may depend on hash order.
    QHashSeed::setDeterministicGlobalSeed();
    const QList<QPointF> second = ForceLayout::run(graph);
    QHashSeed::resetRandomGlobalSeed();
    QCOMPARE(second, first); // exactly, not approximately
    for (const QPointF& p : first)
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));

    // The seed is the ids: other ids, other positions (so the test above is not trivially true).
    for (QString& id : graph.ids)
        id.prepend(u'x');
    QVERIFY(ForceLayout::run(graph) != first);
}

void TestForceLayout::pinnedNodesStay_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<bool>("footprints");
    QTest::newRow("15") << 15 << false;
    QTest::newRow("15 with labels") << 15 << true;
    QTest::newRow("1500") << 1500 << false;
}

void TestForceLayout::pinnedNodesStay()
{
    QFETCH(int, nodes);
    QFETCH(bool, footprints);
    ForceLayout::Graph graph = Testing::generatedGraph(nodes);
    if (footprints)
        graph.footprints = labelFootprints(nodes);
    // Far from where the layout would put them, and two pinned neighbours (0 and 1 share an edge).
    graph.pinned = { { 0, QPointF(5000, 5000) }, { 1, QPointF(5000.5, 5000) }, { nodes - 1, QPointF(-3000, 12) } };
    const QList<QPointF> positions = ForceLayout::run(graph);
    QCOMPARE(positions.at(0), QPointF(5000, 5000));
    QCOMPARE(positions.at(1), QPointF(5000.5, 5000));
    QCOMPARE(positions.at(nodes - 1), QPointF(-3000, 12));
    // The rest moved: a free node is not at any pinned place.
    QVERIFY(distance(positions.at(2), QPointF(5000, 5000)) > 1);
}

void TestForceLayout::nodesApart_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("perNode");
    QTest::newRow("15 sparse") << 15 << 1;
    QTest::newRow("200") << 200 << 4;
    QTest::newRow("1500") << 1500 << 4;
}

void TestForceLayout::nodesApart()
{
    QFETCH(int, nodes);
    QFETCH(int, perNode);
    ForceLayout::Graph graph = Testing::generatedGraph(nodes, perNode);
    const QList<QPointF> positions = ForceLayout::run(graph);
    const double edgeLength = ForceLayout::Options().edgeLength;
    double closest = std::numeric_limits<double>::max();
    for (int a = 0; a < nodes; ++a) {
        for (int b = a + 1; b < nodes; ++b)
            closest = std::min(closest, distance(positions.at(a), positions.at(b)));
    }
    QVERIFY2(closest > edgeLength * 0.05, qPrintable(QString::number(closest)));
}

void TestForceLayout::neighboursCloser()
{
    const ForceLayout::Graph graph = Testing::generatedGraph(60, 2);
    const QList<QPointF> positions = ForceLayout::run(graph);
    QSet<quint64> linked;
    double linkedSum = 0;
    for (const ForceLayout::Edge& edge : graph.edges) {
        linked.insert(quint64(std::min(edge.source, edge.target)) << 32 | quint64(std::max(edge.source, edge.target)));
        linkedSum += distance(positions.at(edge.source), positions.at(edge.target));
    }
    double otherSum = 0;
    int others = 0;
    for (int a = 0; a < 60; ++a) {
        for (int b = a + 1; b < 60; ++b) {
            if (!linked.contains(quint64(a) << 32 | quint64(b))) {
                otherSum += distance(positions.at(a), positions.at(b));
                ++others;
            }
        }
    }
    const double linkedMean = linkedSum / double(graph.edges.size()), otherMean = otherSum / others;
    QVERIFY2(linkedMean < otherMean * 0.6, qPrintable(u"%1 vs %2"_s.arg(linkedMean).arg(otherMean)));
}

namespace {

// The sample's graph with label-sized footprints: a part of five, two pairs, Kerry and five more
// actors without a meeting between them.
ForceLayout::Graph sampleLayoutGraph()
{
    const ActorGraph actors = ActorGraph::build(sampleCorpus());
    ForceLayout::Graph graph;
    for (const ActorGraphNode& node : actors.nodes)
        graph.ids.append(node.id);
    for (const ActorGraphEdge& edge : actors.edges)
        graph.edges.append({ edge.source, edge.target, double(edge.weight()) });
    graph.footprints = labelFootprints(int(actors.nodes.size()));
    return graph;
}

} // namespace

void TestForceLayout::labelsApart()
{
    ForceLayout::Graph graph = sampleLayoutGraph();
    ForceLayout::Options options;
    options.overlapPasses = 0;
    const QList<QPointF> crowded = ForceLayout::run(graph, options);
    QVERIFY2(overlapCount(crowded, graph.footprints, 2) > 0, "labels this wide overlap before the passes");
    const QList<QPointF> positions = ForceLayout::run(graph);
    QCOMPARE(overlapCount(positions, graph.footprints, 0), 0);
}

void TestForceLayout::partsPacked()
{
    // Three separate generated graphs and isolated nodes, as actors who never met anyone.
    ForceLayout::Graph graph;
    for (int part = 0; part < 3; ++part) {
        const ForceLayout::Graph piece = Testing::generatedGraph(20 + 15 * part, 2, quint64(part));
        const int offset = int(graph.ids.size());
        for (const QString& id : piece.ids)
            graph.ids.append(u"p%1-"_s.arg(part) + id);
        for (const ForceLayout::Edge& edge : piece.edges)
            graph.edges.append({ edge.source + offset, edge.target + offset, 1.0 });
    }
    for (int i = 0; i < 10; ++i)
        graph.ids.append(u"alone%1"_s.arg(i));
    const int n = int(graph.ids.size());
    graph.footprints = QList<QRectF>(n, QRectF(-20, -12, 40, 24));
    const QList<QPointF> positions = ForceLayout::run(graph);
    QCOMPARE(overlapCount(positions, graph.footprints, 0), 0);
    // Packed, not flung apart: the picture is not much larger than the parts' own boxes.
    QRectF all;
    double partsArea = 0;
    int begin = 0;
    for (int size : { 20, 35, 50 }) {
        QRectF box;
        for (int i = begin; i < begin + size; ++i)
            box |= graph.footprints.at(i).translated(positions.at(i));
        partsArea += box.width() * box.height();
        all |= box;
        begin += size;
    }
    for (int i = begin; i < n; ++i) {
        partsArea += 40 * 24;
        all |= graph.footprints.at(i).translated(positions.at(i));
    }
    QVERIFY2(all.width() * all.height() < 4 * partsArea, qPrintable(u"%1 vs %2"_s.arg(all.width() * all.height()).arg(partsArea)));
    QVERIFY(all.width() < 3 * all.height() && all.height() < 3 * all.width());
}

void TestForceLayout::pinningOnePartKeepsOthers()
{
    ForceLayout::Graph graph = sampleLayoutGraph();
    const QList<QPointF> free = ForceLayout::run(graph);
    const int microsoft = int(graph.ids.indexOf(u"microsoft"_s));
    QVERIFY(microsoft >= 0);
    graph.pinned.insert(microsoft, QPointF(4000, -2500));
    const QList<QPointF> pinned = ForceLayout::run(graph);
    QCOMPARE(pinned.at(microsoft), QPointF(4000, -2500));
    for (int i = 0; i < graph.ids.size(); ++i) {
        if (i != microsoft)
            QVERIFY2(distance(pinned.at(i), free.at(i)) < 0.5, qPrintable(graph.ids.at(i)));
    }
    // Pinned onto the others' place, it is flowed around: no footprints overlap.
    graph.pinned.insert(microsoft, free.at(int(graph.ids.indexOf(u"blinken"_s))));
    QCOMPARE(overlapCount(ForceLayout::run(graph), graph.footprints, 0), 0);
}

void TestForceLayout::removeOverlapsKeepsPinned()
{
    // Five boxes on one spot, one of them pinned: it stays, the others leave it.
    QList<QPointF> positions(5, QPointF(10, 10));
    const QList<QRectF> boxes(5, QRectF(-50, -10, 100, 20));
    const QHash<int, QPointF> pinned { { 2, QPointF(10, 10) } };
    QCOMPARE(ForceLayout::removeOverlaps(positions, boxes, pinned, 100, 4), 0);
    QCOMPARE(positions.at(2), QPointF(10, 10));
    QCOMPARE(overlapCount(positions, boxes, 0), 0);
    QVERIFY(overlapCount(QList<QPointF>(5, QPointF(10, 10)), boxes, 0) > 0);
}

void TestForceLayout::emptyAndSingle()
{
    QVERIFY(ForceLayout::run({}).isEmpty());
    ForceLayout::Graph single;
    single.ids = { u"only"_s };
    const QList<QPointF> one = ForceLayout::run(single);
    QCOMPARE(one.size(), 1);
    QVERIFY(std::isfinite(one.at(0).x()) && std::isfinite(one.at(0).y()));
    QCOMPARE(ForceLayout::stableHash(u"blinken"), ForceLayout::stableHash(u"blinken"));
    QVERIFY(ForceLayout::stableHash(u"blinken") != ForceLayout::stableHash(u"wang-yi"));
}

QTEST_GUILESS_MAIN(TestForceLayout)
#include "tst_forcelayout.moc"
