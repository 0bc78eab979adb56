// The actor network over the sample: one item per actor and per pair that met, widths by meetings,
// linked selection both ways, dragging pins, filters, and exports that show what the screen shows.
// Set ENTENTE_SNAPSHOT_DIR to keep a PNG of the sample network there.
#include "corpusstore.h"
#include "edgeitem.h"
#include "edgelayer.h"
#include "labelitem.h"
#include "networkpanel.h"
#include "exportcaption.h"
#include "networkview.h"
#include "nodeitem.h"
#include "viewexporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    CorpusStore store;
    std::unique_ptr<NetworkView> view;

    Fixture()
    {
        store.setDocuments({ Format::load(QStringLiteral(ENTENTE_SAMPLE)) });
        view = std::make_unique<NetworkView>(&store);
        view->setShowIsolated(true); // these tests count every actor of the sample
        view->resize(1100, 750);
    }

    bool show()
    {
        view->show();
        return QTest::qWaitForWindowExposed(view.get());
    }

    QPoint viewportPoint(const QPointF& scenePos) const { return view->mapFromScene(scenePos); }
};

template<typename Item>
QList<Item*> itemsOf(const QGraphicsScene* scene)
{
    QList<Item*> result;
    for (QGraphicsItem* item : scene->items()) {
        if (item->type() == Item::Type)
            result.append(static_cast<Item*>(item));
    }
    return result;
}

// The <text> contents of an SVG; an empty list (and a failure) when it is not well-formed XML.
QStringList svgTexts(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    if (xml.hasError()) {
        qWarning("%s", qPrintable(xml.errorString()));
        return {};
    }
    return texts;
}

bool sameColor(QRgb pixel, const QColor& color, int tolerance = 12)
{
    return std::abs(qRed(pixel) - color.red()) <= tolerance && std::abs(qGreen(pixel) - color.green()) <= tolerance
        && std::abs(qBlue(pixel) - color.blue()) <= tolerance;
}

void sendMouse(QWidget* widget, QEvent::Type type, const QPoint& pos, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// A corpus of many actors in a ring of meetings, to test what changes for large graphs.
Document ringDocument(int actors)
{
    Document document;
    document.fileName = u"ring.entente"_s;
    for (int i = 0; i < actors; ++i)
        document.actors.append({ u"a%1"_s.arg(i), u"Actor number %1"_s.arg(i), ActorKind::Person, u"S%1"_s.arg(i % 4), {}, {}, {}, {} });
    for (int i = 0; i < actors; ++i) {
        Meeting meeting;
        meeting.id = u"m%1"_s.arg(i);
        meeting.participants = { u"a%1"_s.arg(i), u"a%1"_s.arg((i + 1) % actors) };
        meeting.start = meeting.end = FuzzyDate::parse(u"2023-07-01");
        document.meetings.append(meeting);
    }
    return document;
}

} // namespace

class TestNetworkView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneItemPerActorAndPair();
    void widthByMeetings();
    void currentMeetingHighlightsItsEdges_data();
    void currentMeetingHighlightsItsEdges();
    void clickSelects();
    void dragPinsNode();
    void pinnedPositionsSurviveUpdates();
    void filters();
    void labelsDoNotOverlap();
    void fitShowsEveryNode();
    void zoomKeys();
    void wheelZoomsAndBackgroundDragPans();
    void svgExportHasText();
    void pngExportWidthAndColors();
    void largeGraphHidesSmallLabels();
    void edgeLayerPaintsOnlyExposedEdges();
    void largeGraphPngHasDefaultSize();
    void panelFilters();
};

