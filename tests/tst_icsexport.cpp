// iCalendar parsed by libical: every meeting an all-day VEVENT with the right days, imprecise dates
// said so, status, place, participants and source; long non-ASCII lines folded without breaking a
// character; stable UIDs.
#include "exchangetesting.h"
#include "icsexport.h"

#include <QTest>
#include <libical/ical.h>

using namespace Entente;
using namespace Entente::Exchange;

namespace {

struct Event
{
    QString summary;
    QString description;
    QString location;
    QDate start;
    QDate end; // exclusive, as DTEND
    bool allDay = false;
    icalproperty_status status = ICAL_STATUS_NONE;
};

// Parses with libical; errors it finds become X-LIC-ERROR properties, which are counted.
QHash<QString, Event> parse(const QByteArray& ics, int* errors)
{
    QHash<QString, Event> events;
    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    if (!calendar)
        return events;
    *errors = icalcomponent_count_errors(calendar);
    for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        Event event;
        event.summary = QString::fromUtf8(icalcomponent_get_summary(c));
        event.description = QString::fromUtf8(icalcomponent_get_description(c));
        event.location = QString::fromUtf8(icalcomponent_get_location(c));
        const icaltimetype start = icalcomponent_get_dtstart(c);
        const icaltimetype end = icalcomponent_get_dtend(c);
        event.start = QDate(start.year, start.month, start.day);
        event.end = QDate(end.year, end.month, end.day);
        event.allDay = start.is_date && end.is_date;
        event.status = icalcomponent_get_status(c);
        events.insert(QString::fromUtf8(icalcomponent_get_uid(c)), event);
    }
    icalcomponent_free(calendar);
    return events;
}

} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libicalReadsEveryMeeting()
    {
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        const IcsExport::Result result = IcsExport::write(corpus, Selection::of(corpus, {}));
        QCOMPARE(result.events, corpus.meetings.size());
        int errors = -1;
        const QHash<QString, Event> events = parse(result.data, &errors);
        QCOMPARE(errors, 0);
        QCOMPARE(events.size(), corpus.meetings.size());

        const Event jakarta = events.value(QStringLiteral("jakarta-talks@meetings.entente"));
        QVERIFY(jakarta.allDay);
        QCOMPARE(jakarta.start, QDate(2023, 7, 13));
        QCOMPARE(jakarta.end, QDate(2023, 7, 14));
        QCOMPARE(jakarta.status, ICAL_STATUS_TENTATIVE);
        QCOMPARE(jakarta.location, QStringLiteral("Jakarta"));
        QCOMPARE(jakarta.summary,
                 QStringLiteral("Blinken–Wang Yi talks at the ASEAN Foreign Ministers’ Meeting"));
        QVERIFY2(jakarta.description.startsWith(
                     QStringLiteral("Participants: Antony Blinken, Wang Yi\nKind: talks\nSource (")),
                 qPrintable(jakarta.description));
        QVERIFY(jakarta.description.contains(
            QStringLiteral("US Secretary of State Antony Blinken is scheduled to meet with Wang Yi")));

        const Event kerry = events.value(QStringLiteral("kerry-visit@meetings.entente"));
        QCOMPARE(kerry.start, QDate(2023, 7, 16));
        QCOMPARE(kerry.end, QDate(2023, 7, 20)); // four days, DTEND exclusive

        const Event yellen = events.value(QStringLiteral("yellen-visit@meetings.entente"));
        QCOMPARE(yellen.status, ICAL_STATUS_CONFIRMED);
        QCOMPARE(yellen.start, QDate(2023, 7, 3));
        QCOMPARE(yellen.end, QDate(2023, 7, 10));
        QVERIFY2(yellen.summary.endsWith(QStringLiteral("(week 27 of 2023, day not known)")),
                 qPrintable(yellen.summary));
        QVERIFY(events.value(QStringLiteral("biden-xi-summit@meetings.entente"))
                    .summary.endsWith(QStringLiteral("(approximate date)")));
        QVERIFY(events.value(QStringLiteral("beijing-follow-up@meetings.entente"))
                    .summary.contains(QStringLiteral("day not known")));

        // Non-ASCII values survive escaping and folding at 75 octets.
        const Event berlin = events.value(QStringLiteral("berlin-talks@meetings.entente"));
        QCOMPARE(berlin.summary, QStringLiteral("Baerbock–Qin Gespräche in Berlin"));
        QVERIFY(berlin.description.contains(
            QStringLiteral("Außenministerin Annalena Baerbock empfing den chinesischen Außenminister Qin "
                           "Gang am 17. Juli in Berlin.")));
        const Event zh = events.value(QStringLiteral("kerry-wang-beijing@meetings.entente"));
        QCOMPARE(zh.location, QStringLiteral("北京"));
        QVERIFY(zh.description.contains(
            QStringLiteral("美国气候特使约翰·克里7月18日在北京会见了中国外交部长王毅。")));
    }

    void linesAreFoldedAtCharacterBoundaries_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("ASCII") << QString(200, u'x');
        QTest::newRow("two-byte") << QString(120, u'ß');
        QTest::newRow("three-byte") << QString(90, u'王');
        QTest::newRow("four-byte") << QString::fromUtf8("👍").repeated(50);
        QTest::newRow("escapes") << QStringLiteral("a;b,c\\d\nnext line; ").repeated(12) + u"end";
    }
    void linesAreFoldedAtCharacterBoundaries()
    {
        QFETCH(QString, value);
        const QByteArray line = IcsExport::contentLine(QStringLiteral("DESCRIPTION"), value);
        for (const QByteArray& physical : line.split('\n')) {
            QVERIFY(physical.size() <= 76); // 75 octets and the CR
            QVERIFY(QString::fromUtf8(physical).toUtf8() == physical); // no character cut in two
        }
        const QByteArray calendar
            = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:x\r\n"
              "DTSTAMP:20230101T000000Z\r\nDTSTART;VALUE=DATE:20230713\r\n"
            + line + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        int errors = -1;
        QCOMPARE(parse(calendar, &errors).value(QStringLiteral("x")).description, value);
        QCOMPARE(errors, 0);
    }

    void uidsAreStableAndFiltersApply()
    {
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        IcsExport::Options options;
        options.stamp = QDateTime(QDate(2023, 8, 1), QTime(9, 0), QTimeZone::UTC);
        Filter filter;
        filter.from = QDate(2023, 7, 17);
        filter.to = QDate(2023, 7, 31);
        const QByteArray first = IcsExport::write(corpus, Selection::of(corpus, filter), options).data;
        QCOMPARE(IcsExport::write(corpus, Selection::of(corpus, filter), options).data, first);
        int errors = -1;
        QStringList uids = parse(first, &errors).keys();
        uids.sort();
        QCOMPARE(uids,
                 QStringList({ QStringLiteral("berlin-talks@meetings.entente"),
                               QStringLiteral("kerry-visit@meetings.entente"),
                               QStringLiteral("kerry-wang-beijing@meetings.entente") }));
        QVERIFY(first.contains("DTSTAMP:20230801T090000Z\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
