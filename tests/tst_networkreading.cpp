// Reading the actor network at corpus scale: actors without meetings hidden, filters that hide
// nodes, find, the ego view, the legend's toggle, labels' size on screen at any zoom and which
// are drawn when zoomed out, and side colours that depend on the side alone.
#include "corpusstore.h"
#include "edgeitem.h"
#include "format.h"
#include "labelitem.h"
#include "networkview.h"
#include "nodeitem.h"
#include "sidepalette.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// Actors of the corpus that took part in a meeting that passes `filter`.
QSet<QString> participantsOf(const Corpus& corpus, const ActorGraphFilter& filter = {})
{
    QSet<QString> result;
    for (const Meeting& meeting : corpus.meetings) {
        if (filter.acceptsMeetingDates(meeting))
            result.unite(QSet<QString>(meeting.participants.cbegin(), meeting.participants.cend()));
    }
    return result;
}

QSet<QString> shownIds(const NetworkView& view)
{
    QSet<QString> result;
    for (const QGraphicsItem* item : view.scene()->items()) {
        if (item->type() == NodeItem::Type)
            result.insert(static_cast<const NodeItem*>(item)->actorId());
    }
    return result;
}

// CIELAB of an sRGB colour (D65), for colour distances as people see them.
std::array<double, 3> lab(const QColor& color)
{
    auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double r = linear(color.redF()), g = linear(color.greenF()), b = linear(color.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

double distance(const QColor& a, const QColor& b)
{
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

double luminance(const QColor& color)
{
    auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Actor actor(const QString& id, const QString& name, const QString& side, const QString& role = {})
{
    return { id, name, ActorKind::Person, side, role, {}, {}, {} };
}

Meeting meeting(const QString& id, const QStringList& participants, const char* date)
{
    Meeting result;
    result.id = id;
    result.participants = participants;
    result.start = result.end = FuzzyDate::parse(QString::fromLatin1(date));
    result.status = MeetingStatus::Held;
    return result;
}

// A corpus of many actors in a ring of meetings; actor 0 meets every tenth actor too, so ranks differ.
Document ringDocument(int actors)
{
    Document document;
    document.fileName = u"ring.entente"_s;
    for (int i = 0; i < actors; ++i)
        document.actors.append(actor(u"a%1"_s.arg(i), u"Actor number %1"_s.arg(i), u"S%1"_s.arg(i % 4)));
    for (int i = 0; i < actors; ++i)
        document.meetings.append(meeting(u"m%1"_s.arg(i), { u"a%1"_s.arg(i), u"a%1"_s.arg((i + 1) % actors) }, "2023-07-01"));
    for (int i = 10; i < actors; i += 10)
        document.meetings.append(meeting(u"hub%1"_s.arg(i), { u"a0"_s, u"a%1"_s.arg(i) }, "2023-07-02"));
    return document;
}

} // namespace

class TestNetworkReading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void isolatedHiddenByDefault();
    void filtersHideNodes_data();
    void filtersHideNodes();
    void findSelectsAndCentres();
    void ctrlFOpensFind();
    void egoViewShowsNeighbours();
    void legendToggle();
    void labelSizeOnScreen_data();
    void labelSizeOnScreen();
    void zoomedOutDrawsBusiestLabels();
    void sideColorsStable();
    void fixedSidesDistinguishable();
    void sideFromTitleShownAsDerived();

private:
    Document m_sample;
};

void TestNetworkReading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_sample = Format::load(QStringLiteral(ENTENTE_SAMPLE));
    QVERIFY(!m_sample.actors.isEmpty());
}

void TestNetworkReading::isolatedHiddenByDefault()
{
    CorpusStore store;
    store.setDocuments({ m_sample });
    NetworkView view(&store);
    const Corpus& corpus = store.corpus();
    const QSet<QString> met = participantsOf(corpus);
    qsizetype isolated = 0;
    for (const Actor& a : corpus.actors)
        isolated += met.contains(a.id) ? 0 : 1;
    QVERIFY(isolated > 0); // the sample has actors only mentioned (ASEAN, Microsoft, ...)
    QVERIFY(!view.showsIsolated());
    QCOMPARE(shownIds(view), met);
    QCOMPARE(view.nodeItems().size(), corpus.actors.size() - isolated);
    QVERIFY(!view.nodeItem(u"asean"_s));
    view.setShowIsolated(true);
    QCOMPARE(view.nodeItems().size(), corpus.actors.size());
    QCOMPARE(shownIds(view).size(), corpus.actors.size());
    QVERIFY(view.nodeItem(u"asean"_s));
    view.setShowIsolated(false);
    QCOMPARE(shownIds(view), met);
}

void TestNetworkReading::filtersHideNodes_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("heldOnly");
    QTest::newRow("mid-July") << QDate(2023, 7, 11) << QDate(2023, 7, 14) << false;
    QTest::newRow("June") << QDate(2023, 6, 1) << QDate(2023, 6, 30) << false;
    QTest::newRow("held only") << QDate() << QDate() << true;
    QTest::newRow("nothing") << QDate(1990, 1, 1) << QDate(1990, 12, 31) << false;
}