void TestNetworkView::oneItemPerActorAndPair()
{
    Fixture f;
    QCOMPARE(f.view->exportName(), u"network"_s);
    const QGraphicsScene* scene = f.view->scene();
    const QList<NodeItem*> nodes = itemsOf<NodeItem>(scene);
    QCOMPARE(nodes.size(), f.store.corpus().actors.size());
    QCOMPARE(nodes.size(), 15);
    QCOMPARE(f.view->edgeItems().size(), 9);
    QCOMPARE(f.view->edgeLayer()->edges(), f.view->edgeItems()); // one layer draws them all
    QCOMPARE(f.view->edgeLayer()->scene(), scene);
    QCOMPARE(itemsOf<LabelItem>(scene).size(), 15);
    for (const Actor& actor : f.store.corpus().actors) {
        NodeItem* node = f.view->nodeItem(actor.id);
        QVERIFY2(node, qPrintable(actor.id));
        QCOMPARE(node->label()->text(), actor.name);
    }
    QVERIFY(f.view->edgeItem(u"xie-feng"_s, u"us-defense-official"_s));
    QVERIFY(!f.view->edgeItem(u"kerry"_s, u"blinken"_s));
    // Shapes say the kind: ASEAN is an organisation, so its outline is not a circle.
    QVERIFY(NodeItem::outline(ActorKind::Organisation, 10) != NodeItem::outline(ActorKind::Person, 10));
    QVERIFY(f.view->sideColor(u"USA"_s) != f.view->sideColor(u"China"_s));
}

void TestNetworkView::widthByMeetings()
{
    Fixture f;
    const EdgeItem* twice = f.view->edgeItem(u"blinken"_s, u"wang-yi"_s);
    const EdgeItem* once = f.view->edgeItem(u"yellen"_s, u"li-qiang"_s);
    QVERIFY(twice && once);
    QCOMPARE(twice->weight(), 2);
    QCOMPARE(once->weight(), 1);
    QVERIFY(twice->width() > once->width());
    QVERIFY(f.view->toolTipFor(twice).contains(u"Jakarta"_s));
    QVERIFY(f.view->toolTipFor(twice).contains(u"13 July 2023"_s));
    // Xi took part in two meetings and Kerry in one: Xi's node is larger.
    QVERIFY(f.view->nodeItem(u"xi-jinping"_s)->radius() > f.view->nodeItem(u"kerry"_s)->radius());
}

void TestNetworkView::currentMeetingHighlightsItsEdges_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("edges"); // "a|b" as in the item order source|target
    QTest::addColumn<QStringList>("selected");
    QTest::newRow("Jakarta talks") << int(MarkKind::Meeting) << u"jakarta-talks"_s
                                   << QStringList { u"blinken|wang-yi"_s }
                                   << QStringList { u"blinken"_s, u"wang-yi"_s };
    QTest::newRow("Beijing visit") << int(MarkKind::Meeting) << u"blinken-beijing-visit"_s
                                   << QStringList { u"blinken|wang-yi"_s, u"blinken|qin-gang"_s, u"blinken|xi-jinping"_s,
                                          u"wang-yi|qin-gang"_s, u"wang-yi|xi-jinping"_s, u"qin-gang|xi-jinping"_s }
                                   << QStringList { u"blinken"_s, u"wang-yi"_s, u"qin-gang"_s, u"xi-jinping"_s };
    QTest::newRow("Kerry alone") << int(MarkKind::Meeting) << u"kerry-visit"_s << QStringList()
                                 << QStringList { u"kerry"_s };
    QTest::newRow("actor Biden") << int(MarkKind::Actor) << u"biden"_s << QStringList { u"biden|xi-jinping"_s }
                                 << QStringList { u"biden"_s };
    QTest::newRow("issue trade") << int(MarkKind::Issue) << u"trade"_s << QStringList { u"yellen|li-qiang"_s }
                                 << QStringList { u"yellen"_s, u"li-qiang"_s };
}

