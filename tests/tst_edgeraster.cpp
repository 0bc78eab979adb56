// A large edge layer in a window blits a picture of its edges drawn on a worker thread: the picture
// shows what drawing the edges directly shows, the first paint leaves the edges to it, edits are
// drawn at once until a new picture comes, highlighted edges go over it, a zoom shows it scaled
// until a sharp one comes, and exports never use it.
#include "actorgraph.h"
#include "edgeitem.h"
#include "edgelayer.h"
#include "nodeitem.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrentRun>
#include <memory>
#include <vector>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr int columns = 12;
constexpr int rows = 9;
constexpr double spacing = 70.0;
const QColor edgeColor(70, 70, 70);
const QColor accentColor(0, 0, 255);

// Nodes on a grid, each joined to its right and lower neighbours and to one a knight's move away.
class GridNetwork
{
public:
    GridNetwork()
    {
        layer = new EdgeLayer;
        layer->setColors(edgeColor, accentColor);
        scene.addItem(layer);
        for (int i = 0; i < columns * rows; ++i) {
            ActorGraphNode node;
            node.id = u"n%1"_s.arg(i);
            node.meetingCount = 1;
            auto* item = new NodeItem(node, QColor(200, 220, 200), QFont());
            item->setPos((i % columns) * spacing, (i / columns) * spacing);
            scene.addItem(item);
            nodes.append(item);
        }
        auto join = [this](int a, int b, int weight) {
            QStringList meetings;
            for (int m = 0; m < weight; ++m)
                meetings.append(u"m%1-%2-%3"_s.arg(a).arg(b).arg(m));
            edges.push_back(std::make_unique<EdgeItem>(nodes.at(a), nodes.at(b), meetings));
        };
        for (int i = 0; i < columns * rows; ++i) {
            const int x = i % columns, y = i / columns;
            if (x + 1 < columns)
                join(i, i + 1, 1 + i % 3);
            if (y + 1 < rows)
                join(i, i + columns, 1);
            if (x + 2 < columns && y + 1 < rows)
                join(i, i + columns + 2, 2);
        }
        QList<EdgeItem*> all;
        for (const auto& edge : edges)
            all.append(edge.get());
        layer->setEdges(all);
        view.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setFrameShape(QFrame::NoFrame);
        view.resize(640, 480);
        view.setSceneRect(scene.itemsBoundingRect().adjusted(-400, -400, 400, 400));
        view.fitInView(scene.itemsBoundingRect(), Qt::KeepAspectRatio);
    }
    ~GridNetwork()
    {
        edges.clear(); // before the layer and the nodes they tell
    }

    // Shown, its edges drawn from a picture, and the first picture made.
    bool showWithPicture()
    {
        layer->setPictureAbove(0);
        view.show();
        return QTest::qWaitForWindowExposed(&view) && waitForPicture();
    }
    QImage shot() { return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }
    // The first edge's middle, where no node or label is, on the viewport.
    QPoint middleOf(const EdgeItem* edge) const { return view.mapFromScene(edge->line().center()); }
    bool waitForPicture()
    {
        return QTest::qWaitFor(
            [this] { return layer->picture().hasPicture() && !layer->picture().isRendering(); });
    }

    QGraphicsScene scene;
    QGraphicsView view { &scene };
    EdgeLayer* layer;
    QList<NodeItem*> nodes;
    std::vector<std::unique_ptr<EdgeItem>> edges;
};

// No ink at p or next to it (a faint aliased hairline may round to a neighbouring pixel).
bool isBackground(const QImage& image, QPoint p)
{
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
            if (image.rect().contains(p + QPoint(dx, dy))
                && QColor(image.pixel(p + QPoint(dx, dy))).lightness() < 235)
                return false;
        }
    }
    return true;
}

// Pixels whose channels differ by more than a rounding step.
int differingPixels(const QImage& a, const QImage& b)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) > 2 || std::abs(p.green() - q.green()) > 2
                || std::abs(p.blue() - q.blue()) > 2)
                ++differing;
        }
    }
    return differing;
}

} // namespace

class TestEdgeRaster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pictureShowsWhatDirectDrawingShows_data();
    void pictureShowsWhatDirectDrawingShows();
    void pictureCoversAMarginWithinItsBudget_data();
    void pictureCoversAMarginWithinItsBudget();
    void editedEdgesAreDrawnAtOnce();
    void highlightedEdgesGoOverThePicture();
    void busyWorkersLeaveTheLinesToThePaint();
    void exportsDrawEveryEdge();
};