void TestNetworkReading::filtersHideNodes()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, heldOnly);
    CorpusStore store;
    store.setDocuments({ m_sample });
    NetworkView view(&store);
    const qsizetype all = view.nodeItems().size();
    ActorGraphFilter filter = view.filter();
    filter.from = from;
    filter.to = to;
    if (heldOnly)
        filter.statuses = { MeetingStatus::Held };
    view.setFilter(filter);
    const QSet<QString> expected = participantsOf(store.corpus(), filter);
    QCOMPARE(shownIds(view), expected);
    QVERIFY(expected.size() < all);
    // Every edge joins two shown nodes.
    for (const EdgeItem* edge : view.edgeItems())
        QVERIFY(expected.contains(edge->source()->actorId()) && expected.contains(edge->target()->actorId()));
}

void TestNetworkReading::findSelectsAndCentres()
{
    CorpusStore store;
    store.setDocuments({ m_sample });
    NetworkView view(&store);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QStringList completions = view.findCompletions();
    QVERIFY(completions.contains(u"Xi Jinping"_s));
    QVERIFY(completions.contains(u"Xi"_s)); // an alias
    QVERIFY(!completions.contains(u"Microsoft"_s)); // not shown: no meeting
    view.scale(3, 3);
    view.centerOn(view.nodeItem(u"kerry"_s));
    QVERIFY(view.findActor(u"xi"_s)); // alias, any case
    QVERIFY(store.current().kind == MarkKind::Actor);
    QCOMPARE(store.current().id, u"xi-jinping"_s);
    const NodeItem* xi = view.nodeItem(u"xi-jinping"_s);
    QVERIFY(xi->isSelected());
    QCOMPARE(view.scene()->selectedItems().size(), 1);
    const QPoint onScreen = view.mapFromScene(xi->scenePos());
    QVERIFY2((onScreen - view.viewport()->rect().center()).manhattanLength() <= 4,
        qPrintable(u"%1,%2"_s.arg(onScreen.x()).arg(onScreen.y())));
    QVERIFY(view.findActor(u"Antony Blinken"_s));
    QCOMPARE(store.current().id, u"blinken"_s);
    QVERIFY(!view.findActor(u"Microsoft"_s));
    QCOMPARE(store.current().id, u"blinken"_s);
}

void TestNetworkReading::ctrlFOpensFind()
{
    CorpusStore store;
    store.setDocuments({ m_sample });
    NetworkView view(&store);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QVERIFY(!view.findField()->isVisible());
    QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(view.findField()->isVisible());
    QVERIFY(view.findField()->hasFocus());
    QTest::keyClicks(view.findField(), u"Janet Yellen"_s);
    QTest::keyClick(view.findField(), Qt::Key_Return);
    QCOMPARE(store.current().id, u"yellen"_s);
    QTest::keyClick(view.findField(), Qt::Key_Escape);
    QVERIFY(!view.findField()->isVisible());
}

