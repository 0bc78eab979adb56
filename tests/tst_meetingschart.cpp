// The meetings chart: the bin it picks for the span (week to century, never more than a few hundred
// bins, year 1 and year 9999 included), its axis labels in English, German and Chinese, titles that
// agree with the dock, clicks and highlights, edits that change bars in place, and exports.
#include "analysisdocks.h"
#include "charts/meetingschart.h"
#include "corpusstore.h"
#include "format.h"
#include "labels.h"
#include "viewexporter.h"

#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QPainter>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QSvgGenerator>
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

// An article with a held meeting on each of the days given.
Document meetingsOn(const QList<QDate>& days)
{
    QString text = u"Talks.\n=== entente ===\narticle: date=2024-01-01; title=Many\nactor a: A; person; X\nactor b: B; person; Y\n"_s;
    for (qsizetype i = 0; i < days.size(); ++i)
        text += u"meeting m%1: a, b; %2; status=held; title=Meeting %1\n"_s.arg(i).arg(days.at(i).toString(Qt::ISODate));
    return Format::parse(text, u"many.entente"_s);
}

// A meeting every 40 days from the start of 2011 to the end of 2022.
Document twelveYears()
{
    QList<QDate> days;
    for (QDate day(2011, 1, 3); day.year() < 2023; day = day.addDays(40))
        days.append(day);
    return meetingsOn(days);
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

QByteArray exportBytes(ExportableView& view, const ViewExporter::Options& options, const QString& path)
{
    QString error;
    if (!ViewExporter::write(view, path, options, &error))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<qreal> values(const QBarSet* set)
{
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i)
        list.append(set->at(i));
    return list;
}

QPoint viewportPoint(const QChartView& view, const QPointF& value, QAbstractSeries* series)
{
    return view.mapFromScene(view.chart()->mapToScene(view.chart()->mapToPosition(value, series)));
}

} // namespace

class TestMeetingsChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void binsForSpans_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("bin");
        QTest::addColumn<int>("bins");
        using Bin = MeetingCounts::Bin;
        QTest::newRow("ten days") << QDate(2024, 3, 5) << QDate(2024, 3, 15) << int(Bin::Week) << 2;
        QTest::newRow("a year") << QDate(2023, 1, 2) << QDate(2023, 12, 31) << int(Bin::Week) << 52;
        QTest::newRow("two years") << QDate(2022, 1, 1) << QDate(2023, 12, 31) << int(Bin::Month) << 24;
        QTest::newRow("twelve years") << QDate(2011, 1, 1) << QDate(2022, 12, 31) << int(Bin::Quarter) << 48;
        QTest::newRow("thirty years") << QDate(1994, 1, 1) << QDate(2023, 12, 31) << int(Bin::Year) << 30;
        QTest::newRow("two centuries") << QDate(1820, 1, 1) << QDate(2019, 12, 31) << int(Bin::Decade) << 20;
        QTest::newRow("year 1 to 9999") << QDate(1, 1, 1) << QDate(9999, 12, 31) << int(Bin::Century) << 100;
    }
    void binsForSpans()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, bin);
        QFETCH(int, bins);
        CorpusStore store;
        store.setDocuments({ meetingsOn({ first, last }) });
        const MeetingCounts counts = MeetingCounts::count(store.corpus());
        QCOMPARE(int(counts.bin), bin);
        QCOMPARE(counts.binStarts.size(), bins);
        QVERIFY(counts.binStarts.size() <= MeetingCounts::maximumBins * 2);
        QVERIFY(counts.binStarts.first() <= first && counts.end > last);
        QCOMPARE(counts.totalAt(0), 1);
        QCOMPARE(counts.totalAt(int(counts.binStarts.size()) - 1), 1);
        // Consecutive bins, each starting where the previous one ends.
        for (qsizetype i = 1; i < counts.binStarts.size(); ++i)
            QCOMPARE(MeetingCounts::nextBin(counts.binStarts.at(i - 1), counts.bin), counts.binStarts.at(i));
    }

    void farApartYears()
    {
        // The 400-byte file of the issue: one meeting in year 1 and one in 9999.
        CorpusStore store;
        store.setDocuments({ meetingsOn({ QDate(1, 1, 1), QDate(9999, 12, 31) }) });
        MeetingsChart chart(&store);
        QCOMPARE(chart.counts().bin, MeetingCounts::Bin::Century);
        QCOMPARE(chart.barSet(MeetingStatus::Held)->count(), 100);
        QCOMPARE(chart.title(), u"Meetings per century"_s);
        QCOMPARE(chart.counts().binStarts.first(), QDate(1, 1, 1));
        QCOMPARE(MeetingsChart::binLabel(chart.counts().binStarts.first(), MeetingCounts::Bin::Century, QLocale()), u"1–99"_s);
        QCOMPARE(MeetingsChart::binLabel(chart.counts().binStarts.last(), MeetingCounts::Bin::Century, QLocale()), u"9900–9999"_s);
    }

    void countsOfTheSample()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        MeetingsChart chart(&store);
        // 18 June (approximately) to 15 October: weeks from Monday 12 June.
        QCOMPARE(chart.counts().bin, MeetingCounts::Bin::Week);
        QCOMPARE(chart.counts().binStarts.first(), QDate(2023, 6, 12));
        QCOMPARE(chart.counts().binStarts.size(), 18);
        QCOMPARE(chart.barSeries()->count(), 2); // only statuses that occur: planned and held
        QVERIFY(!chart.barSet(MeetingStatus::Cancelled));
        const QList<qreal> held = values(chart.barSet(MeetingStatus::Held));
        const QList<qreal> planned = values(chart.barSet(MeetingStatus::Planned));
        QCOMPARE(held.at(0), 1.0); // Blinken in Beijing
        QCOMPARE(held.at(3), 1.0); // Yellen, week 27
        QCOMPARE(held.at(4), 1.0); // Xie Feng's talks on 12 July
        QCOMPARE(planned.at(4), 2.0); // Jakarta on 13 July, Kerry from 16 July
        QCOMPARE(planned.at(17), 1.0); // the possible summit
        QCOMPARE(std::accumulate(held.cbegin(), held.cend(), 0.0) + std::accumulate(planned.cbegin(), planned.cend(), 0.0), 6.0);
        QCOMPARE(chart.counts().meetingIds.at(chart.counts().statuses.indexOf(MeetingStatus::Planned)).at(4),
            QStringList({ u"jakarta-talks"_s, u"kerry-visit"_s }));
        QCOMPARE(chart.counts().maximumTotal, 3);
    }

    void axisLabelsFitInEveryLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("Chinese") << QLocale(QLocale::Chinese, QLocale::China);
    }
    void axisLabelsFitInEveryLanguage()
    {
        QFETCH(QLocale, locale);
        for (const bool quarters : { false, true }) {
            CorpusStore store;
            // Two years of months, or twelve years of quarters.
            store.setDocuments({ quarters ? twelveYears() : meetingsOn({ QDate(2022, 1, 10), QDate(2022, 8, 3), QDate(2023, 12, 20) }) });
            MeetingsChart chart(&store);
            chart.setLocale(locale);
            chart.resize(900, 500);
            chart.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chart));
            QCOMPARE(chart.counts().bin, quarters ? MeetingCounts::Bin::Quarter : MeetingCounts::Bin::Month);
            // Some bins are labelled, evenly, far enough apart for their widest label.
            QCategoryAxis* axis = chart.binAxis();
            QTRY_VERIFY(axis->count() >= 4);
            const QStringList labels = axis->categoriesLabels();
            QVERIFY(axis->count() < chart.counts().binStarts.size());
            const qreal binWidth = chart.chart()->plotArea().width() / qreal(chart.counts().binStarts.size());
            const qreal spacing = (axis->endValue(labels.at(1)) - axis->endValue(labels.at(0))) * binWidth;
            QFont font = chart.font();
            font.setPixelSize(12);
            for (const QString& label : labels)
                QVERIFY2(QFontMetricsF(font).horizontalAdvance(label) + 8 <= spacing, qPrintable(label));
            // What Qt Charts draws on screen is every label whole, in the locale's words: nothing elided.
            // (SVG puts runs of another font, CJK here, in <text> elements of their own: spaces differ.)
            QBuffer buffer;
            QSvgGenerator generator;
            generator.setOutputDevice(&buffer);
            generator.setSize(chart.size());
            {
                QPainter painter(&generator);
                chart.render(&painter);
            }
            const QString text = svgText(buffer.data()).remove(u' ');
            QVERIFY2(!text.isEmpty() && !text.contains(QChar(0x22EE)) && !text.contains(u'…'), qPrintable(text));
            for (const QString& label : labels)
                QVERIFY2(text.contains(QString(label).remove(u' ')), qPrintable(label + u" in "_s + text));
            if (!quarters) // month names of the locale
                QVERIFY2(text.contains(locale.toString(QDate(2022, 1, 1), u"MMM"_s).remove(u' ')), qPrintable(text));
        }
    }

    void dockTitleStaysShortWhileTheChartNamesItsBin()
    {
        CorpusStore store;
        QMainWindow window;
        AnalysisDocks docks(&store, &window);
        QDockWidget* dock = nullptr;
        for (QDockWidget* candidate : docks.docks()) {
            if (candidate->widget() == docks.meetingsChart())
                dock = candidate;
        }
        QVERIFY(dock);
        store.setDocuments({ sample() });
        QCOMPARE(docks.meetingsChart()->chart()->title(), u"Meetings per week"_s);
        QCOMPARE(dock->windowTitle(), u"Meetings"_s);
        store.setDocuments({ twelveYears() });
        QCOMPARE(docks.meetingsChart()->chart()->title(), u"Meetings per quarter"_s);
        QCOMPARE(dock->windowTitle(), u"Meetings"_s); // the tab keeps its place and width
    }

    void clickSelectsAndHighlights()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        MeetingsChart chart(&store);
        chart.resize(900, 450);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        // Week 0: Blinken's visit, held. Week 4: held (0..1), then planned (1..3).
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, viewportPoint(chart, QPointF(0, 0.5), chart.barSeries()));
        QCOMPARE(store.current(), (RecordRef { MarkKind::Meeting, u"blinken-beijing-visit"_s }));
        QVERIFY(chart.barSet(MeetingStatus::Held)->isBarSelected(0));
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, viewportPoint(chart, QPointF(4, 2), chart.barSeries()));
        QCOMPARE(store.current(), (RecordRef { MarkKind::Meeting, u"jakarta-talks"_s })); // 13 July, before Kerry
        QVERIFY(chart.barSet(MeetingStatus::Planned)->isBarSelected(4));
        QVERIFY(!chart.barSet(MeetingStatus::Held)->isBarSelected(0));
        // An empty week selects nothing.
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, viewportPoint(chart, QPointF(8, 0.5), chart.barSeries()));
        QCOMPARE(store.current().id, u"jakarta-talks"_s);
        store.setCurrent({ MarkKind::Meeting, u"biden-xi-summit"_s });
        QVERIFY(chart.barSet(MeetingStatus::Planned)->isBarSelected(17));
        store.setCurrent({ MarkKind::Issue, u"trade"_s });
        QVERIFY(chart.barSet(MeetingStatus::Planned)->selectedBars().isEmpty());
    }

    void editsChangeBarsInPlace()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        MeetingsChart chart(&store);
        QBarSet* held = chart.barSet(MeetingStatus::Held);
        QBarSet* planned = chart.barSet(MeetingStatus::Planned);
        QStackedBarSeries* series = chart.barSeries();
        QSignalSpy replaced(held, &QBarSet::valueChanged);
        QString text = store.corpus().documents.at(0).text;
        text.replace(u"2023-07-13; place=Jakarta; status=planned"_s, u"2023-07-13; place=Jakarta; status=held"_s);
        store.updateDocumentText(0, text);
        // The same series and sets, their values changed.
        QCOMPARE(chart.barSeries(), series);
        QCOMPARE(chart.barSet(MeetingStatus::Held), held);
        QCOMPARE(chart.barSet(MeetingStatus::Planned), planned);
        QCOMPARE(held->at(4), 2.0);
        QCOMPARE(planned->at(4), 1.0);
        QCOMPARE(replaced.count(), 1);
        // A meeting in another year changes the bins: the chart is built again.
        text.replace(u"~2023-10-15"_s, u"~2025-10-15"_s);
        store.updateDocumentText(0, text);
        QCOMPARE(chart.counts().bin, MeetingCounts::Bin::Month);
        QCOMPARE(chart.barSet(MeetingStatus::Held)->count(), int(chart.counts().binStarts.size()));
    }

    void toolTipsNameTheMeetings()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        MeetingsChart chart(&store);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        Q_EMIT chart.barSet(MeetingStatus::Planned)->hovered(true, 4);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(u"Planned, 10 Jul 2023: 2 meeting"_s), qPrintable(text));
        QVERIFY(text.indexOf(u"Blinken–Wang Yi talks"_s) < text.indexOf(u"Kerry’s climate visit"_s));
        Q_EMIT chart.barSet(MeetingStatus::Planned)->hovered(false, 4);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void exports()
    {
        CorpusStore store;
        store.setDocuments({ sample() });
        MeetingsChart chart(&store);
        QCOMPARE(chart.exportName(), u"meetings"_s);
        QTemporaryDir dir;
        ViewExporter::Options options;
        options.format = ViewExporter::ImageFormat::Svg;
        const QString text = svgText(exportBytes(chart, options, dir.filePath(u"meetings.svg"_s)));
        QVERIFY2(text.contains(u"Meetings per week"_s), qPrintable(text));
        QVERIFY(text.contains(u"Planned"_s));
        QVERIFY(text.contains(u"Meetings per week · 12 June 2023 – 15 October 2023 · no filters"_s));
        chart.setDateRange(QDate(2023, 7, 1), QDate(2023, 7, 31));
        QCOMPARE(chart.counts().bin, MeetingCounts::Bin::Week);
        QCOMPARE(chart.exportCaption().filters, QStringList { u"meetings starting in the range only"_s });
        QCOMPARE(chart.counts().maximumTotal, 3);

        options.format = ViewExporter::ImageFormat::Png;
        options.scale = 2;
        const QImage image = QImage::fromData(exportBytes(chart, options, dir.filePath(u"meetings.png"_s)), "PNG");
        const qreal caption = ExportCaptions::height(ExportCaptions::of(chart), 1000);
        QCOMPARE(image.size(), QSize(2000, qRound((560 + caption) * 2)));
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        int heldPixels = 0;
        for (int y = 0; y < rgb.height(); ++y) {
            for (int x = 0; x < rgb.width(); ++x)
                heldPixels += rgb.pixel(x, y) == Labels::meetingStatusColor(MeetingStatus::Held).rgb() ? 1 : 0;
        }
        QVERIFY(heldPixels > 1000);
    }
};

QTEST_MAIN(TestMeetingsChart)
#include "tst_meetingschart.moc"
