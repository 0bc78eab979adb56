// The issue status chart over the sample and generated corpora: the periods it computes, the pixels it
// paints for them (resolved issues end their bar), what it costs for thousands of periods, Chinese
// titles, tool tips, clicks and the shared selection, edits, and what its exports contain.
#include "charts/issuestatuschart.h"
#include "corpusstore.h"
#include "format.h"
#include "labels.h"
#include "timerowscanvas.h"
#include "viewexporter.h"

#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QXmlStreamReader>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

Document sample()
{
    return Format::load(QStringLiteral(ENTENTE_SAMPLE));
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

int countColor(const QImage& image, const QRect& rect, const QColor& color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = std::max(0, rect.top()); y <= std::min(rgb.height() - 1, rect.bottom()); ++y) {
        for (int x = std::max(0, rect.left()); x <= std::min(rgb.width() - 1, rect.right()); ++x)
            count += rgb.pixel(x, y) == color.rgb() ? 1 : 0;
    }
    return count;
}

// Where a day of a row is painted in a shown chart.
QPoint pointOf(const IssueStatusChart& chart, int row, const QDate& day)
{
    const TimeRowsCanvas* canvas = chart.canvas();
    const qreal x = canvas->scale().x(TimeScale::dayOf(day) + 0.5);
    return QPoint(qRound(x), qRound(canvas->geometry().rowRect(row).center().y()));
}

QColor pixelOf(IssueStatusChart& chart, const QPoint& point)
{
    return chart.canvas()->grab().toImage().pixelColor(point);
}

