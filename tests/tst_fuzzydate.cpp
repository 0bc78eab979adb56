// FuzzyDate: the text forms of docs/format.md ("Dates"), the days they cover, and the inputs
// that must be refused.
#include "fuzzydate.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestFuzzyDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void defaultIsInvalid();
    void precisionNames();
    void timexValues();
    void containing_data();
    void containing();
    void fieldsCompare();
};

void TestFuzzyDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("canonical");

    const auto day = int(DatePrecision::Day);
    const auto week = int(DatePrecision::Week);
    const auto month = int(DatePrecision::Month);
    const auto approximate = int(DatePrecision::Approximate);
    const auto year = int(DatePrecision::Year);
    const auto quarter = int(DatePrecision::Quarter);
    const auto season = int(DatePrecision::Season);
    const auto decade = int(DatePrecision::Decade);
    const auto century = int(DatePrecision::Century);

    QTest::newRow("day") << u"2023-07-13"_s << day << QDate(2023, 7, 13) << QDate(2023, 7, 13) << QDate(2023, 7, 13)
                         << u"2023-07-13"_s;
    QTest::newRow("day, leap day") << u"2024-02-29"_s << day << QDate(2024, 2, 29) << QDate(2024, 2, 29)
                                   << QDate(2024, 2, 29) << u"2024-02-29"_s;
    QTest::newRow("day, new year's eve") << u"2023-12-31"_s << day << QDate(2023, 12, 31) << QDate(2023, 12, 31)
                                         << QDate(2023, 12, 31) << u"2023-12-31"_s;
    QTest::newRow("day, surrounding spaces") << u"  2023-07-13 "_s << day << QDate(2023, 7, 13) << QDate(2023, 7, 13)
                                             << QDate(2023, 7, 13) << u"2023-07-13"_s;
    QTest::newRow("week 2023-W27") << u"2023-W27"_s << week << QDate(2023, 7, 3) << QDate(2023, 7, 3) << QDate(2023, 7, 9)
                                   << u"2023-W27"_s;
    QTest::newRow("week 2023-W28") << u"2023-W28"_s << week << QDate(2023, 7, 10) << QDate(2023, 7, 10)
                                   << QDate(2023, 7, 16) << u"2023-W28"_s;
    QTest::newRow("week 2023-W01") << u"2023-W01"_s << week << QDate(2023, 1, 2) << QDate(2023, 1, 2) << QDate(2023, 1, 8)
                                   << u"2023-W01"_s;
    // 2020 has 53 ISO weeks; the last one ends in 2021.
    QTest::newRow("week 2020-W53") << u"2020-W53"_s << week << QDate(2020, 12, 28) << QDate(2020, 12, 28)
                                   << QDate(2021, 1, 3) << u"2020-W53"_s;
    // Week 1 of 2026 starts in 2025: the text keeps the ISO year, not the Monday's year.
    QTest::newRow("week 2026-W01 starts in 2025") << u"2026-W01"_s << week << QDate(2025, 12, 29) << QDate(2025, 12, 29)
                                                  << QDate(2026, 1, 4) << u"2026-W01"_s;
    QTest::newRow("month 2023-07") << u"2023-07"_s << month << QDate(2023, 7, 1) << QDate(2023, 7, 1) << QDate(2023, 7, 31)
                                   << u"2023-07"_s;
    QTest::newRow("month 2023-02") << u"2023-02"_s << month << QDate(2023, 2, 1) << QDate(2023, 2, 1) << QDate(2023, 2, 28)
                                   << u"2023-02"_s;
    QTest::newRow("month 2024-02 (leap)") << u"2024-02"_s << month << QDate(2024, 2, 1) << QDate(2024, 2, 1)
                                          << QDate(2024, 2, 29) << u"2024-02"_s;
    QTest::newRow("month 2023-04") << u"2023-04"_s << month << QDate(2023, 4, 1) << QDate(2023, 4, 1) << QDate(2023, 4, 30)
                                   << u"2023-04"_s;
    QTest::newRow("approximate") << u"~2023-10-15"_s << approximate << QDate(2023, 10, 15) << QDate(2023, 10, 15)
                                 << QDate(2023, 10, 15) << u"~2023-10-15"_s;
    QTest::newRow("approximate, leap day") << u"~2024-02-29"_s << approximate << QDate(2024, 2, 29) << QDate(2024, 2, 29)
                                           << QDate(2024, 2, 29) << u"~2024-02-29"_s;
    // Years before 1000 keep four digits (the writers format days and months without QDate::toString).
    QTest::newRow("day in 812") << u"0812-03-04"_s << day << QDate(812, 3, 4) << QDate(812, 3, 4) << QDate(812, 3, 4)
                                << u"0812-03-04"_s;
    QTest::newRow("month in 812") << u"0812-03"_s << month << QDate(812, 3, 1) << QDate(812, 3, 1) << QDate(812, 3, 31)
                                  << u"0812-03"_s;
    QTest::newRow("approximate, 9999") << u"~9999-12-31"_s << approximate << QDate(9999, 12, 31) << QDate(9999, 12, 31)
                                       << QDate(9999, 12, 31) << u"~9999-12-31"_s;
    QTest::newRow("year") << u"2010"_s << year << QDate(2010, 1, 1) << QDate(2010, 1, 1) << QDate(2010, 12, 31) << u"2010"_s;
    QTest::newRow("quarter 1") << u"2009-Q1"_s << quarter << QDate(2009, 1, 1) << QDate(2009, 1, 1) << QDate(2009, 3, 31)
                               << u"2009-Q1"_s;
    QTest::newRow("quarter 4") << u"2005-Q4"_s << quarter << QDate(2005, 10, 1) << QDate(2005, 10, 1)
                               << QDate(2005, 12, 31) << u"2005-Q4"_s;
    QTest::newRow("spring") << u"2022-SP"_s << season << QDate(2022, 3, 1) << QDate(2022, 3, 1) << QDate(2022, 5, 31)
                            << u"2022-SP"_s;
    QTest::newRow("summer") << u"2023-SU"_s << season << QDate(2023, 6, 1) << QDate(2023, 6, 1) << QDate(2023, 8, 31)
                            << u"2023-SU"_s;
    QTest::newRow("autumn") << u"2008-FA"_s << season << QDate(2008, 9, 1) << QDate(2008, 9, 1) << QDate(2008, 11, 30)
                            << u"2008-FA"_s;
    // Winter starts in the December of its year and ends in the next (leap) February.
    QTest::newRow("winter") << u"2023-WI"_s << season << QDate(2023, 12, 1) << QDate(2023, 12, 1) << QDate(2024, 2, 29)
                            << u"2023-WI"_s;
    QTest::newRow("decade") << u"199X"_s << decade << QDate(1990, 1, 1) << QDate(1990, 1, 1) << QDate(1999, 12, 31)
                            << u"199X"_s;
    QTest::newRow("century") << u"19XX"_s << century << QDate(1900, 1, 1) << QDate(1900, 1, 1) << QDate(1999, 12, 31)
                             << u"19XX"_s;
}

