// The timeline: the time scale and its ticks from days to millennia, the lanes it builds (actor pairs,
// side pairs, issues), how it paints meetings and imprecise dates, zoom and pan, clicks and the shared
// selection, edits while hidden, and its exports.
#include "corpusstore.h"
#include "format.h"
#include "labels.h"
#include "timeline/timelineview.h"
#include "timerowscanvas.h"
#include "viewexporter.h"
#include "viewfactory.h"

#include <QComboBox>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QXmlStreamReader>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

Document sample()
{
    return Format::load(QStringLiteral(ENTENTE_SAMPLE));
}

QString svgText(const QByteArray& svg)
{
    QXmlStreamReader reader(svg);
    QString text;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"text")
            text += reader.readElementText(QXmlStreamReader::IncludeChildElements) + u' ';
    }
    return reader.hasError() ? QString() : text.simplified();
}

QStringList laneKeys(const TimelineLanes& lanes)
{
    QStringList keys;
    for (const TimelineLane& lane : lanes.lanes())
        keys.append(lane.key + u':' + QString::number(lane.items.size()));
    return keys;
}

int lane(const TimelineLanes& lanes, const QString& key)
{
    return lanes.laneIndex(key);
}

// Pixels of the canvas near a colour, in a rectangle.
int countNear(const QImage& image, const QRect& rect, const QColor& color, int tolerance = 30)
{
    int count = 0;
    for (int y = std::max(0, rect.top()); y <= std::min(image.height() - 1, rect.bottom()); ++y) {
        for (int x = std::max(0, rect.left()); x <= std::min(image.width() - 1, rect.right()); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            count += std::abs(pixel.red() - color.red()) <= tolerance && std::abs(pixel.green() - color.green()) <= tolerance
                    && std::abs(pixel.blue() - color.blue()) <= tolerance
                ? 1
                : 0;
        }
    }
    return count;
}

