// The issue status chart and the meetings chart over the sample corpus: what the series hold, how
// the charts follow edits and the shared selection, and what their exports contain.
#include "charts/issuestatuschart.h"
#include "charts/meetingschart.h"
#include "corpusstore.h"
#include "format.h"
#include "labels.h"
#include "viewexporter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

Document sample()
{
    return Format::load(QStringLiteral(ENTENTE_SAMPLE));
}

qreal msecs(const QDate& date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

// Where the series of one status change lie: the lead-in and the rest of the period together.
struct Period
{
    qreal from = 0;
    qreal to = 0;
    qreal y = -1;
    QColor solidColor; // invalid when the whole period is a lead-in
    bool hasLeadIn = false;
    qreal leadInTo = 0;
    int seriesCount = 0;
};

Period periodOf(const IssueStatusChart& chart, const QString& issueId, int changeIndex)
{
    Period period;
    for (const IssueChartContent::Period& drawn : chart.content().periods()) {
        if (drawn.ref.issueId != issueId || drawn.ref.changeIndex != changeIndex)
            continue;
        const QList<QPointF> points = drawn.series->points();
        if (points.size() != 2)
            return {};
        period.from
            = period.seriesCount == 0 ? points.first().x() : std::min(period.from, points.first().x());
        period.to = std::max(period.to, points.last().x());
        period.y = points.first().y();
        if (drawn.ref.leadIn) {
            period.hasLeadIn = true;
            period.leadInTo = points.last().x();
        } else {
            period.solidColor = drawn.series->pen().color();
        }
        ++period.seriesCount;
    }
    return period;
}

QStringList visibleLegend(const QChart* chart)
{
    QStringList labels;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (marker->isVisible())
            labels.append(marker->label());
    }
    return labels;
}

// A point of a chart item in the view's viewport, for real mouse clicks.
QPoint viewportPoint(const QChartView& view, const QPointF& value, QAbstractSeries* series)
{
    const QPointF inChart = view.chart()->mapToPosition(value, series);
    return view.mapFromScene(view.chart()->mapToScene(inChart));
}

QByteArray exportBytes(ExportableView& view, const ViewExporter::Options& options, const QString& path)
{
    QString error;
    if (!ViewExporter::write(view, path, options, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The text of every <text> element of an SVG, whitespace simplified; empty when it is no valid XML.
QString svgText(const QByteArray& svg, bool* valid)
{
    QXmlStreamReader reader(svg);
    QString text;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"text")
            text += reader.readElementText(QXmlStreamReader::IncludeChildElements) + u' ';
    }
    *valid = !reader.hasError();
    return text.simplified();
}

bool hasPixel(const QImage& image, const QColor& color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = color.rgb();
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (line[x] == wanted)
                return true;
        }
    }
    return false;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void issuePeriods_data();
    void issuePeriods();
    void issueLeadIns();
    void issueLegendAndAxes();
    void issueToolTips();
    void issuePointsOverLines();
    void issueClickAndEmphasis();
    void issueChartFollowsEdits();
    void issueChartEmptyCorpus();
    void issueExports();

    void meetingCounts();
    void meetingAxes();
    void meetingClickAndHighlight();
    void meetingToolTips();
    void meetingsPerWeekForShortSpans();
    void meetingExports();

    void themeFollowsPalette();
    void exportSizes();
};