void TestNetworkView::currentMeetingHighlightsItsEdges()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QStringList, edges);
    QFETCH(QStringList, selected);
    Fixture f;
    f.store.setCurrent({ MarkKind(kind), id });
    QStringList highlighted;
    for (const EdgeItem* edge : f.view->edgeItems()) {
        if (edge->isHighlighted())
            highlighted.append(edge->source()->actorId() + u'|' + edge->target()->actorId());
    }
    QCOMPARE(highlighted.size(), edges.size());
    for (const QString& pair : edges) {
        const QStringList ids = pair.split(u'|');
        const EdgeItem* edge = f.view->edgeItem(ids.at(0), ids.at(1));
        QVERIFY2(edge && edge->isHighlighted(), qPrintable(pair));
    }
    QStringList selectedIds;
    for (const NodeItem* node : f.view->nodeItems()) {
        if (node->isSelected())
            selectedIds.append(node->actorId());
    }
    selectedIds.sort();
    selected.sort();
    QCOMPARE(selectedIds, selected);
    // A highlighted edge is wider than it was.
    if (!edges.isEmpty()) {
        const QStringList ids = edges.constFirst().split(u'|');
        const EdgeItem* edge = f.view->edgeItem(ids.at(0), ids.at(1));
        QVERIFY(edge->width() > EdgeItem::widthFor(edge->weight()));
    }
    f.store.setCurrent({ MarkKind::Date, u"x"_s });
    for (const EdgeItem* edge : f.view->edgeItems())
        QVERIFY(!edge->isHighlighted());
}

void TestNetworkView::clickSelects()
{
    Fixture f;
    QVERIFY(f.show());
    const NodeItem* yellen = f.view->nodeItem(u"yellen"_s);
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, f.viewportPoint(yellen->scenePos()));
    QCOMPARE(f.store.current(), (RecordRef { MarkKind::Actor, u"yellen"_s }));
    QVERIFY(yellen->isSelected());

    // The name belongs to the node: clicking it selects the actor too.
    const LabelItem* label = f.view->nodeItem(u"kerry"_s)->label();
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, f.viewportPoint(label->sceneBoundingRect().center()));
    QCOMPARE(f.store.current(), (RecordRef { MarkKind::Actor, u"kerry"_s }));

    // An edge: its first meeting becomes current. Find a point of the line that no node covers.
    const EdgeItem* edge = f.view->edgeItem(u"blinken"_s, u"wang-yi"_s);
    const QPointF a = edge->source()->scenePos(), b = edge->target()->scenePos();
    QPoint onEdge;
    for (double t = 0.3; t <= 0.7 && onEdge.isNull(); t += 0.05) {
        const QPoint p = f.viewportPoint(a + (b - a) * t);
        const QList<QGraphicsItem*> under = f.view->items(p);
        if (!under.isEmpty() && under.constFirst() == f.view->edgeLayer() && f.view->edgeAt(p) == edge)
            onEdge = p;
    }
    QVERIFY2(!onEdge.isNull(), "no free point on the Blinken–Wang Yi edge");
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, onEdge);
    QCOMPARE(f.store.current(), (RecordRef { MarkKind::Meeting, u"jakarta-talks"_s }));
    QVERIFY(edge->isHighlighted());
    QVERIFY(f.view->nodeItem(u"blinken"_s)->isSelected());
}

void TestNetworkView::dragPinsNode()
{
    Fixture f;
    QVERIFY(f.show());
    QSignalSpy pinned(f.view.get(), &NetworkView::pinnedPositionsChanged);
    NodeItem* node = f.view->nodeItem(u"microsoft"_s);
    const QPointF before = node->scenePos();
    const QPoint start = f.viewportPoint(before);
    const QPoint end = start + QPoint(60, 40);
    QWidget* viewport = f.view->viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        sendMouse(viewport, QEvent::MouseMove, start + (end - start) * step / 4, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, end, Qt::NoButton);
    QCOMPARE(pinned.size(), 1);
    const QPointF after = node->scenePos();
    QVERIFY(QLineF(before, after).length() > 30);
    QCOMPARE(f.view->pinnedPositions().value(u"microsoft"_s), after);
    QCOMPARE(f.view->pinnedPositions().size(), 1);
    // A drag is not a click: the current record did not change.
    QVERIFY(!f.store.current().isValid());

    // A re-parse lays the graph out again; the dragged node stays where it was put.
    f.store.updateDocumentText(0, f.store.corpus().documents.at(0).text);
    QCOMPARE(f.view->nodeItem(u"microsoft"_s)->scenePos(), after);
}