void TestFuzzyDate::parse()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(QDate, date);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, canonical);

    const FuzzyDate parsed = FuzzyDate::parse(text);
    QVERIFY(parsed.isValid());
    QCOMPARE(int(parsed.precision), precision);
    QCOMPARE(parsed.date, date);
    QCOMPARE(parsed.first(), first);
    QCOMPARE(parsed.last(), last);
    QCOMPARE(parsed.toString(), canonical);
    // The canonical text reads back as the same date.
    QCOMPARE(FuzzyDate::parse(parsed.toString()), parsed);
}

void TestFuzzyDate::invalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("month 13") << u"2023-13-01"_s;
    QTest::newRow("month 00") << u"2023-00-10"_s;
    QTest::newRow("30 February") << u"2023-02-30"_s;
    QTest::newRow("29 February, not a leap year") << u"2023-02-29"_s;
    QTest::newRow("day 32") << u"2023-07-32"_s;
    QTest::newRow("week 54") << u"2023-W54"_s;
    QTest::newRow("week 00") << u"2023-W00"_s;
    QTest::newRow("week 53 of a 52-week year") << u"2021-W53"_s;
    QTest::newRow("one-digit week") << u"2023-W7"_s;
    QTest::newRow("approximate month") << u"~2023-07"_s;
    QTest::newRow("approximate week") << u"~2023-W27"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("tilde only") << u"~"_s;
    QTest::newRow("words") << u"July"_s;
    QTest::newRow("no leading zeros") << u"2023-7-1"_s;
    QTest::newRow("slashes") << u"2023/07/13"_s;
    QTest::newRow("two-digit year") << u"23-07-13"_s;
    QTest::newRow("trailing garbage") << u"2023-07-13x"_s;
    QTest::newRow("quarter 5") << u"2023-Q5"_s;
    QTest::newRow("quarter 0") << u"2023-Q0"_s;
    QTest::newRow("lower-case quarter") << u"2023-q3"_s;
    QTest::newRow("unknown season") << u"2023-AU"_s;
    QTest::newRow("approximate year") << u"~2023"_s;
    QTest::newRow("approximate quarter") << u"~2023-Q3"_s;
    QTest::newRow("three-digit decade") << u"199"_s;
    QTest::newRow("decade with a letter") << u"19X0"_s;
    QTest::newRow("five-digit year") << u"20231"_s;
    QTest::newRow("signed year") << u"+023-07-13"_s;
    QTest::newRow("range is not a date") << u"2023-07-16..2023-07-19"_s;
}