void TestCharts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCharts::issuePeriods_data()
{
    QTest::addColumn<QString>("issue");
    QTest::addColumn<int>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("row"); // from the top

    // The last period of every issue runs to the end of the range: whole weeks from Monday 8 May
    // (the first change less a week) to past 22 October (the summit ~15 October plus a week).
    const QDate end(2023, 10, 23);
    QTest::newRow("hacking open") << u"hacking"_s << 0 << int(IssueStatus::Open) << QDate(2023, 5, 15)
                                  << QDate(2023, 7, 11) << 0;
    QTest::newRow("hacking escalating")
        << u"hacking"_s << 1 << int(IssueStatus::Escalating) << QDate(2023, 7, 11) << QDate(2023, 7, 12) << 0;
    QTest::newRow("hacking stalled") << u"hacking"_s << 2 << int(IssueStatus::Stalled) << QDate(2023, 7, 12)
                                     << end << 0;
    QTest::newRow("channels stalled") << u"military-channels"_s << 0 << int(IssueStatus::Stalled)
                                      << QDate(2023, 6, 18) << QDate(2023, 7, 12) << 1;
    QTest::newRow("channels dialogue")
        << u"military-channels"_s << 1 << int(IssueStatus::InDialogue) << QDate(2023, 7, 12) << end << 1;
    QTest::newRow("trade dialogue") << u"trade"_s << 0 << int(IssueStatus::InDialogue) << QDate(2023, 7, 3)
                                    << end << 2;
    QTest::newRow("climate dialogue")
        << u"climate"_s << 0 << int(IssueStatus::InDialogue) << QDate(2023, 7, 16) << end << 3;
}

void TestCharts::issuePeriods()
{
    QFETCH(QString, issue);
    QFETCH(int, change);
    QFETCH(int, status);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, row);

    CorpusStore store;
    store.setDocuments({ sample() });
    IssueStatusChart chart(&store);

    const Period period = periodOf(chart, issue, change);
    QVERIFY(period.seriesCount > 0);
    QCOMPARE(period.from, msecs(from));
    QCOMPARE(period.to, msecs(to));
    QCOMPARE(period.y, qreal(3 - row)); // four rows, the first issue on top
    QCOMPARE(period.solidColor.rgb(), Labels::issueStatusColor(IssueStatus(status)).rgb());
    QCOMPARE(period.solidColor.alpha(), 255);

    // Every status change is also a point, in the colour of the status it starts.
    const QList<QPointF> events = chart.content().events()->points();
    const QPointF event(msecs(from), qreal(3 - row));
    QVERIFY(events.contains(event));
    const auto configuration
        = chart.content().events()->pointsConfiguration().value(int(events.indexOf(event)));
    QCOMPARE(configuration.value(QXYSeries::PointConfiguration::Color).value<QColor>(),
             Labels::issueStatusColor(IssueStatus(status)));

    // The axis ends where the last periods do.
    const auto* dateAxis = qobject_cast<QDateTimeAxis*>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(dateAxis);
    QCOMPARE(dateAxis->min(), QDate(2023, 5, 8).startOfDay());
    QCOMPARE(dateAxis->max(), QDate(2023, 10, 23).startOfDay());
}

void TestCharts::issueLeadIns()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    IssueStatusChart chart(&store);

    // ~2023-05-15 is approximate: its first week is drawn lighter.
    const Period hacking = periodOf(chart, u"hacking"_s, 0);
    QVERIFY(hacking.hasLeadIn);
    QCOMPARE(hacking.leadInTo, msecs(QDate(2023, 5, 22)));
    // 2023-W27 may mean any day of 3–9 July.
    const Period trade = periodOf(chart, u"trade"_s, 0);
    QVERIFY(trade.hasLeadIn);
    QCOMPARE(trade.leadInTo, msecs(QDate(2023, 7, 10)));
    // A day is certain: one series, no lead-in.
    const Period climate = periodOf(chart, u"climate"_s, 0);
    QVERIFY(!climate.hasLeadIn);
    QCOMPARE(climate.seriesCount, 1);

    for (const IssueChartContent::Period& drawn : chart.content().periods()) {
        if (drawn.ref.leadIn) {
            const QColor color = drawn.series->pen().color();
            QCOMPARE(color.rgb(), Labels::issueStatusColor(drawn.ref.status).rgb());
            QVERIFY(color.alpha() < 255);
        }
        QCOMPARE(drawn.series->pen().capStyle(), Qt::FlatCap);
    }
}