// An article whose records hold issues with the given status lines ("id: date; status").
Document issuesArticle(const QStringList& issues, const QStringList& statuses)
{
    QString text = u"Issues.\n=== entente ===\narticle: date=2024-01-01; title=Issues\n"_s;
    for (const QString& issue : issues)
        text += u"issue "_s + issue + u'\n';
    for (const QString& status : statuses)
        text += u"status "_s + status + u'\n';
    return Format::parse(text, u"issues.entente"_s);
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void issuePeriods_data()
    {
        QTest::addColumn<QString>("issue");
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("row");
        // The last period of every issue runs to the end of the range: a week after the summit, which
        // is around 15 October.
        const QDate end(2023, 10, 23);
        QTest::newRow("hacking open") << u"hacking"_s << 0 << int(IssueStatus::Open) << QDate(2023, 5, 15) << QDate(2023, 7, 11) << 0;
        QTest::newRow("hacking escalating")
            << u"hacking"_s << 1 << int(IssueStatus::Escalating) << QDate(2023, 7, 11) << QDate(2023, 7, 12) << 0;
        QTest::newRow("hacking stalled") << u"hacking"_s << 2 << int(IssueStatus::Stalled) << QDate(2023, 7, 12) << end << 0;
        QTest::newRow("channels stalled")
            << u"military-channels"_s << 0 << int(IssueStatus::Stalled) << QDate(2023, 6, 18) << QDate(2023, 7, 12) << 1;
        QTest::newRow("channels dialogue")
            << u"military-channels"_s << 1 << int(IssueStatus::InDialogue) << QDate(2023, 7, 12) << end << 1;
        QTest::newRow("trade dialogue") << u"trade"_s << 0 << int(IssueStatus::InDialogue) << QDate(2023, 7, 3) << end << 2;
        QTest::newRow("climate dialogue") << u"climate"_s << 0 << int(IssueStatus::InDialogue) << QDate(2023, 7, 16) << end << 3;
    }
    void issuePeriods()
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
        chart.resize(1000, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));

        const IssueTimeline& timeline = chart.timeline();
        QCOMPARE(timeline.start, QDate(2023, 5, 8));
        QCOMPARE(timeline.end, QDate(2023, 10, 23));
        const auto found = std::find_if(timeline.segments.cbegin(), timeline.segments.cend(), [&](const auto& segment) {
            return timeline.rows.at(segment.row).issueId == issue && segment.changeIndex == change;
        });
        QVERIFY(found != timeline.segments.cend());
        QCOMPARE(found->row, row);
        QCOMPARE(int(found->status), status);
        QCOMPARE(found->from, from);
        QCOMPARE(found->to, to);
        // The middle of the certain part is painted in the status colour (a one-day period is mostly
        // covered by the dots of its changes).
        if (found->certainFrom.daysTo(to) >= 6) {
            const QDate middle = found->certainFrom.addDays(found->certainFrom.daysTo(to) / 2);
            QCOMPARE(pixelOf(chart, pointOf(chart, row, middle)), Labels::issueStatusColor(IssueStatus(status)));
        }
        // The view shows every period at first: the whole range, a little more.
        QVERIFY(chart.canvas()->scale().from() <= TimeScale::dayOf(timeline.start));
        QVERIFY(chart.canvas()->scale().to() >= TimeScale::dayOf(timeline.end));
    }

    void uncertainStarts()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        IssueStatusChart chart(&store);
        const IssueTimeline& timeline = chart.timeline();
        const auto segment = [&](const QString& issue) {
            for (const IssueTimeline::Segment& s : timeline.segments) {
                if (timeline.rows.at(s.row).issueId == issue && s.changeIndex == 0)
                    return s;
            }
            return IssueTimeline::Segment {};
        };
        // ~2023-05-15 is approximate: its first week is faded; 2023-W27 may mean any day of 3–9 July:
        // hatched; a day is certain.
        QCOMPARE(segment(u"hacking"_s).certainFrom, QDate(2023, 5, 22));
        QCOMPARE(int(segment(u"hacking"_s).leadIn), int(RangePainter::Certainty::Approximate));
        QCOMPARE(segment(u"trade"_s).certainFrom, QDate(2023, 7, 10));
        QCOMPARE(int(segment(u"trade"_s).leadIn), int(RangePainter::Certainty::Range));
        QCOMPARE(segment(u"climate"_s).certainFrom, QDate(2023, 7, 16));
        QCOMPARE(int(segment(u"climate"_s).leadIn), int(RangePainter::Certainty::Exact));

        // On screen the uncertain week of trade is not the solid colour; the week after is.
        chart.resize(1000, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QColor dialogue = Labels::issueStatusColor(IssueStatus::InDialogue);
        QVERIFY(pixelOf(chart, pointOf(chart, 2, QDate(2023, 7, 6))) != dialogue);
        QCOMPARE(pixelOf(chart, pointOf(chart, 2, QDate(2023, 7, 20))), dialogue);
    }

    void resolvedEndsTheBar()
    {
        CorpusStore store;
        store.setDocuments({ issuesArticle({ u"border: Border dispute"_s, u"visas: Visa rules"_s },
            { u"border: 2024-01-10; open"_s, u"border: 2024-03-01; resolved"_s, u"visas: 2024-01-05; open"_s,
                u"visas: 2024-02-01; resolved"_s, u"visas: 2024-05-01; escalating"_s, u"visas: 2024-08-01; stalled"_s }) });
        IssueStatusChart chart(&store);
        chart.resize(1000, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const IssueTimeline& timeline = chart.timeline();
        QCOMPARE(int(timeline.segments.at(1).status), int(IssueStatus::Resolved));
        QCOMPARE(timeline.segments.at(1).from, QDate(2024, 3, 1));
        QCOMPARE(timeline.segments.at(1).to, QDate(2024, 3, 1)); // no bar after the resolution

        const QColor base = chart.canvas()->palette().color(QPalette::Base);
        QCOMPARE(pixelOf(chart, pointOf(chart, 0, QDate(2024, 2, 1))), Labels::issueStatusColor(IssueStatus::Open));
        // After the resolution the row is empty: the background, never a bar of any status.
        for (const QDate& day : { QDate(2024, 4, 1), QDate(2024, 6, 1), QDate(2024, 8, 1) }) {
            const QColor pixel = pixelOf(chart, pointOf(chart, 0, day));
            QVERIFY2(pixel == base || pixel.lightness() > 240, qPrintable(day.toString(Qt::ISODate)));
        }
        // The resolution itself is a dot in the resolved colour where the bar ends.
        const QPoint resolvedAt = pointOf(chart, 0, QDate(2024, 3, 1)) - QPoint(1, 0);
        QCOMPARE(pixelOf(chart, resolvedAt), Labels::issueStatusColor(IssueStatus::Resolved));
        // An issue that comes back after being resolved gets a bar again.
        QCOMPARE(pixelOf(chart, pointOf(chart, 1, QDate(2024, 3, 15))).lightness() > 240, true);
        QCOMPARE(pixelOf(chart, pointOf(chart, 1, QDate(2024, 6, 15))), Labels::issueStatusColor(IssueStatus::Escalating));
    }

    void costIsWhatIsShown()
    {
        // One issue with 20,000 status changes over ten years: the row paints at most a box per pixel.
        QStringList statuses;
        const QDate first(2010, 1, 1);
        const char* names[] = { "open", "in-dialogue", "stalled", "escalating" };
        for (int i = 0; i < 20000; ++i)
            statuses.append(u"busy: %1; %2"_s.arg(first.addDays(i * 3650 / 20000).toString(Qt::ISODate), QLatin1String(names[i % 4])));
        CorpusStore store;
        store.setDocuments({ issuesArticle({ u"busy: Busy issue"_s }, statuses) });
        IssueStatusChart chart(&store);
        QCOMPARE(chart.timeline().segments.size(), 20000);
        const QRectF row(200, 0, 800, 30);
        TimeScale scale(TimeScale::dayOf(first), TimeScale::dayOf(first.addYears(10)), 200, 800);
        const QList<IssueChartContent::Box> whole = chart.content().boxes(0, row, scale);
        QVERIFY2(whole.size() <= 2 * 800, qPrintable(QString::number(whole.size())));
        QVERIFY(chart.content().dots(0, row, scale).size() <= 800 / 4);
        // Zoomed in on one month, only that month's periods are boxes, found by binary search.
        scale.setDays(TimeScale::dayOf(QDate(2015, 3, 1)), TimeScale::dayOf(QDate(2015, 4, 1)));
        const QList<IssueChartContent::Box> month = chart.content().boxes(0, row, scale);
        // Changes of the same day leave only the last one a width: about a box a day.
        QVERIFY2(month.size() >= 28 && month.size() <= 40, qPrintable(QString::number(month.size())));
        const IssueTimeline::Segment& firstShown = chart.timeline().segments.at(month.first().segment);
        QVERIFY(firstShown.to >= QDate(2015, 3, 1) && firstShown.from <= QDate(2015, 3, 1));
    }

    void chineseTitlesStayLegible()
    {
        CorpusStore store;
        const QString longTitle = u"中美关于南海航行自由与岛礁建设问题的长期分歧"_s;
        store.setDocuments({ issuesArticle({ u"sea: "_s + longTitle, u"trade: 贸易"_s },
            { u"sea: 2023-03-01; open"_s, u"trade: 2023-04-01; in-dialogue"_s }) });
        IssueStatusChart chart(&store);
        chart.setLocale(QLocale(QLocale::Chinese, QLocale::China));
        QTemporaryDir dir;
        bool valid = false;
        ViewExporter::Options options;
        options.format = ViewExporter::ImageFormat::Svg;
        options.width = 600; // narrow: the long title must be elided
        const QString text = svgText(exportBytes(chart, options, dir.filePath(u"issues.svg"_s)), &valid);
        QVERIFY(valid);
        QVERIFY2(text.contains(u"贸易"_s), qPrintable(text));
        QVERIFY2(text.contains(u"中美关于南海"_s), qPrintable(text)); // the first characters of the long title
        QVERIFY(!text.contains(QChar(0x22EE))); // never "⋮"
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QVERIFY2(text.contains(chinese.monthName(3)) || text.contains(chinese.standaloneMonthName(3, QLocale::ShortFormat)),
            qPrintable(text)); // month names of the axis in Chinese
    }

    void toolTipsShowEvidence()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        IssueStatusChart chart(&store);
        chart.resize(1000, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));

        const QString denied = chart.statusChangeToolTip(u"hacking"_s, 2);
        QVERIFY(denied.contains(u"Chinese hacking of US government email"_s));
        QVERIFY(denied.contains(u"Stalled"_s));
        QVERIFY(denied.contains(u"has denied these allegations"_s)); // the evidence words of the article
        QVERIFY(denied.contains(u"<i>China denies the allegations"_s)); // the note
        QVERIFY(chart.statusChangeToolTip(u"hacking"_s, 3).isEmpty());

        // Hovering the dot of the first change shows its evidence.
        const QPoint dot = QPoint(qRound(chart.canvas()->scale().x(TimeScale::dayOf(QDate(2023, 5, 15)))),
            qRound(chart.canvas()->geometry().rowRect(0).center().y()));
        QHelpEvent help(QEvent::ToolTip, dot, chart.canvas()->mapToGlobal(dot));
        QCoreApplication::sendEvent(chart.canvas(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"the hacking incident that commenced in mid-May"_s), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void clickSelectsAndEmphasises()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        IssueStatusChart chart(&store);
        chart.resize(1000, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTest::mouseClick(chart.canvas(), Qt::LeftButton, {}, pointOf(chart, 2, QDate(2023, 8, 28)));
        QCOMPARE(store.current(), (RecordRef { MarkKind::Issue, u"trade"_s }));
        QVERIFY(chart.content().isRowEmphasised(2));
        // Trade keeps its colour; the others are dimmed towards the background.
        QCOMPARE(pixelOf(chart, pointOf(chart, 2, QDate(2023, 8, 28))), Labels::issueStatusColor(IssueStatus::InDialogue));
        const QColor dimmed = pixelOf(chart, pointOf(chart, 3, QDate(2023, 8, 28)));
        QVERIFY(dimmed != Labels::issueStatusColor(IssueStatus::InDialogue));
        QVERIFY(dimmed.lightness() > Labels::issueStatusColor(IssueStatus::InDialogue).lightness());
        // A click on empty space selects nothing new; another record clears the emphasis.
        QTest::mouseClick(chart.canvas(), Qt::LeftButton, {}, pointOf(chart, 3, QDate(2023, 6, 1)));
        QCOMPARE(store.current().id, u"trade"_s);
        store.setCurrent({ MarkKind::Meeting, u"kerry-visit"_s });
        QVERIFY(!chart.content().isRowEmphasised(2));
        QCOMPARE(pixelOf(chart, pointOf(chart, 3, QDate(2023, 8, 28))), Labels::issueStatusColor(IssueStatus::InDialogue));
    }

    void followsEdits()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        IssueStatusChart chart(&store);
        chart.resize(1000, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QString text = store.corpus().documents.at(0).text;
        QCOMPARE(text.count(u"2023-07-16; in-dialogue"_s), 1);
        text.replace(u"2023-07-16; in-dialogue"_s, u"2023-07-16; resolved"_s);
        store.updateDocumentText(0, text);
        QCOMPARE(int(chart.timeline().statuses.last()), int(IssueStatus::Resolved));
        QCOMPARE(chart.timeline().segments.last().to, QDate(2023, 7, 16));
        const QList<TimeRowsLegendEntry> legend = chart.content().legend();
        QVERIFY(std::any_of(legend.cbegin(), legend.cend(),
            [](const TimeRowsLegendEntry& entry) { return entry.text == Labels::issueStatus(IssueStatus::Resolved); }));
        QVERIFY(pixelOf(chart, pointOf(chart, 3, QDate(2023, 8, 28))).lightness() > 240); // the bar is gone
        QCOMPARE(pixelOf(chart, pointOf(chart, 2, QDate(2023, 8, 28))), Labels::issueStatusColor(IssueStatus::InDialogue));
    }

    void emptyCorpus()
    {
        CorpusStore store;
        IssueStatusChart chart(&store);
        QCOMPARE(chart.content().rowCount(), 0);
        QVERIFY(chart.exportCaption().range.isEmpty());
        store.setDocuments({ sample() });
        QCOMPARE(chart.content().rowCount(), 4);
        QCOMPARE(chart.timeline().segments.size(), 7);
        store.clear();
        QCOMPARE(chart.content().rowCount(), 0);
        QVERIFY(chart.content().legend().isEmpty());
    }

    void exports()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        IssueStatusChart chart(&store);
        QCOMPARE(chart.exportName(), u"issues"_s);
        QTemporaryDir dir;
        ViewExporter::Options options;
        options.format = ViewExporter::ImageFormat::Svg;
        bool valid = false;
        const QString text = svgText(exportBytes(chart, options, dir.filePath(u"issues.svg"_s)), &valid);
        QVERIFY(valid);
        QVERIFY2(text.contains(u"Status of open issues"_s), qPrintable(text));
        QVERIFY(text.contains(u"Chinese hacking of US government email"_s));
        QVERIFY(text.contains(u"July 2023"_s)); // the axis
        QVERIFY(text.contains(u"Stalled"_s)); // the legend
        QVERIFY(text.contains(u"Status of open issues · 2 May 2023 – 27 October 2023 · no filters"_s)); // the caption

        // Another range, as `entente export --from --to` asks, says so in the caption.
        chart.setDateRange(QDate(2023, 7, 1), QDate(2023, 7, 31));
        QCOMPARE(chart.exportCaption().range, u"1–31 July 2023"_s);

        options.format = ViewExporter::ImageFormat::Png;
        options.width = 1500;
        const QImage image = QImage::fromData(exportBytes(chart, options, dir.filePath(u"issues.png"_s)), "PNG");
        QCOMPARE(image.width(), 1500);
        QVERIFY(countColor(image, image.rect(), Labels::issueStatusColor(IssueStatus::Stalled)) > 500);
        QVERIFY(countColor(image, image.rect(), Labels::issueStatusColor(IssueStatus::InDialogue)) > 500);
        QCOMPARE(countColor(image, image.rect(), Labels::issueStatusColor(IssueStatus::Resolved)), 0);
        // Nothing coloured strays into the issue labels on the left.
        for (int status = 0; status <= int(IssueStatus::Resolved); ++status)
            QCOMPARE(countColor(image, QRect(0, 80, 300, image.height() - 200), Labels::issueStatusColor(IssueStatus(status))), 0);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