void TestEdgeRaster::pictureShowsWhatDirectDrawingShows_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPoint>("pan"); // scrolled by, in viewport pixels
    QTest::addColumn<int>("pictures"); // made in all
    QTest::newRow("whole network") << 1.0 << QPoint() << 1;
    QTest::newRow("zoomed in") << 2.5 << QPoint() << 2;
    QTest::newRow("zoomed out") << 0.5 << QPoint() << 2;
    QTest::newRow("panned within the margin") << 1.0 << QPoint(120, -80) << 1;
    QTest::newRow("zoomed in and panned") << 2.5 << QPoint(200, 150) << 2;
}

void TestEdgeRaster::pictureShowsWhatDirectDrawingShows()
{
    QFETCH(double, zoom);
    QFETCH(QPoint, pan);
    QFETCH(int, pictures);
    GridNetwork net;
    net.layer->setPictureAbove(std::numeric_limits<int>::max()); // drawn directly, as small layers are
    net.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&net.view));
    QCOMPARE(net.layer->picture().renderCount(), 0); // no picture for a layer drawn directly

    net.layer->setPictureAbove(0);
    const QImage first = net.shot();
    // The first paint has no picture: it draws no edge and asks a worker for one.
    QCOMPARE(net.layer->lastPaintCount(), 0);
    const QPoint middle = net.middleOf(net.edges.front().get());
    QVERIFY(isBackground(first, middle));
    QVERIFY(net.waitForPicture());
    QCOMPARE(net.layer->picture().renderCount(), 1);

    // Zoomed or panned since: the picture carried there meanwhile, then a sharp one for it.
    if (zoom != 1.0 || !pan.isNull()) {
        net.view.scale(zoom, zoom);
        net.view.horizontalScrollBar()->setValue(net.view.horizontalScrollBar()->value() + pan.x());
        const int top = net.view.verticalScrollBar()->value();
        net.view.verticalScrollBar()->setValue(top + pan.y());
        QCOMPARE(net.view.verticalScrollBar()->value(), top + pan.y()); // the scene has room for it
        QCOMPARE(net.layer->picture().renderCount(), 1);
        const QImage meanwhile = net.shot();
        QCOMPARE(net.layer->lastPaintCount(), 0); // no edge drawn on the UI thread
        const QPoint there = net.middleOf(net.edges.front().get());
        if (net.view.viewport()->rect().contains(there))
            QVERIFY(!isBackground(meanwhile, there));
        // Paints while the new picture is drawn ask for nothing more: one picture per transform.
        QTest::qWait(0);
        net.shot();
        QTest::qWait(0);
        net.shot();
        QTest::qWait(50);
        QVERIFY(net.waitForPicture());
    }
    QCOMPARE(net.layer->picture().renderCount(), pictures);
    const QImage blitted = net.shot();
    QCOMPARE(net.layer->lastPaintCount(), 0);
    net.layer->setPictureAbove(std::numeric_limits<int>::max());
    const QImage direct = net.shot();
    QVERIFY(net.layer->lastPaintCount() > 0);
    QCOMPARE(blitted.size(), direct.size());
    int ink = 0;
    for (int y = 0; y < direct.height(); y += 2) {
        for (int x = 0; x < direct.width(); x += 2)
            ink += QColor(direct.pixel(x, y)).lightness() < 200 ? 1 : 0;
    }
    QVERIFY2(ink > 200, "edges are drawn");
    const int differing = differingPixels(blitted, direct);
    QVERIFY2(differing <= direct.width() * direct.height() / 500, qPrintable(QString::number(differing)));
}

void TestEdgeRaster::pictureCoversAMarginWithinItsBudget_data()
{
    QTest::addColumn<QSize>("viewport");
    QTest::addColumn<QSize>("picture"); // empty: not known, only within the budget
    QTest::newRow("window") << QSize(640, 480) << QSize(1280, 960); // half the viewport on each side
    QTest::newRow("maximised on a large screen") << QSize(3600, 2200) << QSize();
}