void TestFuzzyDate::invalid()
{
    QFETCH(QString, text);
    const FuzzyDate parsed = FuzzyDate::parse(text);
    QVERIFY(!parsed.isValid());
    QVERIFY(!parsed.first().isValid());
    QVERIFY(!parsed.last().isValid());
    QCOMPARE(parsed.toString(), QString());
}

void TestFuzzyDate::defaultIsInvalid()
{
    const FuzzyDate date;
    QVERIFY(!date.isValid());
    QCOMPARE(date.toString(), QString());
    QCOMPARE(date, FuzzyDate::parse(u"nonsense"));
}

void TestFuzzyDate::precisionNames()
{
    QCOMPARE(toString(DatePrecision::Day), u"day"_s);
    QCOMPARE(toString(DatePrecision::Week), u"week"_s);
    QCOMPARE(toString(DatePrecision::Month), u"month"_s);
    QCOMPARE(toString(DatePrecision::Approximate), u"approximate"_s);
    QCOMPARE(toString(DatePrecision::Year), u"year"_s);
    QCOMPARE(toString(DatePrecision::Quarter), u"quarter"_s);
    QCOMPARE(toString(DatePrecision::Season), u"season"_s);
    QCOMPARE(toString(DatePrecision::Decade), u"decade"_s);
    QCOMPARE(toString(DatePrecision::Century), u"century"_s);
    QVERIFY(!spansMonths(DatePrecision::Day) && !spansMonths(DatePrecision::Week) && !spansMonths(DatePrecision::Approximate));
    QVERIFY(spansMonths(DatePrecision::Month) && spansMonths(DatePrecision::Year) && spansMonths(DatePrecision::Quarter));
}

// TIMEX3 writes decades and centuries without their X, and "around" as a modifier of the day.
void TestFuzzyDate::timexValues()
{
    QCOMPARE(FuzzyDate::parse(u"199X").toTimex(), u"199"_s);
    QCOMPARE(FuzzyDate::parse(u"19XX").toTimex(), u"19"_s);
    QCOMPARE(FuzzyDate::parse(u"~2023-05-15").toTimex(), u"2023-05-15"_s);
    for (const QString& same : { u"2023-07-13"_s, u"2023-W28"_s, u"2023-07"_s, u"2023-Q3"_s, u"2023-SU"_s, u"2023"_s })
        QCOMPARE(FuzzyDate::parse(same).toTimex(), same);
}

void TestFuzzyDate::containing_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("expected");
    const QDate day(2023, 8, 14);
    QTest::newRow("day") << day << int(DatePrecision::Day) << u"2023-08-14"_s;
    QTest::newRow("week") << day << int(DatePrecision::Week) << u"2023-W33"_s;
    QTest::newRow("month") << day << int(DatePrecision::Month) << u"2023-08"_s;
    QTest::newRow("quarter") << day << int(DatePrecision::Quarter) << u"2023-Q3"_s;
    QTest::newRow("season") << day << int(DatePrecision::Season) << u"2023-SU"_s;
    QTest::newRow("winter, January") << QDate(2024, 1, 20) << int(DatePrecision::Season) << u"2023-WI"_s;
    QTest::newRow("winter, December") << QDate(2023, 12, 2) << int(DatePrecision::Season) << u"2023-WI"_s;
    QTest::newRow("spring") << QDate(2023, 5, 31) << int(DatePrecision::Season) << u"2023-SP"_s;
    QTest::newRow("year") << day << int(DatePrecision::Year) << u"2023"_s;
    QTest::newRow("decade") << day << int(DatePrecision::Decade) << u"202X"_s;
    QTest::newRow("century") << day << int(DatePrecision::Century) << u"20XX"_s;
}

void TestFuzzyDate::containing()
{
    QFETCH(QDate, day);
    QFETCH(int, precision);
    QFETCH(QString, expected);
    const FuzzyDate date = FuzzyDate::containing(day, DatePrecision(precision));
    QCOMPARE(date.toString(), expected);
    QVERIFY(date.first() <= day && day <= date.last());
}

void TestFuzzyDate::fieldsCompare()
{
    // Same day, different precision: different dates.
    QVERIFY(FuzzyDate::parse(u"2023-07-03") != FuzzyDate::parse(u"2023-W27"));
    QVERIFY(FuzzyDate::parse(u"2023-07-01") != FuzzyDate::parse(u"2023-07"));
    QVERIFY(FuzzyDate::parse(u"2023-07-13") != FuzzyDate::parse(u"~2023-07-13"));
    QCOMPARE(FuzzyDate::parse(u"2023-W27"), (FuzzyDate { QDate(2023, 7, 3), DatePrecision::Week }));
}

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