void TestCharts::issueLegendAndAxes()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    IssueStatusChart chart(&store);
    chart.resize(1000, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    // Seven periods, but each status once, in the order of the enum.
    const QList<IssueStatus> used { IssueStatus::Open, IssueStatus::InDialogue, IssueStatus::Stalled,
                                    IssueStatus::Escalating };
    QStringList names;
    for (IssueStatus status : used)
        names.append(Labels::issueStatus(status));
    QCOMPARE(visibleLegend(chart.chart()), names);
    int visible = 0;
    for (QLegendMarker* marker : chart.chart()->legend()->markers()) {
        if (marker->isVisible())
            QCOMPARE(marker->brush().color().rgb(), Labels::issueStatusColor(used.at(visible++)).rgb());
    }
    QCOMPARE(chart.chart()->title(), u"Status of open issues"_s);

    const auto* dateAxis = qobject_cast<QDateTimeAxis*>(chart.chart()->axes(Qt::Horizontal).value(0));
    auto* issueAxis = qobject_cast<QCategoryAxis*>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(dateAxis);
    QVERIFY(issueAxis);
    QCOMPARE(dateAxis->titleText(), u"Date"_s);
    QCOMPARE(issueAxis->titleText(), u"Issue"_s);
    // Ticks fall on Mondays: 24 weeks in steps of whole weeks.
    QVERIFY(dateAxis->tickCount() >= 2);
    QCOMPARE((QDate(2023, 5, 8).daysTo(QDate(2023, 10, 23)) / 7) % (dateAxis->tickCount() - 1), 0);

    // Categories run upwards; at this width no title needs eliding.
    const QStringList titles { u"Climate cooperation"_s, u"Trade irritants and tariffs"_s,
                               u"Military-to-military communication channels"_s,
                               u"Chinese hacking of US government email"_s };
    QCOMPARE(issueAxis->categoriesLabels(), titles);
    QCOMPARE(issueAxis->min(), -0.5);
    QCOMPARE(issueAxis->max(), 3.5);

    // Narrow, long titles are elided but still say which issue they are.
    chart.resize(480, 300);
    QTRY_VERIFY(issueAxis->categoriesLabels().at(2).endsWith(u'…'));
    const QStringList narrow = issueAxis->categoriesLabels();
    QCOMPARE(narrow.size(), 4);
    for (int i = 0; i < narrow.size(); ++i) {
        QString label = narrow.at(i);
        label.remove(u'…');
        QVERIFY2(titles.at(i).startsWith(label) && label.size() >= 8, qPrintable(narrow.at(i)));
    }
}