void TestNetworkView::pinnedPositionsSurviveUpdates()
{
    Fixture f;
    const QHash<QString, QPointF> pins { { u"kerry"_s, QPointF(-900, 420) }, { u"biden"_s, QPointF(800, -300) } };
    f.view->setPinnedPositions(pins);
    QCOMPARE(f.view->nodeItem(u"kerry"_s)->pos(), QPointF(-900, 420));
    QCOMPARE(f.view->nodeItem(u"biden"_s)->pos(), QPointF(800, -300));
    // A filter that hides Kerry's meeting and Kerry, then shows them again: the pin is kept.
    ActorGraphFilter hideKerry;
    hideKerry.statuses = { MeetingStatus::Held };
    hideKerry.includeIsolated = false;
    f.view->setFilter(hideKerry);
    QVERIFY(!f.view->nodeItem(u"kerry"_s));
    f.view->setFilter({});
    QCOMPARE(f.view->nodeItem(u"kerry"_s)->pos(), QPointF(-900, 420));
    f.store.setDocuments({ Format::load(QStringLiteral(ENTENTE_SAMPLE)) });
    QCOMPARE(f.view->nodeItem(u"biden"_s)->pos(), QPointF(800, -300));
    QCOMPARE(f.view->pinnedPositions(), pins);
    f.view->clearPinnedPositions();
    QVERIFY(f.view->pinnedPositions().isEmpty());
    QVERIFY(f.view->nodeItem(u"kerry"_s)->pos() != QPointF(-900, 420));
}

void TestNetworkView::filters()
{
    Fixture f;
    f.view->setStatuses({ MeetingStatus::Held });
    QCOMPARE(f.view->edgeItems().size(), 8);
    QVERIFY(!f.view->edgeItem(u"biden"_s, u"xi-jinping"_s));
    QCOMPARE(f.view->edgeLayer()->edges(), f.view->edgeItems());
    f.view->setStatuses({});
    f.view->setDateRange(QDate(2023, 7, 1), QDate(2023, 7, 31));
    QCOMPARE(f.view->edgeItems().size(), 3);
    QCOMPARE(f.view->edgeItem(u"blinken"_s, u"wang-yi"_s)->weight(), 1);
    f.view->setDateRange({}, {});
    f.view->setSides({ u"Southeast Asia"_s });
    QCOMPARE(f.view->nodeItems().size(), 1);
    QCOMPARE(itemsOf<NodeItem>(f.view->scene()).size(), 1);
    f.view->setSides({});
    QCOMPARE(f.view->nodeItems().size(), 15);
    QCOMPARE(f.view->edgeItems().size(), 9);
}

void TestNetworkView::labelsDoNotOverlap()
{
    Fixture f;
    const QList<NodeItem*> nodes = f.view->nodeItems();
    for (qsizetype a = 0; a < nodes.size(); ++a) {
        const QRectF label = nodes.at(a)->label()->sceneBoundingRect();
        for (qsizetype b = 0; b < nodes.size(); ++b) {
            if (a == b)
                continue;
            const QRectF otherLabel = nodes.at(b)->label()->sceneBoundingRect().intersected(label);
            QVERIFY2(otherLabel.width() < 2 || otherLabel.height() < 2,
                qPrintable(nodes.at(a)->actorId() + u" / "_s + nodes.at(b)->actorId()));
            // Nor does a name lie on another actor's node.
            const QRectF otherNode = nodes.at(b)->mapRectToScene(NodeItem::outline(ActorKind::Person, nodes.at(b)->radius()).boundingRect());
            const QRectF onNode = otherNode.intersected(label);
            QVERIFY2(onNode.width() < 2 || onNode.height() < 2,
                qPrintable(nodes.at(a)->actorId() + u" on "_s + nodes.at(b)->actorId()));
        }
    }
}

