// Time of the force layout on generated preferential-attachment graphs with four edges per node
// (average degree 8): 500, 5,000 and 50,000 nodes. The 5,000-node case must stay under 2 s in a
// Release build on one core; Debug builds only report.
#include "forcelayout.h"
#include "generatedgraph.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace Entente;

class BenchLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout_data();
    void layout();
};

void BenchLayout::layout_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<double>("limitSeconds"); // 0: report only
    QTest::newRow("500") << 500 << 0.0;
    QTest::newRow("5000") << 5000 << 2.0;
    QTest::newRow("50000") << 50000 << 0.0;
}

void BenchLayout::layout()
{
    QFETCH(int, nodes);
    QFETCH(double, limitSeconds);
    const ForceLayout::Graph graph = Testing::generatedGraph(nodes);
    QElapsedTimer timer;
    timer.start();
    const QList<QPointF> positions = ForceLayout::run(graph);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(positions.size(), nodes);

    // Mean edge length against the requested one: a layout that blew up or collapsed shows here.
    // (Preferential-attachment graphs of degree 8 cannot keep edges near the requested length.)
    double total = 0;
    for (const ForceLayout::Edge& edge : graph.edges)
        total += std::hypot(positions.at(edge.source).x() - positions.at(edge.target).x(),
            positions.at(edge.source).y() - positions.at(edge.target).y());
    qInfo("layout %d nodes %lld edges: %.3f s (mean edge length %.0f, requested %.0f)", nodes,
        qlonglong(graph.edges.size()), seconds, total / double(graph.edges.size()),
        ForceLayout::Options().edgeLength);
#ifdef NDEBUG
    if (limitSeconds > 0)
        QVERIFY2(seconds < limitSeconds, qPrintable(QStringLiteral("%1 s").arg(seconds)));
#else
    Q_UNUSED(limitSeconds)
#endif
}

QTEST_GUILESS_MAIN(BenchLayout)
#include "bench_layout.moc"