void TestCharts::issueToolTips()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    IssueStatusChart chart(&store);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    const QString denied = chart.statusChangeToolTip(u"hacking"_s, 2);
    QVERIFY2(denied.contains(u"Chinese hacking of US government email"_s), qPrintable(denied));
    QVERIFY(denied.contains(Labels::fuzzyDate(FuzzyDate::parse(u"2023-07-12"))));
    QVERIFY(denied.contains(u"Stalled"_s));
    QVERIFY(denied.contains(u"has denied these allegations"_s)); // the evidence words of the article
    const StatusChange& change
        = store.corpus().issues.at(store.corpus().issueIndex(u"hacking")).history.at(2);
    QVERIFY(change.note.startsWith(u"China denies the allegations"_s));
    QVERIFY2(denied.contains(u"<i>"_s + change.note.toHtmlEscaped() + u"</i>"_s),
             qPrintable(denied)); // the note
    QVERIFY(chart.statusChangeToolTip(u"hacking"_s, 3).isEmpty());
    QVERIFY(chart.statusChangeToolTip(u"no-such-issue"_s, 0).isEmpty());

    // Hovering the point of the first change shows its evidence.
    QScatterSeries* events = chart.content().events();
    const QPointF began(msecs(QDate(2023, 5, 15)), 3);
    QVERIFY(events->points().contains(began));
    Q_EMIT events->hovered(began, true);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"the hacking incident that commenced in mid-May"_s),
             qPrintable(QToolTip::text()));
    Q_EMIT events->hovered(began, false);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestCharts::issuePointsOverLines()
{
    CorpusStore store;
    IssueStatusChart chart(&store);
    chart.resize(1000, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    store.setDocuments({ sample() }); // lines created after the points series

    // The channels row turns from stalled to in dialogue on 12 July: the green point of that change
    // covers the end of the amber bar.
    QScatterSeries* events = chart.content().events();
    const QPointF change(msecs(QDate(2023, 7, 12)), 2);
    QVERIFY(events->points().contains(change));
    QTRY_VERIFY(events->markerSize() >= 8);
    QTest::qWait(50);
    const QImage image = chart.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QPoint centre = viewportPoint(chart, change, events);
    const QPoint leftOfCentre = centre - QPoint(qRound(events->markerSize() / 4), 0);
    QCOMPARE(QColor(image.pixel(leftOfCentre)), Labels::issueStatusColor(IssueStatus::InDialogue));
    // ... while a bar's width further left the amber bar shows.
    const QPoint onBar = centre - QPoint(qRound(events->markerSize() * 1.5), 0);
    QCOMPARE(QColor(image.pixel(onBar)), Labels::issueStatusColor(IssueStatus::Stalled));
}

void TestCharts::issueClickAndEmphasis()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    IssueStatusChart chart(&store);
    chart.resize(1000, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    // A real click in the middle of trade's period.
    QLineSeries* tradeSolid = nullptr;
    for (const IssueChartContent::Period& drawn : chart.content().periods()) {
        if (drawn.ref.issueId == u"trade" && !drawn.ref.leadIn)
            tradeSolid = drawn.series;
    }
    QVERIFY(tradeSolid);
    const QPointF middle(msecs(QDate(2023, 8, 28)), 1);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, viewportPoint(chart, middle, tradeSolid));
    QCOMPARE(store.current(), (RecordRef { MarkKind::Issue, u"trade"_s }));

    // Trade stands out; the other rows are dimmed, points included.
    for (const IssueChartContent::Period& drawn : chart.content().periods()) {
        const int alpha = drawn.series->pen().color().alpha();
        if (drawn.ref.issueId == u"trade")
            QVERIFY(alpha >= (drawn.ref.leadIn ? 100 : 255));
        else
            QVERIFY2(alpha < 100, qPrintable(drawn.ref.issueId));
    }
    const auto& eventRefs = chart.content().eventRefs();
    const auto configuration = chart.content().events()->pointsConfiguration();
    for (int i = 0; i < eventRefs.size(); ++i) {
        const int alpha
            = configuration.value(i).value(QXYSeries::PointConfiguration::Color).value<QColor>().alpha();
        QCOMPARE(alpha == 255, eventRefs.at(i).issueId == u"trade");
    }

    // Selecting a meeting leaves every issue at full strength.
    store.setCurrent({ MarkKind::Meeting, u"yellen-visit"_s });
    for (const IssueChartContent::Period& drawn : chart.content().periods()) {
        if (!drawn.ref.leadIn)
            QCOMPARE(drawn.series->pen().color().alpha(), 255);
    }
}

void TestCharts::issueChartFollowsEdits()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    IssueStatusChart chart(&store);
    chart.show(); // legend markers are visible only in a shown chart
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(periodOf(chart, u"climate"_s, 0).solidColor, Labels::issueStatusColor(IssueStatus::InDialogue));

    QString text = store.corpus().documents.at(0).text;
    QCOMPARE(text.count(u"2023-07-16; in-dialogue"_s), 1);
    text.replace(u"2023-07-16; in-dialogue"_s, u"2023-07-16; resolved"_s);
    store.updateDocumentText(0, text);

    const Period climate = periodOf(chart, u"climate"_s, 0);
    QCOMPARE(climate.solidColor, Labels::issueStatusColor(IssueStatus::Resolved));
    QCOMPARE(climate.from, msecs(QDate(2023, 7, 16)));
    QTRY_COMPARE(visibleLegend(chart.chart()).size(), 5); // shown after the next layout
    QVERIFY(visibleLegend(chart.chart()).contains(Labels::issueStatus(IssueStatus::Resolved)));
    // The other issues are unchanged.
    QCOMPARE(periodOf(chart, u"trade"_s, 0).solidColor, Labels::issueStatusColor(IssueStatus::InDialogue));
}

