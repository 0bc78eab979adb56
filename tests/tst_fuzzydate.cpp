// FuzzyDate: the four text forms of docs/format.md ("Dates"), the days they cover, and the inputs
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
    QTest::newRow("year only") << u"2023"_s;
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