void TestNetworkReading::egoViewShowsNeighbours()
{
    CorpusStore store;
    store.setDocuments({ m_sample });
    NetworkView view(&store);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qsizetype whole = view.nodeItems().size();
    const qsizetype wholeEdges = view.edgeItems().size();
    QSet<QString> expected { u"blinken"_s };
    for (const Meeting& m : store.corpus().meetings) {
        if (m.participants.contains(u"blinken"_s))
            expected.unite(QSet<QString>(m.participants.cbegin(), m.participants.cend()));
    }
    QVERIFY(expected.size() > 2);
    QVERIFY(expected.size() < whole);
    store.setCurrent({ MarkKind::Actor, u"blinken"_s });
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_E);
    QCOMPARE(view.egoActor(), u"blinken"_s);
    QCOMPARE(shownIds(view), expected);
    for (const EdgeItem* edge : view.edgeItems())
        QVERIFY(expected.contains(edge->source()->actorId()) && expected.contains(edge->target()->actorId()));
    QVERIFY(view.edgeItem(u"blinken"_s, u"wang-yi"_s));
    QVERIFY(view.edgeItem(u"xi-jinping"_s, u"qin-gang"_s)); // neighbours' edges among themselves stay
    // The ego view's meetings are those of its edges: every one has the focus or two of its neighbours.
    QVERIFY(!view.graph().meetingIds.isEmpty());
    for (const QString& id : view.graph().meetingIds) {
        const Meeting& m = store.corpus().meetings.at(store.corpus().meetingIndex(id));
        int inEgo = 0;
        for (const QString& participant : m.participants)
            inEgo += expected.contains(participant) ? 1 : 0;
        QVERIFY2(inEgo >= 2, qPrintable(id));
    }
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(view.egoActor().isEmpty());
    QCOMPARE(view.nodeItems().size(), whole);
    QCOMPARE(view.edgeItems().size(), wholeEdges);
    // Without a current actor the ego view does not start.
    store.setCurrent({ MarkKind::Meeting, u"yellen-visit"_s });
    view.toggleEgoView();
    QVERIFY(view.egoActor().isEmpty());
}

void TestNetworkReading::legendToggle()
{
    CorpusStore store;
    store.setDocuments({ m_sample });
    QRect legend;
    QColor base;
    {
        NetworkView view(&store);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isLegendVisible());
        legend = view.legendGeometry();
        QVERIFY(!legend.isEmpty());
        // Compact: no more than a third of the view's width and half its height.
        QVERIFY2(legend.width() < view.viewport()->width() / 3, qPrintable(QString::number(legend.width())));
        QVERIFY(legend.height() < view.viewport()->height() / 2);
        base = view.palette().color(QPalette::Base);
        auto inkInLegend = [&] {
            const QImage image = view.viewport()->grab().toImage();
            const QImage shot = view.grab().toImage();
            int ink = 0;
            const QRect area = legend.translated(view.viewport()->pos());
            for (int y = area.top() + 2; y < area.bottom() - 2; ++y) {
                for (int x = area.left() + 2; x < area.right() - 2; ++x) {
                    const QColor pixel = shot.pixelColor(x, y);
                    ink += std::abs(pixel.lightness() - base.lightness()) > 60 ? 1 : 0;
                }
            }
            Q_UNUSED(image);
            return ink;
        };
        const int withLegend = inkInLegend();
        QVERIFY(withLegend > 200); // swatches and text
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_L);
        QVERIFY(!view.isLegendVisible());
        QVERIFY(view.legendGeometry().isEmpty());
        const int without = inkInLegend();
        QVERIFY2(without < withLegend / 2, qPrintable(u"%1 vs %2"_s.arg(without).arg(withLegend)));
    }
    // Remembered: a new view starts without it, and exports still have it.
    NetworkView again(&store);
    QVERIFY(!again.isLegendVisible());
    QVERIFY(again.exportSize().width() > again.exportSceneRect().width());
    again.setLegendVisible(true);
    QVERIFY(QSettings().value(u"network/legend"_s).toBool());
}

void TestNetworkReading::labelSizeOnScreen_data()
{
    QTest::addColumn<double>("zoom");
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("1") << 1.0;
    QTest::newRow("4") << 4.0;
}