void TestCharts::issueChartEmptyCorpus()
{
    CorpusStore store;
    IssueStatusChart chart(&store);
    QVERIFY(chart.content().periods().isEmpty());
    QCOMPARE(chart.exportSize(), QSizeF(1000, 400));
    store.setDocuments({ sample() });
    QCOMPARE(chart.content().periods().size(), 10); // 7 periods, 3 of them with a lead-in
    QCOMPARE(chart.content().events()->points().size(), 7);
    store.clear();
    QVERIFY(chart.content().periods().isEmpty());
    QCOMPARE(chart.content().events()->points().size(), 0);
    QVERIFY(visibleLegend(chart.chart()).isEmpty());
}

void TestCharts::issueExports()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    IssueStatusChart chart(&store);
    QCOMPARE(chart.exportName(), u"issues"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    ViewExporter::Options options;
    options.format = ViewExporter::ImageFormat::Svg;
    bool valid = false;
    const QString text = svgText(exportBytes(chart, options, dir.filePath(u"issues.svg"_s)), &valid);
    QVERIFY(valid);
    QVERIFY2(text.contains(u"Status of open issues"_s), qPrintable(text));
    QVERIFY(text.contains(u"Chinese hacking of US government email"_s));
    QVERIFY(text.contains(u"Date"_s));
    QVERIFY(text.contains(u"Stalled"_s)); // the legend

    options.format = ViewExporter::ImageFormat::Pdf;
    QVERIFY(exportBytes(chart, options, dir.filePath(u"issues.pdf"_s)).startsWith("%PDF"));

    options.format = ViewExporter::ImageFormat::Png;
    QImage image = QImage::fromData(exportBytes(chart, options, dir.filePath(u"issues.png"_s)), "PNG");
    QCOMPARE(image.size(), chart.exportSize().toSize());
    QVERIFY(hasPixel(image, Labels::issueStatusColor(IssueStatus::Stalled)));
    QVERIFY(hasPixel(image, Labels::issueStatusColor(IssueStatus::Open)));
    QVERIFY(!hasPixel(image, Labels::issueStatusColor(IssueStatus::Resolved))); // no issue is resolved
    // The one-day escalation, a few pixels wide, is drawn too.
    QVERIFY(hasPixel(image, Labels::issueStatusColor(IssueStatus::Escalating)));
    // Nothing coloured strays into the issue labels on the left (as a stale item of a removed
    // series would in a chart that never returns to the event loop).
    const QImage labels = image.copy(0, 0, 200, image.height());
    for (int status = 0; status <= int(IssueStatus::Resolved); ++status)
        QVERIFY(!hasPixel(labels, Labels::issueStatusColor(IssueStatus(status))));

    options.scale = 2;
    image = QImage::fromData(exportBytes(chart, options, dir.filePath(u"issues@2x.png"_s)), "PNG");
    QCOMPARE(image.size(), chart.exportSize().toSize() * 2);
    QVERIFY(hasPixel(image, Labels::issueStatusColor(IssueStatus::Stalled)));

    options.scale = 1;
    options.width = 1500;
    image = QImage::fromData(exportBytes(chart, options, dir.filePath(u"issues-wide.png"_s)), "PNG");
    QCOMPARE(image.width(), 1500);
    QCOMPARE(image.height(), qRound(chart.exportSize().height() * 1.5));
    QVERIFY(hasPixel(image, Labels::issueStatusColor(IssueStatus::InDialogue)));
}