// The box a meeting is drawn in, on a shown timeline (null when it is not shown).
QRectF boxOf(const TimelineView& view, const CorpusStore& store, const QString& laneKey, const QString& meetingId)
{
    const int row = view.lanes().laneIndex(laneKey);
    const int wanted = store.corpus().meetingIndex(meetingId);
    const QRectF rowRect = view.canvas()->geometry().rowRect(row);
    for (const TimelineContent::Box& box : view.content().boxes(row, rowRect, view.canvas()->scale())) {
        for (int item = box.firstItem; item <= box.lastItem; ++item) {
            if (view.content().meetingOf({ row, item }) == wanted)
                return box.rect;
        }
    }
    return {};
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void ticksFollowTheZoom_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("context"); // the first context label
        QTest::newRow("two weeks") << 14 << int(TimeUnit::Day) << u"July 2023"_s;
        QTest::newRow("three months") << 90 << int(TimeUnit::Week) << u"July 2023"_s;
        QTest::newRow("a year") << 365 << int(TimeUnit::Month) << u"2023"_s;
        QTest::newRow("two years") << 730 << int(TimeUnit::Quarter) << u"2023"_s;
        QTest::newRow("thirty years") << 30 * 365 << int(TimeUnit::Year) << u"2020–2029"_s; // years named by decade
        QTest::newRow("a millennium") << 1000 * 365 << int(TimeUnit::Year) << QString(); // centuries need no context
    }
    void ticksFollowTheZoom()
    {
        QFETCH(int, days);
        QFETCH(int, unit);
        QFETCH(QString, context);
        const QDate first(2023, 7, 1);
        const TimeScale scale(TimeScale::dayOf(first), TimeScale::dayOf(first) + days, 100, 800);
        QFont font;
        font.setPixelSize(12);
        const QFontMetricsF metrics(font);
        const TimeTicks ticks = TimeTicks::compute(scale, metrics, QLocale());
        QCOMPARE(int(ticks.unit), unit);
        QCOMPARE(ticks.context.isEmpty() ? QString() : ticks.context.first().label, context);
        // Ticks are inside the strip, in order, and their labels never overlap.
        QVERIFY(ticks.ticks.size() >= 2);
        for (qsizetype i = 0; i < ticks.ticks.size(); ++i) {
            const TimeTick& tick = ticks.ticks.at(i);
            QVERIFY(tick.x >= 100 && tick.x <= 900);
            QCOMPARE(tick.x, scale.x(TimeScale::dayOf(tick.date)));
            if (i > 0)
                QVERIFY2(tick.x - ticks.ticks.at(i - 1).x >= metrics.horizontalAdvance(ticks.ticks.at(i - 1).label) + 8,
                    qPrintable(tick.label));
        }
        // Years read as years: never with a group separator.
        if (ticks.unit == TimeUnit::Year)
            QVERIFY(!ticks.ticks.first().label.contains(u','));
    }

    void zoomStaysWithinDaysAndMillennia()
    {
        TimeScale scale(TimeScale::dayOf(QDate(2023, 1, 1)), TimeScale::dayOf(QDate(2024, 1, 1)), 0, 1000);
        const double anchor = scale.day(250);
        scale.zoom(4, 250);
        QCOMPARE(scale.day(250), anchor); // the day under the cursor stays put
        QVERIFY(std::abs(scale.days() - 365 / 4.0) < 1e-6);
        for (int i = 0; i < 40; ++i)
            scale.zoom(3, 500);
        QCOMPARE(scale.days(), TimeScale::minimumDays);
        for (int i = 0; i < 80; ++i)
            scale.zoom(1 / 3.0, 500);
        QVERIFY(scale.from() >= TimeScale::dayOf(QDate(1, 1, 1)));
        QVERIFY(scale.to() <= TimeScale::dayOf(QDate(9999, 12, 31)) + 1);
        scale.setDays(TimeScale::dayOf(QDate(2023, 1, 1)), TimeScale::dayOf(QDate(2023, 2, 1)));
        scale.pan(-100); // dragging left shows later days
        QVERIFY(scale.from() > TimeScale::dayOf(QDate(2023, 1, 1)));
        QCOMPARE(spanLabel(TimeScale::dayOf(QDate(2023, 1, 1)), TimeScale::dayOf(QDate(2023, 2, 1)), QLocale()), u"1–31 January 2023"_s);
        QCOMPARE(spanLabel(TimeScale::dayOf(QDate(2011, 1, 1)), TimeScale::dayOf(QDate(2024, 1, 1)), QLocale()), u"2011 – 2023"_s);
    }

    void lanesPerActorPairSidePairAndIssue()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        const Corpus& corpus = store.corpus();
        // Blinken's visit had four participants: six pairs; Kerry went alone: his own lane.
        const TimelineLanes pairs = TimelineLanes::build(corpus, LaneKind::ActorPairs);
        QCOMPARE(pairs.placedMeetings(), 6);
        QCOMPARE(pairs.lanes().first().key, u"blinken|wang-yi"_s); // two meetings: the busiest lane first
        QCOMPARE(pairs.lanes().first().label, u"Antony Blinken – Wang Yi"_s);
        QCOMPARE(pairs.lanes().first().items.size(), 2);
        QVERIFY(lane(pairs, u"kerry"_s) >= 0);
        QCOMPARE(pairs.lanesOf(corpus.meetings.at(corpus.meetingIndex(u"blinken-beijing-visit")), corpus).size(), 6);
        // Items of a lane are in date order: Beijing in June before Jakarta in July.
        const TimelineLane& blinkenWang = pairs.lanes().first();
        QVERIFY(blinkenWang.items.at(0).first < blinkenWang.items.at(1).first);
        QCOMPARE(blinkenWang.items.at(0).certainty, RangePainter::Certainty::Approximate);

        const TimelineLanes sides = TimelineLanes::build(corpus, LaneKind::SidePairs);
        QVERIFY2(lane(sides, u"China|USA"_s) >= 0, qPrintable(laneKeys(sides).join(u' ')));
        QCOMPARE(sides.lanes().at(lane(sides, u"China|USA"_s)).label, u"China – USA"_s);

        const TimelineLanes issues = TimelineLanes::build(corpus, LaneKind::Issues);
        QCOMPARE(issues.lanes().at(lane(issues, u"military-channels"_s)).items.size(), 2);
        QCOMPARE(issues.lanes().at(lane(issues, u"military-channels"_s)).label, u"Military-to-military communication channels"_s);
        QVERIFY(lane(issues, u"\u0001none"_s) >= 0); // Jakarta and the summit name no issue
        QCOMPARE(issues.lanes().at(lane(issues, u"\u0001none"_s)).label, u"No issue"_s);
        // Looking a meeting's lanes up by their keys finds the lanes that hold it, for every kind.
        for (const TimelineLanes* built : { &pairs, &sides, &issues }) {
            for (int index = 0; index < corpus.meetings.size(); ++index) {
                const QList<int> found = built->lanesOf(corpus.meetings.at(index), corpus);
                QVERIFY(!found.isEmpty());
                for (int laneIndex : found) {
                    const QList<TimelineItem>& items = built->lanes().at(laneIndex).items;
                    QVERIFY(std::any_of(items.cbegin(), items.cend(), [index](const TimelineItem& item) { return item.meeting == index; }));
                }
            }
        }
        // The week of Yellen's visit is a range of seven days.
        const TimelineItem& yellen = issues.lanes().at(lane(issues, u"trade"_s)).items.first();
        QCOMPARE(yellen.last - yellen.first, 6);
        QCOMPARE(yellen.certainty, RangePainter::Certainty::Range);
    }

    void visibleItemsAreFoundBySearch()
    {
        // 30,000 meetings of one pair over 30 years, one of them a month long.
        QString text = u"Talks.\n=== entente ===\narticle: date=2024-01-01; title=Many\nactor a: A; person; X\nactor b: B; person; Y\n"_s;
        const QDate first(1994, 1, 1);
        for (int i = 0; i < 30000; ++i)
            text += u"meeting m%1: a, b; %2; status=held\n"_s.arg(i).arg(first.addDays(i * 10957 / 30000).toString(Qt::ISODate));
        text += u"meeting long: a, b; 2010-01-01..2010-01-31; status=planned\n"_s;
        CorpusStore store;
        store.setDocuments({ Format::parse(text, u"many.entente"_s) });
        const TimelineLanes lanes = TimelineLanes::build(store.corpus(), LaneKind::ActorPairs);
        QCOMPARE(lanes.lanes().size(), 1);
        QCOMPARE(lanes.lanes().first().longest, 30);
        // Candidates for 10–20 January 2010: the long meeting and about thirty days' worth, not 30,000.
        const auto [begin, end] = lanes.candidates(0, TimeScale::dayOf(QDate(2010, 1, 10)), TimeScale::dayOf(QDate(2010, 1, 21)));
        QVERIFY2(end - begin < 150, qPrintable(QString::number(end - begin)));
        bool longFound = false;
        for (int i = begin; i < end; ++i)
            longFound |= store.corpus().meetings.at(lanes.lanes().first().items.at(i).meeting).id == u"long";
        QVERIFY(longFound);

        // A view of so many meetings sorts them into lanes on a worker thread, and shows them when done.
        TimelineView view(&store);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(store.corpus().meetings.size() >= TimelineView::workerMeetings);
        QTRY_COMPARE(view.content().rowCount(), 1);
        QCOMPARE(view.lanes().placedMeetings(), 30001);
        store.setCurrent({ MarkKind::Meeting, u"long"_s });
        QVERIFY(view.showSelectedMeeting());
        QVERIFY(view.canvas()->scale().days() < 80);

        // Zoomed out on 30 years, the lane paints a box every few pixels at most, with counts.
        TimelineContent content;
        content.set(&store.corpus(), &lanes);
        const TimeScale scale(TimeScale::dayOf(first), TimeScale::dayOf(QDate(2024, 1, 1)), 0, 1000);
        const QList<TimelineContent::Box> boxes = content.boxes(0, QRectF(0, 0, 1000, 24), scale);
        QVERIFY(boxes.size() <= 1000 / TimelineContent::minimumBoxWidth);
        int counted = 0;
        for (const TimelineContent::Box& box : boxes)
            counted += box.count;
        QCOMPARE(counted, 30001);
    }

    void paintsMeetingsAndImpreciseDates()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        TimelineView view(&store);
        view.setLaneKind(LaneKind::Issues);
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDateRange(QDate(2023, 6, 1), QDate(2023, 7, 31));
        const QImage image = view.canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QColor held = Labels::meetingStatusColor(MeetingStatus::Held);
        const QColor planned = Labels::meetingStatusColor(MeetingStatus::Planned);
        // Kerry's four days (16–19 July) are solid, as wide as four days.
        const QRectF kerry = boxOf(view, store, u"climate"_s, u"kerry-visit"_s);
        QVERIFY(!kerry.isNull());
        QVERIFY(std::abs(kerry.width() - 4 * view.canvas()->scale().pixelsPerDay()) < 1);
        const QRect inside = kerry.toAlignedRect().adjusted(2, 2, -2, -2);
        QCOMPARE(countNear(image, inside, planned, 0), inside.width() * inside.height());
        // Yellen's week (3–9 July) is hatched: a pale box with some lines, not solid.
        const QRectF yellen = boxOf(view, store, u"trade"_s, u"yellen-visit"_s);
        QVERIFY(std::abs(yellen.width() - 7 * view.canvas()->scale().pixelsPerDay()) < 1);
        const QRect week = yellen.toAlignedRect().adjusted(3, 3, -3, -3);
        const int solid = countNear(image, week, held, 0);
        QVERIFY2(solid < week.width() * week.height() / 5, qPrintable(QString::number(solid)));
        const QColor hatching = RangePainter::mix(view.canvas()->palette().color(QPalette::Base), held, 0.45);
        QVERIFY(countNear(image, week, hatching, 25) > week.width()); // the hatching, lighter
        // Blinken's visit around 18 June is faded with a dashed outline.
        const QRectF beijing = boxOf(view, store, u"military-channels"_s, u"blinken-beijing-visit"_s);
        QVERIFY(!beijing.isNull());
        QVERIFY(countNear(image, beijing.toAlignedRect(), held, 0) < beijing.width() * beijing.height() / 2);
    }

    void clickSelectsAndTheCurrentMeetingStandsOut()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        TimelineView view(&store);
        view.setLaneKind(LaneKind::Issues);
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDateRange(QDate(2023, 6, 1), QDate(2023, 7, 31));
        const QRectF kerry = boxOf(view, store, u"climate"_s, u"kerry-visit"_s);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, kerry.center().toPoint());
        QCOMPARE(store.current(), (RecordRef { MarkKind::Meeting, u"kerry-visit"_s }));
        QVERIFY(view.content().isRowEmphasised(view.lanes().laneIndex(u"climate"_s)));
        // Outlined in the text colour just outside its box.
        const QImage image = view.canvas()->grab().toImage();
        const QPoint above(qRound(kerry.center().x()), qRound(kerry.top()) - 2);
        QVERIFY(countNear(image, QRect(above - QPoint(2, 1), QSize(5, 3)), view.canvas()->palette().color(QPalette::Text), 60) > 0);
        // Another view selects: the timeline follows; an empty spot selects nothing.
        store.setCurrent({ MarkKind::Meeting, u"yellen-visit"_s });
        QVERIFY(view.content().isRowEmphasised(view.lanes().laneIndex(u"trade"_s)));
        QVERIFY(!view.content().isRowEmphasised(view.lanes().laneIndex(u"climate"_s)));
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, QPoint(qRound(kerry.center().x()) - 200, qRound(kerry.center().y())));
        QCOMPARE(store.current().id, u"yellen-visit"_s);
        // Going to the selected meeting zooms to a few weeks around it.
        QVERIFY(view.showSelectedMeeting());
        QVERIFY(view.canvas()->scale().days() < 60);
        QVERIFY(view.canvas()->scale().from() < TimeScale::dayOf(QDate(2023, 7, 3)));
    }

    void zoomsWithWheelAndKeys()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        TimelineView view(&store);
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TimeRowsCanvas* canvas = view.canvas();
        const double fitted = canvas->scale().days();
        QVERIFY(fitted > 119 && fitted < 140); // 18 June to 15 October and a margin
        const QPointF at = canvas->geometry().plotRect.center();
        const double dayAt = canvas->scale().day(at.x());
        QWheelEvent wheel(at, canvas->mapToGlobal(at), {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(canvas, &wheel);
        QVERIFY(std::abs(canvas->scale().days() - fitted / 1.44) < 0.5);
        QVERIFY(std::abs(canvas->scale().day(at.x()) - dayAt) < 1e-6);
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Minus);
        QTest::keyClick(canvas, Qt::Key_Minus);
        QVERIFY(canvas->scale().days() > fitted);
        const double from = canvas->scale().from();
        QTest::keyClick(canvas, Qt::Key_Right);
        QVERIFY(canvas->scale().from() > from);
        QTest::keyClick(canvas, Qt::Key_Home);
        QCOMPARE(canvas->scale().days(), fitted);
        // Zoom buttons too.
        QTest::mouseClick(view.findChild<QWidget*>(u"zoomIn"_s), Qt::LeftButton);
        QVERIFY(canvas->scale().days() < fitted);
    }

    void switchingLanesAndFollowingEditsWhileHidden()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        TimelineView view(&store);
        auto* choice = view.findChild<QComboBox*>(u"laneKind"_s);
        QVERIFY(choice);
        choice->setCurrentIndex(choice->findData(int(LaneKind::SidePairs)));
        QCOMPARE(view.laneKind(), LaneKind::SidePairs);
        QCOMPARE(view.lanes().kind(), LaneKind::SidePairs);
        QVERIFY(view.content().title().contains(u"side pair"_s));
        // Hidden, an edit is taken in when the view is next looked at.
        QString text = store.corpus().documents.at(0).text;
        text.replace(u"meeting xie-defense-talks: xie-feng, us-defense-official;"_s, u"meeting xie-defense-talks: xie-feng, kerry;"_s);
        store.updateDocumentText(0, text);
        const TimelineLanes& lanes = view.lanes(); // built on demand
        const Corpus& corpus = store.corpus();
        QVERIFY(lanes.lanesOf(corpus.meetings.at(corpus.meetingIndex(u"xie-defense-talks")), corpus).size() == 1);
        QCOMPARE(lanes.placedMeetings(), 6);
    }

    void exportsAndFactory()
    {
        QVERIFY(ViewFactory::names().contains(u"timeline"_s));
        CorpusStore store;
        store.setDocuments({ sample() });
        const std::unique_ptr<QWidget> widget(ViewFactory::create(u"timeline"_s, &store));
        auto* view = qobject_cast<TimelineView*>(widget.get());
        QVERIFY(view);
        ExportableView* exportable = ViewFactory::exportable(widget.get());
        QCOMPARE(exportable->exportName(), u"timeline"_s);
        view->setDateRange(QDate(2023, 7, 1), QDate(2023, 7, 31));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"timeline.svg"_s);
        QString error;
        QVERIFY2(ViewExporter::write(*exportable, path, { ViewExporter::ImageFormat::Svg, 0, 1, {} }, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = svgText(file.readAll());
        QVERIFY2(text.contains(u"Meetings over time, by actor pair"_s), qPrintable(text));
        QVERIFY(text.contains(u"Antony Blinken – Wang Yi (2)"_s));
        QVERIFY(text.contains(u"July 2023"_s));
        QVERIFY(text.contains(u"Meetings over time, by actor pair · 1–31 July 2023 · lanes: actor pairs"_s));
        QVERIFY(!text.contains(u"June 2023"_s)); // the range asked for, not the whole corpus
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