void TestEdgeRaster::pictureCoversAMarginWithinItsBudget()
{
    QFETCH(QSize, viewport);
    QFETCH(QSize, picture);
    GridNetwork net;
    net.view.resize(viewport);
    QVERIFY(net.showWithPicture());
    QCOMPARE(net.view.viewport()->size(), viewport);
    const QSize made = net.layer->picture().pictureSize();
    if (!picture.isEmpty())
        QCOMPARE(made, picture);
    // Never less than the viewport, never over 16 million pixels.
    QVERIFY(made.width() >= viewport.width() && made.height() >= viewport.height());
    QVERIFY2(double(made.width()) * made.height() <= 16'000'000,
             qPrintable(u"%1×%2"_s.arg(made.width()).arg(made.height())));
}

void TestEdgeRaster::editedEdgesAreDrawnAtOnce()
{
    GridNetwork net;
    QVERIFY(net.showWithPicture());
    const int renders = net.layer->picture().renderCount();
    // A node dragged far: its edges are drawn at their new place in the very next paint.
    NodeItem* node = net.nodes.at(columns + 1);
    const EdgeItem* moved = node->edges().constFirst();
    node->setPos(node->pos() + QPointF(spacing / 2, spacing * 3.5));
    const QImage now = net.shot();
    QVERIFY(net.layer->lastPaintCount() > 0); // drawn, not blitted
    QVERIFY(!isBackground(now, net.middleOf(moved)));
    QVERIFY(!net.layer->picture().hasPicture());
    // Once the edits pause, a new picture of them, and paints blit again.
    QTRY_VERIFY(net.layer->picture().renderCount() > renders);
    QVERIFY(net.waitForPicture());
    const QImage later = net.shot();
    QCOMPARE(net.layer->lastPaintCount(), 0);
    QVERIFY(!isBackground(later, net.middleOf(moved)));
    const int differing = differingPixels(now, later);
    QVERIFY2(differing <= now.width() * now.height() / 500, qPrintable(QString::number(differing)));
}

void TestEdgeRaster::highlightedEdgesGoOverThePicture()
{
    GridNetwork net;
    QVERIFY(net.showWithPicture());
    const int renders = net.layer->picture().renderCount();
    EdgeItem* edge = net.edges.at(5).get();
    edge->setHighlighted(true);
    const QImage shot = net.shot();
    QCOMPARE(net.layer->lastPaintCount(), 1); // only the highlighted edge drawn as a line
    const QColor middle = shot.pixelColor(net.middleOf(edge));
    QVERIFY2(middle.blue() > 150 && middle.red() < 120, qPrintable(middle.name()));
    QCOMPARE(net.layer->picture().renderCount(), renders); // the picture stays as it is
    QVERIFY(net.layer->picture().hasPicture());
}

void TestEdgeRaster::busyWorkersLeaveTheLinesToThePaint()
{
    GridNetwork net;
    net.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&net.view));
    net.layer->setPictureAbove(0);
    // Every worker of the pool held by a long batch: the paint draws the lines and asks for nothing.
    QThreadPool* pool = QThreadPool::globalInstance();
    QSemaphore release;
    QList<QFuture<void>> batch;
    for (int i = 0; i < pool->maxThreadCount(); ++i)
        batch.append(QtConcurrent::run([&release] { release.acquire(); }));
    QTRY_COMPARE(pool->activeThreadCount(), pool->maxThreadCount());
    const QImage during = net.shot();
    QVERIFY(net.layer->lastPaintCount() > 0);
    QVERIFY(!isBackground(during, net.middleOf(net.edges.front().get())));
    QTest::qWait(50);
    QCOMPARE(net.layer->picture().renderCount(), 0);
    QVERIFY(!net.layer->picture().isRendering());
    // Once the batch ends, the next paint asks for a picture and then blits it.
    release.release(pool->maxThreadCount());
    for (QFuture<void>& future : batch)
        future.waitForFinished();
    QTRY_COMPARE(pool->activeThreadCount(), 0);
    net.shot();
    QVERIFY(net.waitForPicture());
    net.shot();
    QCOMPARE(net.layer->lastPaintCount(), 0);
}

void TestEdgeRaster::exportsDrawEveryEdge()
{
    GridNetwork net;
    net.layer->setPictureAbove(0);
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        net.scene.render(&painter, QRectF(), net.scene.itemsBoundingRect());
    }
    QCOMPARE(net.layer->lastPaintCount(), int(net.edges.size()));
    QCOMPARE(net.layer->picture().renderCount(), 0);
    QVERIFY(!net.layer->picture().isRendering());
}

QTEST_MAIN(TestEdgeRaster)
#include "tst_edgeraster.moc"