void TestCharts::meetingCounts()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    MeetingsChart chart(&store);

    QCOMPARE(chart.counts().bin, MeetingCounts::Bin::Month);
    QStackedBarSeries* series = chart.barSeries();
    QVERIFY(series);
    QCOMPARE(series->count(), 2); // only statuses that occur: planned and held
    QBarSet* held = chart.barSet(MeetingStatus::Held);
    QBarSet* planned = chart.barSet(MeetingStatus::Planned);
    QVERIFY(held && planned);
    QVERIFY(!chart.barSet(MeetingStatus::Cancelled));
    QCOMPARE(held->label(), Labels::meetingStatus(MeetingStatus::Held));
    QCOMPARE(planned->label(), Labels::meetingStatus(MeetingStatus::Planned));
    QCOMPARE(held->color(), Labels::meetingStatusColor(MeetingStatus::Held));
    QCOMPARE(planned->color(), Labels::meetingStatusColor(MeetingStatus::Planned));

    const auto values = [](const QBarSet* set) {
        QList<qreal> list;
        for (int i = 0; i < set->count(); ++i)
            list.append(set->at(i));
        return list;
    };
    // June: Blinken in Beijing; July: Yellen (week 27 starts 3 July), Xie Feng's talks, and the
    // planned Jakarta talks and Kerry's visit; October: the possible summit.
    QCOMPARE(values(held), QList<qreal>({ 1, 2, 0, 0, 0 }));
    QCOMPARE(values(planned), QList<qreal>({ 0, 2, 0, 0, 1 }));
    QCOMPARE(chart.counts().meetingIds.at(chart.counts().statuses.indexOf(MeetingStatus::Held)).at(1),
             QStringList({ u"yellen-visit"_s, u"xie-defense-talks"_s }));
    QCOMPARE(chart.counts().maximumTotal, 4);
}

void TestCharts::meetingAxes()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    MeetingsChart chart(&store);
    chart.resize(900, 500);
    chart.show(); // legend markers are visible only in a shown chart
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    QCOMPARE(chart.chart()->title(), u"Meetings per month"_s);
    QBarCategoryAxis* months = chart.binAxis();
    QVERIFY(months);
    // Empty August and September keep the time axis honest.
    QCOMPARE(months->categories(),
             QStringList({ u"Jun 2023"_s, u"Jul 2023"_s, u"Aug 2023"_s, u"Sep 2023"_s, u"Oct 2023"_s }));
    QCOMPARE(months->titleText(), u"Month"_s);
    QValueAxis* counts = chart.countAxis();
    QVERIFY(counts);
    QCOMPARE(counts->titleText(), u"Meetings"_s);
    QCOMPARE(counts->min(), 0.0);
    QVERIFY(counts->max() >= 4);
    // Whole numbers only: one tick per meeting at this scale, integer labels.
    QCOMPARE(counts->tickCount(), qRound(counts->max()) + 1);
    QVERIFY(counts->labelFormat().endsWith(u'd'));
    QCOMPARE(visibleLegend(chart.chart()),
             QStringList({ Labels::meetingStatus(MeetingStatus::Planned),
                           Labels::meetingStatus(MeetingStatus::Held) }));
    QCOMPARE(months->labelsAngle(), 0);

    // Narrow, the year goes on a second line rather than labels overlapping.
    chart.resize(chart.minimumSize());
    QTRY_COMPARE(months->categories().value(0), u"Jun<br>2023"_s);
    QCOMPARE(months->categories().size(), 5);
    chart.resize(900, 500);
    QTRY_COMPARE(months->categories().value(0), u"Jun 2023"_s);
}