void TestNetworkView::fitShowsEveryNode()
{
    Fixture f;
    QVERIFY(f.show());
    f.view->scale(5, 5);
    f.view->fitAll();
    const QRect visible = f.view->viewport()->rect();
    for (const NodeItem* node : f.view->nodeItems()) {
        const QRect item = f.view->mapFromScene(node->sceneBoundingRect()).boundingRect();
        QVERIFY2(visible.contains(item), qPrintable(node->actorId()));
    }
    if (const QString folder = qEnvironmentVariable("ENTENTE_SNAPSHOT_DIR"); !folder.isEmpty())
        QVERIFY(f.view->grab().save(QDir(folder).filePath(u"network-screen.png"_s)));
    QTest::keyClick(f.view.get(), Qt::Key_F); // F fits too, after zooming away
    f.view->scale(4, 4);
    QTest::keyClick(f.view.get(), Qt::Key_F);
    QVERIFY(visible.contains(f.view->mapFromScene(f.view->nodeItem(u"asean"_s)->sceneBoundingRect()).boundingRect()));
}

void TestNetworkView::zoomKeys()
{
    Fixture f;
    QVERIFY(f.show());
    const double start = f.view->transform().m11();
    QTest::keyClick(f.view.get(), Qt::Key_Equal, Qt::ControlModifier);
    const double zoomedIn = f.view->transform().m11();
    QVERIFY(zoomedIn > start);
    QTest::keyClick(f.view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(f.view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(f.view->transform().m11() < start);
}

void TestNetworkView::wheelZoomsAndBackgroundDragPans()
{
    Fixture f;
    QVERIFY(f.show());
    QWidget* viewport = f.view->viewport();
    // An empty spot: no item under it.
    QPoint empty;
    for (int y = 20; y < viewport->height() && empty.isNull(); y += 23) {
        for (int x = 20; x < viewport->width() && empty.isNull(); x += 29) {
            if (f.view->items(QPoint(x, y)).isEmpty() && x > 300)
                empty = QPoint(x, y);
        }
    }
    QVERIFY(!empty.isNull());
    const double before = f.view->transform().m11();
    QWheelEvent wheel(QPointF(empty), QPointF(viewport->mapToGlobal(empty)), QPoint(), QPoint(0, 120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    QVERIFY(f.view->transform().m11() > before);

    const QPointF centre = f.view->mapToScene(viewport->rect().center());
    sendMouse(viewport, QEvent::MouseButtonPress, empty, Qt::LeftButton);
    for (int step = 1; step <= 5; ++step)
        sendMouse(viewport, QEvent::MouseMove, empty + QPoint(-20 * step, 10 * step), Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, empty + QPoint(-100, 50), Qt::NoButton);
    const QPointF moved = f.view->mapToScene(viewport->rect().center()) - centre;
    QVERIFY2(moved.x() > 40 && moved.y() < -20, qPrintable(u"%1, %2"_s.arg(moved.x()).arg(moved.y())));
    QVERIFY(f.view->pinnedPositions().isEmpty()); // panning moves no node
    QVERIFY(!f.store.current().isValid());
}

void TestNetworkView::svgExportHasText()
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"network.svg"_s);
    QString error;
    ViewExporter::Options options;
    options.format = ViewExporter::ImageFormat::Svg;
    QVERIFY2(ViewExporter::write(*f.view, path, options, &error), qPrintable(error));
    const QStringList texts = svgTexts(path);
    QVERIFY2(texts.contains(u"Antony Blinken"_s), qPrintable(texts.join(u", ")));
    QVERIFY(texts.contains(u"Wang Yi"_s));
    QVERIFY(texts.contains(u"Association of Southeast Asian Nations"_s));
    QVERIFY(texts.contains(u"USA"_s)); // the legend
    QVERIFY(texts.contains(u"China"_s));
}

void TestNetworkView::pngExportWidthAndColors()
{
    Fixture f;
    f.store.setCurrent({ MarkKind::Meeting, u"jakarta-talks"_s });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"network.png"_s);
    QString error;
    ViewExporter::Options options;
    options.width = 900;
    QVERIFY2(ViewExporter::write(*f.view, path, options, &error), qPrintable(error));
    QCOMPARE(QImage(path).width(), 900);

    // Rendered at its own size: every node's colour is at the node's place.
    const QSize size = f.view->exportSize().toSize();
    QVERIFY(size.width() > 300 && size.height() > 200);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        f.view->renderExport(&painter, target);
    }
    const QTransform toImage = f.view->exportTransform(target);
    for (const NodeItem* node : f.view->nodeItems()) {
        const QPoint centre = toImage.map(node->scenePos()).toPoint();
        QVERIFY2(image.rect().contains(centre), qPrintable(node->actorId()));
        QVERIFY2(sameColor(image.pixel(centre), node->color()), qPrintable(node->actorId()));
    }
    // Labels are inside the picture: none is clipped at its edges.
    for (const NodeItem* node : f.view->nodeItems())
        QVERIFY(QRectF(image.rect()).contains(toImage.mapRect(node->label()->sceneBoundingRect())));
    if (const QString folder = qEnvironmentVariable("ENTENTE_SNAPSHOT_DIR"); !folder.isEmpty()) {
        ViewExporter::Options full;
        full.scale = 2;
        QVERIFY(ViewExporter::write(*f.view, QDir(folder).filePath(u"network.png"_s), full, &error));
    }
}

