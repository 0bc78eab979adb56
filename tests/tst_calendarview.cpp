// The meeting calendar: where the layout puts each meeting, what the widget paints there, linked
// selection with the store and the agenda, navigation, and exports.
#include "calendar/calendaragenda.h"
#include "calendar/calendargrid.h"
#include "calendar/calendarpainter.h"
#include "calendar/calendarlayout.h"
#include "calendar/calendartext.h"
#include "calendar/calendarview.h"
#include "corpusstore.h"
#include "exportableview.h"
#include "format.h"
#include "labels.h"
#include "viewexporter.h"

#include <QDateEdit>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

const QColor planned = Labels::meetingStatusColor(MeetingStatus::Planned);
const QColor held = Labels::meetingStatusColor(MeetingStatus::Held);

// "row:first-last" for each segment of a meeting, in row order: easy to read in a failure message.
QString segmentsOf(const CalendarLayout& layout, const QString& id)
{
    QStringList parts;
    for (const CalendarSegment& segment : layout.segments()) {
        if (segment.meetingId == id)
            parts.append(
                QStringLiteral("%1:%2-%3").arg(segment.row).arg(segment.firstColumn).arg(segment.lastColumn));
    }
    return parts.join(u' ');
}

const CalendarSegment* segmentIn(const CalendarLayout& layout, const QString& id, int row)
{
    for (const CalendarSegment& segment : layout.segments()) {
        if (segment.meetingId == id && segment.row == row)
            return &segment;
    }
    return nullptr;
}

int countPixels(const QImage& image, const QRect& rect, const QColor& color)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += image.pixelColor(x, y) == color ? 1 : 0;
    }
    return count;
}

// Pixels whose every channel is within tolerance of color: antialiased outlines are never exact.
int countNear(const QImage& image, const QRect& rect, const QColor& color, int tolerance = 40)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            count += std::abs(pixel.red() - color.red()) <= tolerance
                    && std::abs(pixel.green() - color.green()) <= tolerance
                    && std::abs(pixel.blue() - color.blue()) <= tolerance
                ? 1
                : 0;
        }
    }
    return count;
}