void TestCharts::meetingClickAndHighlight()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    MeetingsChart chart(&store);
    chart.resize(800, 450);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    // Held is stacked first: its June bar spans 0..1; July's planned bar spans 0..2.
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {},
                      viewportPoint(chart, QPointF(0, 0.5), chart.barSeries()));
    QCOMPARE(store.current(), (RecordRef { MarkKind::Meeting, u"blinken-beijing-visit"_s }));
    QVERIFY(chart.barSet(MeetingStatus::Held)->isBarSelected(0));

    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {},
                      viewportPoint(chart, QPointF(1, 1), chart.barSeries()));
    QCOMPARE(store.current(), (RecordRef { MarkKind::Meeting, u"jakarta-talks"_s })); // 13 July, before Kerry
    QVERIFY(chart.barSet(MeetingStatus::Planned)->isBarSelected(1));
    QVERIFY(!chart.barSet(MeetingStatus::Held)->isBarSelected(0));

    // An empty month selects nothing.
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {},
                      viewportPoint(chart, QPointF(2, 0.5), chart.barSeries()));
    QCOMPARE(store.current().id, u"jakarta-talks"_s);

    store.setCurrent({ MarkKind::Meeting, u"biden-xi-summit"_s });
    QVERIFY(chart.barSet(MeetingStatus::Planned)->isBarSelected(4));
    QVERIFY(!chart.barSet(MeetingStatus::Planned)->isBarSelected(1));
    store.setCurrent({ MarkKind::Issue, u"trade"_s });
    QVERIFY(chart.barSet(MeetingStatus::Planned)->selectedBars().isEmpty());
}

void TestCharts::meetingToolTips()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    MeetingsChart chart(&store);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    // July's held bar names both meetings it counts, in date order.
    Q_EMIT chart.barSet(MeetingStatus::Held)->hovered(true, 1);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(u"Held, Jul 2023: 2 meeting"_s), qPrintable(text)); // "(s)" until translated
    const qsizetype yellen = text.indexOf(u"Yellen’s visit to China"_s);
    const qsizetype xie = text.indexOf(u"Xie Feng’s talks with a US defense official"_s);
    QVERIFY(yellen > 0 && xie > yellen);
    Q_EMIT chart.barSet(MeetingStatus::Held)->hovered(false, 1);
    QTRY_VERIFY(!QToolTip::isVisible());
    // An empty month has nothing to say.
    Q_EMIT chart.barSet(MeetingStatus::Held)->hovered(true, 2);
    QTest::qWait(20);
    QVERIFY(!QToolTip::isVisible());
}

void TestCharts::meetingsPerWeekForShortSpans()
{
    const QString text = u"Talks.\n"
                         u"=== entente ===\n"
                         u"article: date=2024-03-20; title=Short\n"
                         u"actor a: A; person; X\n"
                         u"actor b: B; person; Y\n"
                         u"meeting first: a, b; 2024-03-05; status=held\n"
                         u"meeting second: a, b; 2024-03-07; status=held\n"
                         u"meeting third: a, b; 2024-03-20; status=cancelled\n"
                         u"meeting fourth: a, b; 2024-04-02; status=planned\n"_s;
    CorpusStore store;
    store.setDocuments({ Format::parse(text, u"short.entente"_s) });
    QCOMPARE(store.corpus().meetings.size(), 4);
    MeetingsChart chart(&store);

    QCOMPARE(chart.counts().bin, MeetingCounts::Bin::Week);
    QCOMPARE(chart.chart()->title(), u"Meetings per week"_s);
    // Mondays 4, 11, 18, 25 March and 1 April.
    QCOMPARE(chart.binAxis()->count(), 5);
    QCOMPARE(chart.counts().binStarts.first(), QDate(2024, 3, 4));
    QCOMPARE(chart.counts().binStarts.last(), QDate(2024, 4, 1));
    QCOMPARE(chart.barSet(MeetingStatus::Held)->at(0), 2.0);
    QCOMPARE(chart.barSet(MeetingStatus::Cancelled)->at(2), 1.0);
    QCOMPARE(chart.barSet(MeetingStatus::Planned)->at(4), 1.0);
    QCOMPARE(chart.barSet(MeetingStatus::Cancelled)->color(),
             Labels::meetingStatusColor(MeetingStatus::Cancelled));
    QVERIFY(chart.binAxis()->categories().first().contains(u"Mar 2024"_s));
}