void TestNetworkReading::labelSizeOnScreen()
{
    QFETCH(double, zoom);
    CorpusStore store;
    store.setDocuments({ m_sample });
    NetworkView view(&store);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTransform(QTransform::fromScale(zoom, zoom));
    const NodeItem* node = view.nodeItem(u"blinken"_s);
    view.centerOn(node);
    const QFontMetricsF metrics(view.font());
    const LabelItem* label = node->label();
    const QRectF onScreen = label->deviceTransform(view.viewportTransform()).mapRect(label->boundingRect());
    // The view's font size on screen at any zoom: never under 90 % nor over 150 % of it.
    QVERIFY2(onScreen.height() >= metrics.height() * 0.9 && onScreen.height() <= metrics.height() * 1.5,
        qPrintable(QString::number(onScreen.height())));
    // Centred under its node.
    const QPointF centre = view.mapFromScene(node->scenePos());
    QVERIFY2(std::abs(onScreen.center().x() - centre.x()) < 3, qPrintable(QString::number(onScreen.center().x() - centre.x())));
    QVERIFY(onScreen.top() >= centre.y());
    // And drawn: the label's rectangle has dark text pixels on the light background.
    QVERIFY(label->isDrawn());
    const QImage shot = view.viewport()->grab().toImage();
    int ink = 0;
    const QRect area = onScreen.toAlignedRect().intersected(shot.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            ink += shot.pixelColor(x, y).lightness() < 110 ? 1 : 0;
    }
    QVERIFY2(ink > 20, qPrintable(QString::number(ink)));
}

void TestNetworkReading::zoomedOutDrawsBusiestLabels()
{
    CorpusStore store;
    store.setDocuments({ ringDocument(600) });
    NetworkView view(&store);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.waitForLayout();
    QCOMPARE(view.nodeItems().size(), 600);
    // The on-screen rectangles of the labels drawn; none covers another.
    auto drawnLabels = [&view] {
        QList<QRectF> rects;
        for (const NodeItem* node : view.nodeItems()) {
            const LabelItem* label = node->label();
            if (label->isDrawn())
                rects.append(label->deviceTransform(view.viewportTransform()).mapRect(label->boundingRect()).adjusted(2, 1, -2, -1));
        }
        for (qsizetype a = 0; a < rects.size(); ++a) {
            for (qsizetype b = a + 1; b < rects.size(); ++b) {
                if (rects.at(a).intersects(rects.at(b)))
                    return -1;
            }
        }
        return int(rects.size());
    };
    view.setTransform(QTransform::fromScale(0.05, 0.05));
    view.viewport()->repaint();
    const int far = drawnLabels();
    QVERIFY2(far >= 12 && far < 150, qPrintable(QString::number(far)));
    QVERIFY(view.nodeItem(u"a0"_s)->label()->isDrawn()); // the hub: most meetings
    QCOMPARE(view.nodeItem(u"a0"_s)->label()->rank(), 0);
    view.setTransform(QTransform::fromScale(1, 1));
    view.centerOn(view.nodeItem(u"a0"_s)->scenePos());
    view.viewport()->repaint();
    const int near = drawnLabels();
    // At scale 1 the layout keeps labels apart: every label on screen is drawn, and none off screen.
    int onScreen = 0;
    for (const NodeItem* node : view.nodeItems()) {
        const LabelItem* label = node->label();
        onScreen += label->deviceTransform(view.viewportTransform()).mapRect(label->boundingRect()).intersects(view.viewport()->rect()) ? 1 : 0;
    }
    QVERIFY(onScreen >= 1 && onScreen < 600);
    QCOMPARE(near, onScreen);
}