Meeting meetingOn(const QString& id, const QString& start, const QString& end = {})
{
    Meeting meeting;
    meeting.id = id;
    meeting.start = FuzzyDate::parse(start);
    meeting.end = end.isEmpty() ? meeting.start : FuzzyDate::parse(end);
    return meeting;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCalendarView : public QObject
{
    Q_OBJECT

    Document m_sample;

    // A shown view of the sample, sized so that every chip of July 2023 fits.
    void showSample(CorpusStore& store, CalendarView& view)
    {
        store.setDocuments({ m_sample });
        view.resize(1300, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.visibleMonth(), QDate(2023, 7, 1));
    }

    // The grid as it is on screen; saved for a person to look at when ENTENTE_SNAPSHOT_DIR is set.
    QImage grabGrid(CalendarView& view, const QString& name)
    {
        const QImage image = view.grid()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QString folder = qEnvironmentVariable("ENTENTE_SNAPSHOT_DIR");
        if (!folder.isEmpty())
            view.grab().save(folder + u'/' + name + u".png");
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Weeks start on Monday and dates read "13 July 2023", whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_sample = Format::load(QStringLiteral(ENTENTE_SAMPLE));
        QVERIFY(!m_sample.hasErrors());
        QCOMPARE(m_sample.meetings.size(), 6);
    }

    void layoutPutsMeetingsOnTheirDays_data()
    {
        QTest::addColumn<Qt::DayOfWeek>("firstDay");
        QTest::addColumn<QString>("meeting");
        QTest::addColumn<QString>("segments");
        // July 2023 starts on a Saturday: the grid begins Mon 26 June, or Sun 25 June.
        QTest::newRow("jakarta, Monday first") << Qt::Monday << u"jakarta-talks"_s << u"2:3-3"_s;
        QTest::newRow("jakarta, Sunday first") << Qt::Sunday << u"jakarta-talks"_s << u"2:4-4"_s;
        QTest::newRow("xie, Monday first") << Qt::Monday << u"xie-defense-talks"_s << u"2:2-2"_s;
        // Sun 16 – Wed 19 July: two rows when weeks start on Monday, one when they start on Sunday.
        QTest::newRow("kerry, Monday first") << Qt::Monday << u"kerry-visit"_s << u"2:6-6 3:0-2"_s;
        QTest::newRow("kerry, Sunday first") << Qt::Sunday << u"kerry-visit"_s << u"3:0-3"_s;
        // ISO week 27 is Mon 3 – Sun 9 July: the whole week, split when weeks start on Sunday.
        QTest::newRow("yellen, Monday first") << Qt::Monday << u"yellen-visit"_s << u"1:0-6"_s;
        QTest::newRow("yellen, Sunday first") << Qt::Sunday << u"yellen-visit"_s << u"1:1-6 2:0-0"_s;
        // Outside the six weeks shown.
        QTest::newRow("beijing visit in June") << Qt::Monday << u"blinken-beijing-visit"_s << QString();
        QTest::newRow("summit in October") << Qt::Monday << u"biden-xi-summit"_s << QString();
    }
    void layoutPutsMeetingsOnTheirDays()
    {
        QFETCH(Qt::DayOfWeek, firstDay);
        QFETCH(QString, meeting);
        QFETCH(QString, segments);
        const CalendarLayout layout = CalendarLayout::build(m_sample.meetings, 2023, 7, firstDay);
        QCOMPARE(layout.firstDay(), firstDay == Qt::Monday ? QDate(2023, 6, 26) : QDate(2023, 6, 25));
        QCOMPARE(segmentsOf(layout, meeting), segments);
    }

    void layoutMarksImpreciseDates()
    {
        const CalendarLayout july = CalendarLayout::build(m_sample.meetings, 2023, 7, Qt::Monday);
        QCOMPARE(Entente::toString(july.segments()[july.segmentIndex(u"yellen-visit"_s)].precision),
                 u"week"_s);
        QCOMPARE(Entente::toString(july.segments()[july.segmentIndex(u"jakarta-talks"_s)].precision),
                 u"day"_s);
        const CalendarSegment* kerryEnd = segmentIn(july, u"kerry-visit"_s, 3);
        QVERIFY(kerryEnd);
        QVERIFY(kerryEnd->continuesBefore);
        QVERIFY(!kerryEnd->continuesAfter);

        const CalendarLayout june = CalendarLayout::build(m_sample.meetings, 2023, 6, Qt::Monday);
        QCOMPARE(segmentsOf(june, u"blinken-beijing-visit"_s), u"2:6-6"_s); // ~Sun 18 June
        QCOMPARE(Entente::toString(june.segments()[june.segmentIndex(u"blinken-beijing-visit"_s)].precision),
                 u"approximate"_s);

        // A date known only to the month is a band above the grid, never a day.
        QList<Meeting> meetings = m_sample.meetings;
        meetings.append(meetingOn(u"july-only"_s, u"2023-07"_s));
        meetings.append(meetingOn(u"june-only"_s, u"2023-06"_s));
        const CalendarLayout withBands = CalendarLayout::build(meetings, 2023, 7, Qt::Monday);
        QCOMPARE(withBands.segmentIndex(u"july-only"_s), -1);
        QCOMPARE(withBands.bands().size(), 1);
        QCOMPARE(withBands.bands().first().meetingId, u"july-only"_s);
        QVERIFY(withBands.meetingIndexes().contains(int(meetings.size()) - 2));

        // A year or a quarter is as imprecise: a band in each of its months, never a day.
        meetings.append(meetingOn(u"in-2023"_s, u"2023"_s));
        meetings.append(meetingOn(u"in-q3"_s, u"2023-Q3"_s));
        meetings.append(meetingOn(u"in-q4"_s, u"2023-Q4"_s));
        const CalendarLayout august = CalendarLayout::build(meetings, 2023, 8, Qt::Monday);
        QStringList bandIds;
        for (const CalendarBand& band : august.bands())
            bandIds.append(band.meetingId);
        bandIds.sort();
        QCOMPARE(bandIds, QStringList({ u"in-2023"_s, u"in-q3"_s }));
        QCOMPARE(august.segmentIndex(u"in-2023"_s), -1);
    }

    void layoutKeepsLanesApart()
    {
        // 10,000 meetings over ten years, 300 of them crowded into July 2023.
        QList<Meeting> meetings;
        QRandomGenerator random(7);
        const QDate origin(2018, 1, 1);
        for (int index = 0; index < 10000; ++index) {
            const QDate start = index < 300 ? QDate(2023, 7, 1).addDays(random.bounded(31))
                                            : origin.addDays(random.bounded(3650));
            const QDate end = start.addDays(random.bounded(4));
            meetings.append(
                meetingOn(u"m%1"_s.arg(index), start.toString(Qt::ISODate), end.toString(Qt::ISODate)));
        }
        QElapsedTimer timer;
        timer.start();
        const CalendarLayout layout = CalendarLayout::build(meetings, 2023, 7, Qt::Monday);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 250, qPrintable(u"layout took %1 ms"_s.arg(elapsed)));

        // Exactly the meetings that overlap the six weeks are laid out.
        int overlapping = 0;
        for (const Meeting& meeting : meetings)
            overlapping
                += meeting.end.date >= layout.firstDay() && meeting.start.date <= layout.lastDay() ? 1 : 0;
        QCOMPARE(layout.meetingIndexes().size(), overlapping);
        // No two segments of one lane share a day, and every day of a meeting is covered once.
        QHash<QString, int> days;
        QSet<QString> taken;
        for (const CalendarSegment& segment : layout.segments()) {
            QVERIFY(segment.lane < layout.laneCount(segment.row));
            for (int column = segment.firstColumn; column <= segment.lastColumn; ++column) {
                const QString slot = u"%1/%2/%3"_s.arg(segment.row).arg(segment.lane).arg(column);
                QVERIFY2(!taken.contains(slot), qPrintable(slot));
                taken.insert(slot);
                ++days[segment.meetingId];
            }
        }
        for (int index : layout.meetingIndexes()) {
            const Meeting& meeting = meetings[index];
            const QDate first = std::max(meeting.start.date, layout.firstDay());
            const QDate last = std::min(meeting.end.date, layout.lastDay());
            QCOMPARE(days.value(meeting.id), int(first.daysTo(last)) + 1);
        }
    }

    void busiestMonth()
    {
        QCOMPARE(CalendarLayout::busiestMonth(m_sample.meetings), QDate(2023, 7, 1));
        // A tie goes to the earlier month; no dated meeting gives no month.
        const QList<Meeting> tie = { meetingOn(u"a"_s, u"2024-03-02"_s), meetingOn(u"b"_s, u"2022-11-30"_s) };
        QCOMPARE(CalendarLayout::busiestMonth(tie), QDate(2022, 11, 1));
        QVERIFY(!CalendarLayout::busiestMonth({ Meeting {} }).isValid());
    }

    void opensOnTheBusiestMonthAndKeepsItWhileEditing()
    {
        CorpusStore store;
        CalendarView view(&store);
        QCOMPARE(view.exportName(), u"calendar"_s);
        store.setDocuments({ m_sample });
        QCOMPARE(view.visibleMonth(), QDate(2023, 7, 1));

        view.setMonth(2023, 10);
        QCOMPARE(view.visibleMonth(), QDate(2023, 10, 1));
        QString text = m_sample.text;
        text.replace(u"2023-07-13; place=Jakarta; status=planned"_s,
                     u"2023-07-13; place=Jakarta; status=held"_s);
        QVERIFY(text != m_sample.text);
        store.updateDocumentText(0, text);
        QCOMPARE(view.visibleMonth(), QDate(2023, 10, 1));

        // Opening a corpus again goes back to where its meetings are.
        store.setDocuments({ m_sample });
        QCOMPARE(view.visibleMonth(), QDate(2023, 7, 1));
    }

    void paintsChipsInTheirCells()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        const QImage image = grabGrid(view, u"july-2023"_s);
        const CalendarGrid* grid = view.grid();
        const QRectF gridRect = grid->geometry().gridRect;

        // 13 July is the fourth column (Thursday) of the third week row.
        const QRectF cell13 = grid->cellRect(QDate(2023, 7, 13));
        QCOMPARE(cell13.left(), gridRect.left() + 3 * gridRect.width() / 7);
        QCOMPARE(cell13.top(), gridRect.top() + 2 * gridRect.height() / 6);
        const QRectF jakarta = view.chipRect(u"jakarta-talks"_s);
        QVERIFY(!jakarta.isNull());
        QVERIFY2(cell13.contains(jakarta),
                 qPrintable(u"chip %1,%2 %3×%4"_s.arg(jakarta.x())
                                .arg(jakarta.y())
                                .arg(jakarta.width())
                                .arg(jakarta.height())));
        const QRect inside = jakarta.toAlignedRect().adjusted(2, 2, -2, -2);
        QVERIFY(countPixels(image, inside, planned) > inside.width() * inside.height() / 3);
        QCOMPARE(view.chipAt(jakarta.center().toPoint()), u"jakarta-talks"_s);

        // Kerry's second segment: one unbroken run of the planned colour across 17, 18 and 19 July.
        const CalendarLayout& layout = grid->layout();
        const CalendarSegment* kerryEnd = segmentIn(layout, u"kerry-visit"_s, 3);
        QVERIFY(kerryEnd);
        const QRectF bar = grid->geometry().segmentRects[kerryEnd - layout.segments().data()];
        const QRectF cell17 = grid->cellRect(QDate(2023, 7, 17));
        const QRectF cell19 = grid->cellRect(QDate(2023, 7, 19));
        QVERIFY(cell17.contains(bar.topLeft()) && cell19.contains(bar.bottomRight()));
        const int y = int(bar.top()) + 1; // above the label's glyphs
        for (int x = int(cell17.left()) + 1; x < int(cell19.right()) - 6; ++x)
            QVERIFY2(image.pixelColor(x, y) == planned, qPrintable(u"x=%1"_s.arg(x)));
        // ...and its first day, Sunday 16 July, in the row above.
        QVERIFY(grid->cellRect(QDate(2023, 7, 16)).contains(view.chipRect(u"kerry-visit"_s)));

        // Yellen's week-precision bar covers the whole week of 3–9 July, hatched rather than solid.
        const QRectF week = view.chipRect(u"yellen-visit"_s);
        QVERIFY(week.left() <= grid->cellRect(QDate(2023, 7, 3)).left() + 4);
        QVERIFY(week.right() >= grid->cellRect(QDate(2023, 7, 9)).right() - 4);
        const QRect weekInside = week.toAlignedRect().adjusted(3, 3, -3, -3);
        QVERIFY(countPixels(image, weekInside, held) < weekInside.width() * weekInside.height() / 10);
        QVERIFY(countNear(image, week.toAlignedRect().adjusted(-1, -1, 1, 1), held)
                > 20); // the dashed outline
    }

    void drawsApproximateDatesAsApproximate()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        view.setMonth(2023, 6);
        const QImage image = grabGrid(view, u"june-2023"_s);
        const QRectF chip = view.chipRect(u"blinken-beijing-visit"_s);
        QVERIFY(view.grid()->cellRect(QDate(2023, 6, 18)).contains(chip));
        // A faded fill with a dashed outline: some pixels of the status colour, but not a solid chip.
        const QRect area = chip.toAlignedRect().adjusted(-1, -1, 1, 1);
        QVERIFY(countNear(image, area, held) > 10);
        QVERIFY(countPixels(image, area, held) < area.width() * area.height() / 4);
        const Meeting& visit = store.corpus().meetings[store.corpus().meetingIndex(u"blinken-beijing-visit")];
        QVERIFY(CalendarText::chipLabel(visit, store.corpus()).startsWith(u"≈ "_s));
    }

    void editingRepaintsLive()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        const QRect chip = view.chipRect(u"jakarta-talks"_s).toAlignedRect().adjusted(2, 2, -2, -2);
        QVERIFY(countPixels(grabGrid(view, u"before-edit"_s), chip, held) == 0);
        QString text = m_sample.text;
        text.replace(u"2023-07-13; place=Jakarta; status=planned"_s,
                     u"2023-07-13; place=Jakarta; status=held"_s);
        store.updateDocumentText(0, text);
        const QRect after = view.chipRect(u"jakarta-talks"_s).toAlignedRect().adjusted(2, 2, -2, -2);
        QVERIFY(countPixels(grabGrid(view, u"after-edit"_s), after, held)
                > after.width() * after.height() / 3);
    }

    void clickingAChipSelectsItsMeeting()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        const QRectF chip = view.chipRect(u"jakarta-talks"_s);
        const QPoint aboveChip(int(chip.center().x()), int(chip.top()) - 2);
        const QColor text = view.grid()->palette().color(QPalette::Text);
        QVERIFY(grabGrid(view, u"unselected"_s).pixelColor(aboveChip) != text);

        QTest::mouseClick(view.grid(), Qt::LeftButton, {}, chip.center().toPoint());
        QCOMPARE(store.current(), (RecordRef { MarkKind::Meeting, u"jakarta-talks"_s }));
        // Drawn selected: a thick outline just outside the chip.
        QCOMPARE(grabGrid(view, u"selected"_s).pixelColor(aboveChip), text);
        QCOMPARE(view.agenda()->selectedMeeting(), u"jakarta-talks"_s);

        // A click on an empty part of a day selects nothing new.
        const QRectF cell = view.grid()->cellRect(QDate(2023, 7, 27));
        QTest::mouseClick(view.grid(), Qt::LeftButton, {}, (cell.bottomRight() - QPointF(5, 5)).toPoint());
        QCOMPARE(store.current().id, u"jakarta-talks"_s);
    }

    void agendaFollowsAndDrivesTheSelection()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        CalendarAgenda* agenda = view.agenda();
        // The meetings of 26 June – 6 August, in date order.
        QStringList ids;
        for (int row = 0; row < agenda->topLevelItemCount(); ++row)
            ids.append(agenda->topLevelItem(row)->data(0, CalendarAgenda::MeetingIdRole).toString());
        QCOMPARE(ids,
                 (QStringList { u"yellen-visit"_s, u"xie-defense-talks"_s, u"jakarta-talks"_s,
                                u"kerry-visit"_s }));
        QCOMPARE(agenda->topLevelItem(3)->text(CalendarAgenda::DateColumn), u"16–19 July 2023"_s);
        QCOMPARE(agenda->topLevelItem(3)->text(CalendarAgenda::StatusColumn), u"Planned"_s);
        QCOMPARE(agenda->topLevelItem(2)->text(CalendarAgenda::PlaceColumn), u"Jakarta"_s);

        store.setCurrent({ MarkKind::Meeting, u"kerry-visit"_s });
        QCOMPARE(agenda->selectedMeeting(), u"kerry-visit"_s);
        QCOMPARE(agenda->currentItem(), agenda->topLevelItem(3));
        store.setCurrent({ MarkKind::Actor, u"kerry"_s });
        QVERIFY(agenda->selectedMeeting().isEmpty());

        const QRect date = agenda->visualRect(agenda->model()->index(1, CalendarAgenda::DateColumn));
        QTest::mouseClick(agenda->viewport(), Qt::LeftButton, {}, date.center());
        QCOMPARE(store.current(), (RecordRef { MarkKind::Meeting, u"xie-defense-talks"_s }));
    }

    void navigates()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        view.grid()->setFocus();
        QTest::keyClick(view.grid(), Qt::Key_PageDown);
        QCOMPARE(view.visibleMonth(), QDate(2023, 8, 1));
        QTest::keyClick(view.grid(), Qt::Key_PageUp);
        QTest::keyClick(view.grid(), Qt::Key_PageUp);
        QCOMPARE(view.visibleMonth(), QDate(2023, 6, 1));
        QTest::mouseClick(view.findChild<QWidget*>(u"nextMonth"_s), Qt::LeftButton);
        QCOMPARE(view.visibleMonth(), QDate(2023, 7, 1));

        auto* picker = view.findChild<QDateEdit*>(u"monthPicker"_s);
        QVERIFY(picker);
        QCOMPARE(picker->date().month(), 7);
        picker->setDate(QDate(2024, 2, 10));
        QCOMPARE(view.visibleMonth(), QDate(2024, 2, 1));

        QTest::mouseClick(view.findChild<QPushButton*>(u"today"_s), Qt::LeftButton);
        QCOMPARE(view.visibleMonth(), QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));

        auto* goToSelected = view.findChild<QPushButton*>(u"goToSelectedMeeting"_s);
        QVERIFY(goToSelected && !goToSelected->isEnabled());
        store.setCurrent({ MarkKind::Meeting, u"biden-xi-summit"_s });
        QVERIFY(goToSelected->isEnabled());
        QTest::mouseClick(goToSelected, Qt::LeftButton);
        QCOMPARE(view.visibleMonth(), QDate(2023, 10, 1));
        QVERIFY(!view.chipRect(u"biden-xi-summit"_s).isNull());
    }

    void marksTodayAndDimsOtherMonths()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        const CalendarGrid* grid = view.grid();
        // 26 June and 27 July, at the same place in their cells: only the June one is shaded.
        const QImage july = grabGrid(view, u"july-2023"_s);
        const QPoint corner(-6, -6);
        const QPoint june26 = grid->cellRect(QDate(2023, 6, 26)).bottomRight().toPoint() + corner;
        const QPoint july27 = grid->cellRect(QDate(2023, 7, 27)).bottomRight().toPoint() + corner;
        QCOMPARE(july.pixelColor(july27), grid->palette().color(QPalette::Base));
        QVERIFY(july.pixelColor(june26) != grid->palette().color(QPalette::Base));

        const QDate today = QDate::currentDate();
        const QColor highlight = grid->palette().color(QPalette::Highlight);
        const auto todayNumber = [&] {
            const int row = grid->layout().rowOf(today);
            return grid->geometry().dayNumberRect(row, grid->layout().columnOf(today)).toAlignedRect();
        };
        QCOMPARE(countPixels(july, grid->geometry().gridRect.toAlignedRect(), highlight), 0);
        view.showToday();
        const QRect number = todayNumber();
        QVERIFY(countPixels(grabGrid(view, u"today"_s), number, highlight) > number.height() * 4);
    }

    void drawsMonthOnlyMeetingsAboveTheGrid()
    {
        Document withMonth = m_sample;
        Meeting talks = meetingOn(u"working-group"_s, u"2023-07"_s);
        talks.title = u"Trade working group"_s;
        talks.status = MeetingStatus::Failed;
        withMonth.meetings.append(talks);
        CorpusStore store;
        CalendarView view(&store);
        store.setDocuments({ withMonth });
        view.resize(1300, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const CalendarGeometry& geometry = view.grid()->geometry();
        const QRectF band = view.chipRect(u"working-group"_s);
        QVERIFY(!band.isNull());
        QVERIFY(geometry.stripRect.contains(band));
        QVERIFY(band.bottom() < geometry.gridRect.top());
        QVERIFY(band.width() > geometry.gridRect.width() * 0.9);
        QCOMPARE(view.chipAt(band.center().toPoint()), u"working-group"_s);
        const QImage image = grabGrid(view, u"month-band"_s);
        QVERIFY(countNear(image, band.toAlignedRect().adjusted(-1, -1, 1, 1),
                          Labels::meetingStatusColor(MeetingStatus::Failed))
                > 20);
        // Still on no day of the grid.
        QVERIFY(view.grid()->layout().segmentIndex(u"working-group"_s) < 0);
    }

    void followsTheLocale()
    {
        CorpusStore store;
        CalendarView view(&store);
        showSample(store, view);
        // Weeks from Sunday: Kerry's visit is one bar from Sunday 16 to Wednesday 19 July.
        view.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(view.grid()->layout().firstDay(), QDate(2023, 6, 25));
        const QRectF kerry = view.chipRect(u"kerry-visit"_s);
        QVERIFY(view.grid()->cellRect(QDate(2023, 7, 16)).contains(kerry.topLeft()));
        QVERIFY(view.grid()->cellRect(QDate(2023, 7, 19)).contains(kerry.bottomRight()));

        // Month and weekday names in the locale's language.
        const QLocale german(QLocale::German, QLocale::Germany);
        view.setLocale(german);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kalender.svg"_s);
        QString error;
        QVERIFY2(ViewExporter::write(view, path, { ViewExporter::ImageFormat::Svg, 0, 1, {} }, &error),
                 qPrintable(error));
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains(u"Juli 2023"_s.toUtf8()));
        QVERIFY(svg.contains(german.dayName(1, QLocale::ShortFormat).toUtf8()));
        QCOMPARE(view.grid()->layout().firstDay(), QDate(2023, 6, 26));
    }

    void exportsSvgWithTextAsText()
    {
        CorpusStore store;
        CalendarView view(&store);
        store.setDocuments({ m_sample });
        const QSizeF size = view.exportSize();
        QCOMPARE(size.width(), 1100.0);
        QVERIFY2(size.height() > 600 && size.height() < 1000, qPrintable(QString::number(size.height())));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"calendar.svg"_s);
        QString error;
        QVERIFY2(
            ViewExporter::write(view, path, { ViewExporter::ImageFormat::Svg, 0, 1, u"Calendar"_s }, &error),
            qPrintable(error));
        QXmlStreamReader xml(readAll(path));
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts.contains(u"July 2023"_s));
        QVERIFY(texts.contains(u"Kerry’s climate visit to Beijing"_s)); // the agenda, in full
        QVERIFY(texts.contains(u"16–19 July 2023"_s));
        QVERIFY(texts.contains(u"Planned"_s)); // legend and agenda
        // Chip labels: Yellen's on a week-long bar in full (and in the agenda), Jakarta's elided to its day.
        QCOMPARE(texts.count(u"Yellen’s visit to China"_s), 2);
        QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString& text) {
            return text.startsWith(u"Blinken–Wang Yi"_s) && text.endsWith(u'…');
        }));
        if (const QString folder = qEnvironmentVariable("ENTENTE_SNAPSHOT_DIR"); !folder.isEmpty())
            QFile::copy(path, folder + u"/export.svg"_s);
    }

    void exportsPngAndPdf()
    {
        CorpusStore store;
        CalendarView view(&store);
        store.setDocuments({ m_sample });
        QTemporaryDir dir;
        const QString png = dir.filePath(u"calendar.png"_s);
        QString error;
        QVERIFY2(ViewExporter::write(view, png, { ViewExporter::ImageFormat::Png, 1650, 1, {} }, &error),
                 qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.width(), 1650);
        // The view scaled to the width, and the caption under it.
        const qreal caption = ExportCaptions::height(ExportCaptions::of(view), 1650);
        QCOMPARE(image.height(), qRound(view.exportSize().height() * 1.5 + caption));
        // The picture has chips in it: many pixels of the planned colour.
        QVERIFY(countPixels(image.convertToFormat(QImage::Format_RGB32), image.rect(), planned) > 2000);
        if (const QString folder = qEnvironmentVariable("ENTENTE_SNAPSHOT_DIR"); !folder.isEmpty())
            QFile::copy(png, folder + u"/export.png"_s);

        const QString pdf = dir.filePath(u"calendar.pdf"_s);
        QVERIFY2(ViewExporter::write(view, pdf, { ViewExporter::ImageFormat::Pdf, 0, 1, {} }, &error),
                 qPrintable(error));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
    }

    void crowdedDaysSayHowManyMore()
    {
        Document busy = m_sample;
        for (int index = 0; index < 12; ++index)
            busy.meetings.append(meetingOn(u"busy-%1"_s.arg(index), u"2023-07-13"_s));
        CorpusStore store;
        CalendarView view(&store);
        store.setDocuments({ busy });
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const CalendarGeometry& geometry = view.grid()->geometry();
        QCOMPARE(geometry.more.size(), 1);
        const CalendarMore& more = geometry.more.first();
        QVERIFY(view.grid()->cellRect(QDate(2023, 7, 13)).contains(more.rect));
        // Every meeting of 13 July is either a chip inside the cell or counted in "+N more".
        int shown = 0;
        for (int index = 0; index < geometry.segmentRects.size(); ++index) {
            const CalendarSegment& segment = view.grid()->layout().segments()[index];
            if (segment.row == 2 && segment.firstColumn <= 3 && 3 <= segment.lastColumn
                && !geometry.segmentRects[index].isNull()) {
                QVERIFY(geometry.segmentRects[index].bottom() <= more.rect.top());
                ++shown;
            }
        }
        QCOMPARE(shown + more.count, 13); // Jakarta and twelve more
        grabGrid(view, u"crowded"_s);
    }

    void narrowCellsSayTheCountOrShowADot_data()
    {
        QTest::addColumn<qreal>("extra"); // width beyond what the label needs (negative: less)
        QTest::addColumn<QString>("label");
        const QFontMetricsF metrics(QApplication::font());
        const qreal full = metrics.horizontalAdvance(CalendarText::moreLabel(12));
        const qreal bare = metrics.horizontalAdvance(CalendarText::moreCountLabel(12));
        QTest::newRow("room for all") << full + 1 << u"+12 more"_s;
        QTest::newRow("exactly the label") << full << u"+12 more"_s;
        QTest::newRow("a docked month") << full - 1 << u"+12"_s;
        QTest::newRow("exactly the count") << bare << u"+12"_s;
        QTest::newRow("not even the count") << bare - 1 << QString();
    }

    void narrowCellsSayTheCountOrShowADot()
    {
        QFETCH(qreal, extra);
        QFETCH(QString, label);
        QCOMPARE(fittingMoreLabel(QFontMetricsF(QApplication::font()), extra, 12), label);
    }

    void aDockedMonthShowsNoClippedLabel()
    {
        Document busy = m_sample;
        for (int index = 0; index < 3; ++index)
            busy.meetings.append(meetingOn(u"busy-%1"_s.arg(index), u"2023-07-13"_s));
        CorpusStore store;
        CalendarView view(&store);
        store.setDocuments({ busy });
        view.resize(420, 360); // the month as docked beside the article at 1280 x 800
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const CalendarGeometry& geometry = view.grid()->geometry();
        QVERIFY(!geometry.more.isEmpty());
        const QFontMetricsF metrics(view.grid()->font());
        for (const CalendarMore& more : geometry.more) {
            const QString label = fittingMoreLabel(metrics, more.rect.width() - 4, more.count);
            // Whatever is drawn fits its space; and something is drawn there (text or a dot).
            QVERIFY(metrics.horizontalAdvance(label) <= more.rect.width());
            const QImage cell = view.grid()->grab(more.rect.toAlignedRect()).toImage();
            const QColor base = view.grid()->palette().color(QPalette::Base);
            int inked = 0;
            for (int y = 0; y < cell.height(); ++y)
                for (int x = 0; x < cell.width(); ++x)
                    inked += qGray(cell.pixel(x, y)) < qGray(base.rgb()) - 60;
            QVERIFY2(inked > 0, qPrintable(u"nothing drawn for +%1"_s.arg(more.count)));
        }
        grabGrid(view, u"docked"_s);
    }
};

QTEST_MAIN(TestCalendarView)
#include "tst_calendarview.moc"