void TestNetworkView::largeGraphHidesSmallLabels()
{
    CorpusStore store;
    store.setDocuments({ ringDocument(400) });
    NetworkView view(&store);
    QCOMPARE(view.nodeItems().size(), 400);
    QCOMPARE(view.edgeItems().size(), 400);
    // Large graphs keep no scene index: moving and replacing thousands of items must not rebuild a tree.
    QCOMPARE(view.scene()->itemIndexMethod(), QGraphicsScene::NoIndex);
    QTemporaryDir dir;
    QString error;
    ViewExporter::Options options;
    options.format = ViewExporter::ImageFormat::Svg;
    const QString full = dir.filePath(u"full.svg"_s);
    QVERIFY2(ViewExporter::write(view, full, options, &error), qPrintable(error));
    QVERIFY(svgTexts(full).contains(u"Actor number 7"_s));
    QCOMPARE(svgTexts(full).filter(u"Actor number"_s).size(), 400);
    options.width = 300; // far too small to read 400 names: only as many as fit are kept
    const QString small = dir.filePath(u"small.svg"_s);
    QVERIFY2(ViewExporter::write(view, small, options, &error), qPrintable(error));
    const QStringList texts = svgTexts(small);
    QVERIFY(!texts.isEmpty()); // the legend still is text
    const qsizetype names = texts.filter(u"Actor number"_s).size();
    QVERIFY2(names >= 1 && names <= 40, qPrintable(QString::number(names)));
}

void TestNetworkView::edgeLayerPaintsOnlyExposedEdges()
{
    CorpusStore store;
    store.setDocuments({ ringDocument(400) });
    NetworkView view(&store);
    EdgeLayer* layer = view.edgeLayer();
    QCOMPARE(layer->edges().size(), 400);
    const EdgeItem* edge = view.edgeItem(u"a7"_s, u"a8"_s);
    QVERIFY(edge);
    const QPointF middle = edge->line().center();
    QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(QPointF(200, 200) - middle); // the middle of the edge at the image's centre
    QStyleOptionGraphicsItem option;
    // A small exposed rectangle: only the edges that cross its cells are drawn, the one there among them.
    option.exposedRect = QRectF(middle - QPointF(4, 4), QSizeF(8, 8));
    layer->paint(&painter, &option, nullptr);
    QVERIFY2(layer->lastPaintCount() >= 1 && layer->lastPaintCount() <= 12, qPrintable(QString::number(layer->lastPaintCount())));
    QVERIFY(layer->edgesIn(option.exposedRect).contains(edge));
    QVERIFY(image.pixelColor(200, 200).lightness() < 230); // and it is drawn
    // The whole layer: every edge.
    option.exposedRect = layer->boundingRect();
    layer->paint(&painter, &option, nullptr);
    QCOMPARE(layer->lastPaintCount(), 400);
    // Clicks find the edge under the point, and nothing away from every line.
    QCOMPARE(layer->edgeAt(middle), edge);
    QVERIFY(!layer->edgeAt(middle + QPointF(0, 0.5) * (EdgeItem::clickWidth + 40) * 4));
    // After a node moves, the grid follows it.
    NodeItem* node = view.nodeItem(u"a8"_s);
    node->setPos(node->pos() + QPointF(5000, 5000));
    const QPointF moved = edge->line().pointAt(0.9);
    QVERIFY(QLineF(moved, middle).length() > 1000);
    QVERIFY(layer->edgesIn(QRectF(moved - QPointF(4, 4), QSizeF(8, 8))).contains(edge));
    QCOMPARE(layer->edgeAt(moved), edge);
}

