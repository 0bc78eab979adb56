// The calendar beyond one month: the year view and its counts, moving to the months with meetings,
// laying out again only when an edit touches the months shown, and SVG exports whose hatching stays
// inside its chips.
#include "calendar/calendargrid.h"
#include "calendar/calendarlayout.h"
#include "calendar/calendarview.h"
#include "calendar/calendaryear.h"
#include "corpusstore.h"
#include "format.h"
#include "viewexporter.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

int countPixels(const QImage& image, const QRect& rect, const QColor& color)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += image.pixelColor(x, y) == color ? 1 : 0;
    }
    return count;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCalendarYear : public QObject
{
    Q_OBJECT

    Document m_sample;

    // A shown view of the sample, on July 2023.
    void showSample(CorpusStore& store, CalendarView& view)
    {
        store.setDocuments({ m_sample });
        view.resize(1300, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.visibleMonth(), QDate(2023, 7, 1));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_sample = Format::load(QStringLiteral(ENTENTE_SAMPLE));
        QVERIFY(!m_sample.hasErrors());
    }

    void yearViewCountsAndShadesDays()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        QTest::mouseClick(view.findChild<QWidget*>(u"yearMode"_s), Qt::LeftButton);
        QCOMPARE(view.mode(), CalendarView::Mode::Year);
        QCOMPARE(view.visibleMonth(), QDate(2023, 1, 1));
        const CalendarYearData& data = view.yearView()->data();
        QCOMPARE(data.monthCount, 12);
        QCOMPARE(data.total(), 6);
        QCOMPARE(data.monthCounts.at(5), 1); // June: Blinken in Beijing
        QCOMPARE(data.monthCounts.at(6), 4); // July
        QCOMPARE(data.monthCounts.at(9), 1); // October: the summit
        QCOMPARE(data.dayCount(QDate(2023, 7, 13)), 1);
        QCOMPARE(data.dayCount(QDate(2023, 7, 18)), 1); // Kerry, 16–19 July
        QCOMPARE(data.dayCount(QDate(2023, 7, 5)), 0); // Yellen's week counts for July only
        // Days with meetings are shaded; days without are not.
        const QImage image = view.yearView()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const CalendarYearGeometry& geometry = view.yearView()->geometry();
        const auto cellOf = [&](const QDate& day) {
            const QDate first(day.year(), day.month(), 1);
            const int offset = int((first.dayOfWeek() - 1) + day.day() - 1); // weeks from Monday
            return geometry.dayRect(day.month() - 1, offset / 7, offset % 7).toAlignedRect().adjusted(2, 2, -2, -2);
        };
        const QColor base = view.yearView()->palette().color(QPalette::Base);
        const QRect busy = cellOf(QDate(2023, 7, 13));
        const QRect quiet = cellOf(QDate(2023, 7, 25));
        QVERIFY(countPixels(image, busy, base) < busy.width() * busy.height() / 2);
        QVERIFY(countPixels(image, quiet, base) > quiet.width() * quiet.height() / 2);
        // Clicking October opens it.
        QTest::mouseClick(view.yearView(), Qt::LeftButton, {}, geometry.monthRects.at(9).center().toPoint());
        QCOMPARE(view.mode(), CalendarView::Mode::Month);
        QCOMPARE(view.visibleMonth(), QDate(2023, 10, 1));
    }

    void movesToMonthsWithMeetings()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        // July 2023 → October (August and September have none) → nothing later.
        QTest::mouseClick(view.findChild<QWidget*>(u"nextWithMeetings"_s), Qt::LeftButton);
        QCOMPARE(view.visibleMonth(), QDate(2023, 10, 1));
        QVERIFY(!view.showNextWithMeetings());
        QCOMPARE(view.visibleMonth(), QDate(2023, 10, 1));
        view.grid()->setFocus();
        QTest::keyClick(view.grid(), Qt::Key_PageUp, Qt::ShiftModifier);
        QCOMPARE(view.visibleMonth(), QDate(2023, 7, 1));
        QTest::keyClick(view.grid(), Qt::Key_PageUp, Qt::ShiftModifier);
        QCOMPARE(view.visibleMonth(), QDate(2023, 6, 1));
        QVERIFY(!view.showPreviousWithMeetings());
        // From an empty month far away, straight back to the meetings.
        view.setMonth(2031, 2);
        QVERIFY(view.showPreviousWithMeetings());
        QCOMPARE(view.visibleMonth(), QDate(2023, 10, 1));
        // In the year view, by years; Y and M switch views.
        QTest::keyClick(view.grid(), Qt::Key_Y);
        QCOMPARE(view.mode(), CalendarView::Mode::Year);
        view.setYear(2019);
        QVERIFY(view.showNextWithMeetings());
        QCOMPARE(view.visibleMonth(), QDate(2023, 1, 1));
        QTest::keyClick(view.yearView(), Qt::Key_M);
        QCOMPARE(view.mode(), CalendarView::Mode::Month);
        QCOMPARE(view.visibleMonth(), QDate(2023, 6, 1)); // the year's first month with meetings
    }

    void laysOutAgainOnlyForTheMonthsShown()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        const int before = view.layoutCount();
        QString text = m_sample.text;
        // The summit in October changes status: July, shown, is not laid out again.
        text.replace(u"~2023-10-15; status=planned"_s, u"~2023-10-15; status=cancelled"_s);
        QVERIFY(text != m_sample.text);
        store.updateDocumentText(0, text);
        QCOMPARE(view.layoutCount(), before);
        // Jakarta, in July, does.
        text.replace(u"2023-07-13; place=Jakarta; status=planned"_s, u"2023-07-13; place=Jakarta; status=held"_s);
        store.updateDocumentText(0, text);
        QCOMPARE(view.layoutCount(), before + 1);
        // A meeting moved into July from elsewhere does too.
        text.replace(u"~2023-10-15; status=cancelled"_s, u"2023-07-25; status=cancelled"_s);
        store.updateDocumentText(0, text);
        QCOMPARE(view.layoutCount(), before + 2);
        QVERIFY(!view.chipRect(u"biden-xi-summit"_s).isNull());
    }

    void svgHatchingStaysInItsChip()
    {
        CorpusStore store;
        CalendarView view(&store);
        store.setDocuments({ m_sample });
        QTemporaryDir dir;
        const QString path = dir.filePath(u"calendar.svg"_s);
        QString error;
        QVERIFY2(ViewExporter::write(view, path, { ViewExporter::ImageFormat::Svg, 0, 1, {} }, &error), qPrintable(error));
        // Where the export puts Yellen's week-long chip.
        const CalendarGeometry geometry = CalendarGeometry::compute(view.grid()->layout(),
            QRectF(12, 12, 1100 - 24, 0), CalendarFonts::fromBase(view.grid()->font()), CalendarGeometry::Fit::AllLanes);
        const QRectF chip = geometry.segmentRects.at(view.grid()->layout().segmentIndex(u"yellen-visit"_s));
        QVERIFY(!chip.isNull());
        // ... and the legend's swatches of the week and month precisions.
        QList<QRectF> boxes { chip };
        for (const CalendarLegendEntry& entry : geometry.legend) {
            if (entry.precision)
                boxes.append(entry.swatch);
        }
        const auto inside = [&boxes](const QPointF& point) {
            return std::any_of(boxes.cbegin(), boxes.cend(),
                [&point](const QRectF& box) { return box.adjusted(-0.01, -0.01, 0.01, 0.01).contains(point); });
        };
        // Hatching is drawn as thin butt-capped lines: every one of their points lies inside the chip.
        QXmlStreamReader xml(readAll(path));
        bool inHatch = false;
        int points = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"g") {
                inHatch = xml.attributes().value(u"stroke-linecap") == u"butt" && xml.attributes().value(u"stroke-width") == u"1.2";
            } else if (xml.name() == u"polyline" && inHatch) {
                for (const QString& pair : xml.attributes().value(u"points").toString().split(u' ', Qt::SkipEmptyParts)) {
                    const QPointF point(pair.section(u',', 0, 0).toDouble(), pair.section(u',', 1, 1).toDouble());
                    QVERIFY2(inside(point),
                        qPrintable(u"%1,%2 outside %3,%4 %5×%6"_s.arg(point.x()).arg(point.y()).arg(chip.x()).arg(chip.y()).arg(chip.width()).arg(chip.height())));
                    ++points;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(points > 60); // the week is hatched across its seven days, and the two swatches
    }

    void exportsTheYearView()
    {
        CorpusStore store;
        CalendarView view(&store);
        store.setDocuments({ m_sample });
        view.setMonths(QDate(2023, 6, 1), QDate(2023, 11, 1));
        QCOMPARE(view.visibleMonthCount(), 6);
        QCOMPARE(view.exportCaption().text(), u"Calendar, year view · June 2023 – November 2023 · no filters"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"year.svg"_s);
        QString error;
        QVERIFY2(ViewExporter::write(view, path, { ViewExporter::ImageFormat::Svg, 0, 1, {} }, &error), qPrintable(error));
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains("July 2023 (4)"));
        QVERIFY(svg.contains("October 2023 (1)"));
        QVERIFY(svg.contains("November 2023 (0)"));
        QVERIFY(!svg.contains("December 2023"));
        QVERIFY(svg.contains("Calendar, year view · June 2023 – November 2023 · no filters"));
    }
};

QTEST_MAIN(TestCalendarYear)
#include "tst_calendaryear.moc"