void TestCharts::meetingExports()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    MeetingsChart chart(&store);
    QCOMPARE(chart.exportName(), u"meetings"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    ViewExporter::Options options;
    options.format = ViewExporter::ImageFormat::Svg;
    bool valid = false;
    const QString text = svgText(exportBytes(chart, options, dir.filePath(u"meetings.svg"_s)), &valid);
    QVERIFY(valid);
    QVERIFY2(text.contains(u"Meetings per month"_s), qPrintable(text));
    QVERIFY(text.contains(u"Sep 2023"_s));
    QVERIFY(text.contains(u"Planned"_s));

    options.format = ViewExporter::ImageFormat::Pdf;
    QVERIFY(exportBytes(chart, options, dir.filePath(u"meetings.pdf"_s)).startsWith("%PDF"));

    options.format = ViewExporter::ImageFormat::Png;
    options.scale = 2;
    const QImage image
        = QImage::fromData(exportBytes(chart, options, dir.filePath(u"meetings.png"_s)), "PNG");
    QCOMPARE(image.size(), QSize(2000, 1120));
    QVERIFY(hasPixel(image, Labels::meetingStatusColor(MeetingStatus::Held)));
    QVERIFY(hasPixel(image, Labels::meetingStatusColor(MeetingStatus::Planned)));
    QVERIFY(!hasPixel(image, Labels::meetingStatusColor(MeetingStatus::Failed)));
}

void TestCharts::themeFollowsPalette()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    IssueStatusChart issues(&store);
    MeetingsChart meetings(&store);
    QCOMPARE(issues.chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(issues.chart()->animationOptions(), QChart::NoAnimation);
    QVERIFY(issues.renderHints().testFlag(QPainter::Antialiasing));
    QVERIFY(meetings.renderHints().testFlag(QPainter::Antialiasing));
    issues.show();
    QVERIFY(QTest::qWaitForWindowExposed(&issues));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::WindowText, Qt::white);
    issues.setPalette(dark);
    meetings.setPalette(dark);
    QCOMPARE(issues.chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(meetings.chart()->theme(), QChart::ChartThemeDark);
    // The theme must not take the status colours away.
    QCOMPARE(periodOf(issues, u"hacking"_s, 2).solidColor, Labels::issueStatusColor(IssueStatus::Stalled));
    QCOMPARE(meetings.barSet(MeetingStatus::Held)->color(), Labels::meetingStatusColor(MeetingStatus::Held));
    QTRY_COMPARE(visibleLegend(issues.chart()).size(), 4);
}

void TestCharts::exportSizes()
{
    CorpusStore store;
    store.setDocuments({ sample() });
    IssueStatusChart issues(&store);
    MeetingsChart meetings(&store);
    QCOMPARE(meetings.exportSize(), QSizeF(1000, 560));
    QCOMPARE(issues.exportSize(), QSizeF(1000, 400)); // 4 issues: the minimum height

    // Thirty issues need more room than four.
    QString text = u"Text.\n=== entente ===\narticle: date=2024-01-01; title=Many\n"_s;
    for (int i = 0; i < 30; ++i)
        text += u"issue i%1: Issue %1\nstatus i%1: 2024-01-%2; open\n"_s.arg(i).arg(i % 28 + 1, 2, 10,
                                                                                    QChar(u'0'));
    store.setDocuments({ Format::parse(text, u"many.entente"_s) });
    QCOMPARE(issues.timeline().rows.size(), 30);
    QCOMPARE(issues.exportSize(), QSizeF(1000, 120 + 48 * 30));
    QVERIFY(issues.minimumSizeHint().width() >= 300 || issues.minimumWidth() >= 300);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