void TestNetworkView::largeGraphPngHasDefaultSize()
{
    CorpusStore store;
    store.setDocuments({ ringDocument(400) });
    NetworkView view(&store);
    const QSizeF full = view.exportSize();
    QVERIFY2(full.width() * full.height() > NetworkView::minimumPngPixels, qPrintable(u"%1×%2"_s.arg(full.width()).arg(full.height())));
    const QSizeF fitted = view.defaultPngSize();
    QVERIFY(fitted.width() < full.width());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ring.png"_s);
    QString error;
    QString notice;
    QVERIFY2(ViewExporter::write(view, path, {}, &error, &notice), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.width(), qRound(fitted.width()));
    QVERIFY(double(image.width()) * image.height() < NetworkView::defaultPngPixels * 1.2);
    // It says so, the size of the file written, and how large the whole would be (both with the
    // caption strip under the graph).
    QVERIFY2(notice.contains(u"drawn at %1×%2"_s.arg(image.width()).arg(image.height())), qPrintable(notice));
    const double caption = ExportCaptions::height(ExportCaptions::of(view), full.width());
    QVERIFY2(notice.contains(u"%1×%2"_s.arg(qRound(full.width())).arg(qRound(full.height() + caption))), qPrintable(notice));
    // A width asked for is honoured, and the legend keeps its size beside the smaller graph.
    notice.clear();
    ViewExporter::Options wide;
    wide.width = int(fitted.width() * 1.5);
    QVERIFY2(ViewExporter::write(view, path, wide, &error, &notice), qPrintable(error));
    QCOMPARE(QImage(path).width(), wide.width);
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    const QTransform small = view.exportTransform(QRectF(QPointF(0, 0), fitted));
    QVERIFY(small.m11() < 1.0);
    // The sample is drawn whole, as before.
    CorpusStore sample;
    sample.setDocuments({ Format::load(QStringLiteral(ENTENTE_SAMPLE)) });
    NetworkView sampleView(&sample);
    QCOMPARE(sampleView.defaultPngSize(), sampleView.exportSize());
}

void TestNetworkView::panelFilters()
{
    CorpusStore store;
    store.setDocuments({ Format::load(QStringLiteral(ENTENTE_SAMPLE)) });
    NetworkPanel panel(&store);
    NetworkView* view = panel.view();
    QVERIFY(view);
    QCOMPARE(view->edgeItems().size(), 9);
    QList<QCheckBox*> boxes = panel.findChildren<QCheckBox*>();
    QCheckBox* planned = nullptr;
    for (QCheckBox* box : boxes) {
        if (box->text() == u"Planned")
            planned = box;
    }
    QVERIFY(planned);
    if (const QString folder = qEnvironmentVariable("ENTENTE_SNAPSHOT_DIR"); !folder.isEmpty()) {
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(QDir(folder).filePath(u"network-panel.png"_s)));
    }
    planned->setChecked(false);
    QCOMPARE(view->filter().statuses.size(), 3);
    QVERIFY(!view->edgeItem(u"biden"_s, u"xi-jinping"_s));
    QCOMPARE(view->edgeItems().size(), 8);
}

QTEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"