void TestNetworkReading::sideColorsStable()
{
    // Two corpora with different sides around USA: its colour is the same in both.
    Document first;
    first.fileName = u"first.entente"_s;
    first.actors = { actor(u"a"_s, u"A"_s, u"USA"_s), actor(u"b"_s, u"B"_s, u"Atlantis"_s) };
    first.meetings = { meeting(u"m"_s, { u"a"_s, u"b"_s }, "2020-01-01") };
    Document second;
    second.fileName = u"second.entente"_s;
    second.actors = { actor(u"c"_s, u"C"_s, u"Brazil"_s), actor(u"d"_s, u"D"_s, u"Chile"_s),
        actor(u"e"_s, u"E"_s, u"USA"_s), actor(u"f"_s, u"F"_s, u"Atlantis"_s) };
    second.meetings = { meeting(u"n"_s, { u"c"_s, u"d"_s, u"e"_s, u"f"_s }, "2021-01-01") };
    CorpusStore one, two;
    one.setDocuments({ first });
    two.setDocuments({ second, m_sample });
    NetworkView viewOne(&one), viewTwo(&two);
    QCOMPARE(viewOne.nodeItem(u"a"_s)->color(), viewTwo.nodeItem(u"e"_s)->color());
    QCOMPARE(viewOne.nodeItem(u"a"_s)->color(), viewTwo.nodeItem(u"blinken"_s)->color());
    QCOMPARE(viewOne.nodeItem(u"b"_s)->color(), viewTwo.nodeItem(u"f"_s)->color()); // hashed, still stable
    QCOMPARE(viewOne.nodeItem(u"a"_s)->color(), SidePalette::color(u"USA"_s));
    // Spellings of one state share its colour.
    QCOMPARE(SidePalette::color(u"CHN"_s), SidePalette::color(u"China"_s));
    QCOMPARE(SidePalette::color(u"US"_s), SidePalette::color(u"USA"_s));
    QCOMPARE(SidePalette::color(u"United Kingdom"_s), SidePalette::color(u"UK"_s));
    QCOMPARE(SidePalette::color(u"European Union"_s), SidePalette::color(u"EU"_s));
    QVERIFY(SidePalette::color(u"Atlantis"_s) != SidePalette::noSide());
    QCOMPARE(SidePalette::color(QString()), SidePalette::noSide());
}

void TestNetworkReading::fixedSidesDistinguishable()
{
    const QStringList sides = SidePalette::fixedSides();
    QCOMPARE(sides.size(), 12);
    const QColor light(Qt::white), dark(0x2a, 0x2a, 0x2a);
    for (qsizetype i = 0; i < sides.size(); ++i) {
        const QColor a = SidePalette::color(sides.at(i));
        QVERIFY2(distance(a, SidePalette::noSide()) >= 25, qPrintable(sides.at(i)));
        QVERIFY2(contrast(a, light) >= 2.0 && contrast(a, dark) >= 2.0, qPrintable(sides.at(i)));
        for (qsizetype j = i + 1; j < sides.size(); ++j) {
            const double d = distance(a, SidePalette::color(sides.at(j)));
            QVERIFY2(d >= 25, qPrintable(u"%1 / %2: %3"_s.arg(sides.at(i), sides.at(j)).arg(d)));
        }
    }
}

void TestNetworkReading::sideFromTitleShownAsDerived()
{
    Document document;
    document.fileName = u"spokes.entente"_s;
    document.actors = { actor(u"spox"_s, u"Wang Wenbin"_s, {}, u"the Chinese Foreign Ministry spokesperson"_s),
        actor(u"prof"_s, u"Li Ming"_s, {}, u"Chinese-American professor"_s), actor(u"us"_s, u"Official"_s, u"USA"_s) };
    document.meetings = { meeting(u"m"_s, { u"spox"_s, u"prof"_s, u"us"_s }, "2023-01-01") };
    CorpusStore store;
    store.setDocuments({ document });
    NetworkView view(&store);
    const int spox = view.graph().nodeIndex(u"spox");
    QVERIFY(spox >= 0);
    QCOMPARE(view.graph().nodes.at(spox).side, u"China"_s);
    QVERIFY(view.graph().nodes.at(spox).sideDerived);
    QCOMPARE(view.nodeItem(u"spox"_s)->color(), SidePalette::color(u"China"_s));
    QVERIFY(view.toolTipFor(view.nodeItem(u"spox"_s)).contains(u"side from title"_s));
    const int prof = view.graph().nodeIndex(u"prof");
    QVERIFY(view.graph().nodes.at(prof).side.isEmpty());
    QCOMPARE(view.nodeItem(u"prof"_s)->color(), SidePalette::noSide());
    QVERIFY(view.corpusSides().contains(u"China"_s));
    // The side filter counts it; the record keeps no side.
    view.setSides({ u"China"_s });
    QVERIFY(view.nodeItem(u"spox"_s));
    QVERIFY(store.corpus().actors.at(store.corpus().actorIndex(u"spox"_s)).side.isEmpty());
}

QTEST_MAIN(TestNetworkReading)
#include "tst_networkreading.moc"
