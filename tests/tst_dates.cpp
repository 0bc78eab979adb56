// The suggester's date normalizer against a test set written by hand (tests/data/dates.tsv): every
// expected date must be found with its value and precision; dates found where none was expected
// count against the score. The score must stay at 85% or above.
#include "articledate.h"
#include "datenormalizer.h"

#include <QFile>
#include <QTest>

using namespace Entente;
using namespace Entente::Suggest;
using namespace Qt::StringLiterals;

class TestDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesSingleExpressions_data();
    void normalizesSingleExpressions();
    void durationsAreNotDates();
    void datesBeyondTheWritableYearsAreLeftOut_data();
    void datesBeyondTheWritableYearsAreLeftOut();
    void guessesTheArticleDate();
    void timexValues();
    void testSetAccuracy();
};

void TestDates::normalizesSingleExpressions_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("ref"); // the value; empty: vague
    // Article date: Wednesday 2023-07-12. Extents follow TIMEX3: no leading preposition.
    QTest::newRow("future weekday") << u"Blinken is scheduled to meet Wang on Thursday."_s << u"Thursday"_s << u"2023-07-13"_s;
    QTest::newRow("past weekday") << u"The two met on Thursday in Vienna."_s << u"Thursday"_s << u"2023-07-06"_s;
    QTest::newRow("same weekday") << u"Officials held talks on Wednesday."_s << u"Wednesday"_s << u"2023-07-12"_s;
    QTest::newRow("said on weekday") << u"Officials said on Tuesday that talks would resume."_s << u"Tuesday"_s << u"2023-07-11"_s;
    QTest::newRow("postponed until") << u"The talks were postponed until Sunday."_s << u"Sunday"_s << u"2023-07-16"_s;
    QTest::newRow("last week") << u"She visited China last week."_s << u"last week"_s << u"2023-W27"_s;
    QTest::newRow("next month") << u"Talks resume next month."_s << u"next month"_s << u"2023-08"_s;
    QTest::newRow("tomorrow") << u"He arrives tomorrow."_s << u"tomorrow"_s << u"2023-07-13"_s;
    QTest::newRow("yesterday") << u"He left yesterday."_s << u"yesterday"_s << u"2023-07-11"_s;
    QTest::newRow("today") << u"The ministers meet today."_s << u"today"_s << u"2023-07-12"_s;
    QTest::newRow("now") << u"Relations are now at a low."_s << u"now"_s << u"2023-07-12"_s;
    QTest::newRow("currently") << u"The envoy is currently in Cairo."_s << u"currently"_s << u"2023-07-12"_s;
    QTest::newRow("this morning") << u"The two spoke this morning."_s << u"this morning"_s << u"2023-07-12"_s;
    QTest::newRow("range") << u"From July 16 to July 19, Kerry will be in Beijing."_s << u"July 16 to July 19"_s
                           << u"2023-07-16..2023-07-19"_s;
    QTest::newRow("short range") << u"The forum meets November 22-23."_s << u"November 22-23"_s << u"2023-11-22..2023-11-23"_s;
    QTest::newRow("days of the month") << u"He will be in Oslo on the 22nd and 23rd."_s << u"the 22nd and 23rd"_s
                                       << u"2023-07-22..2023-07-23"_s;
    QTest::newRow("mid-month") << u"The campaign began in mid-May."_s << u"mid-May"_s << u"2023-05"_s;
    QTest::newRow("around a day") << u"The accord was signed around July 3."_s << u"around July 3"_s << u"~2023-07-03"_s;
    QTest::newRow("month and year") << u"They last met in March 2021."_s << u"March 2021"_s << u"2021-03"_s;
    QTest::newRow("last May") << u"They last met last May."_s << u"last May"_s << u"2023-05"_s;
    QTest::newRow("next May") << u"They meet again next May."_s << u"next May"_s << u"2024-05"_s;
    QTest::newRow("written") << u"It was signed on July 13, 2023."_s << u"July 13, 2023"_s << u"2023-07-13"_s;
    QTest::newRow("day first") << u"It was signed on 13 July 2023."_s << u"13 July 2023"_s << u"2023-07-13"_s;
    QTest::newRow("weekday and date") << u"It was signed on Monday, July 10."_s << u"Monday, July 10"_s << u"2023-07-10"_s;
    QTest::newRow("iso") << u"Published 2023-07-13 by the ministry."_s << u"2023-07-13"_s << u"2023-07-13"_s;
    QTest::newRow("year") << u"The pact was signed in 2014."_s << u"2014"_s << u"2014"_s;
    QTest::newRow("year as a modifier") << u"It recalled a 2012 raid on the embassy."_s << u"2012"_s << u"2012"_s;
    QTest::newRow("last year") << u"Trade fell last year."_s << u"last year"_s << u"2022"_s;
    QTest::newRow("early year") << u"Talks stalled in early 2011."_s << u"early 2011"_s << u"2011"_s;
    QTest::newRow("end of last year") << u"It expired at the end of last year."_s << u"the end of last year"_s << u"2022"_s;
    QTest::newRow("years ago") << u"They broke off ties three years ago."_s << u"three years ago"_s << u"2020"_s;
    QTest::newRow("months ago") << u"He resigned two months ago."_s << u"two months ago"_s << u"2023-05"_s;
    QTest::newRow("quarter") << u"Growth slowed in the fourth quarter of 2005."_s << u"the fourth quarter of 2005"_s
                             << u"2005-Q4"_s;
    QTest::newRow("quarter of last year") << u"Exports rose in the first quarter of last year."_s
                                          << u"the first quarter of last year"_s << u"2022-Q1"_s;
    QTest::newRow("season") << u"Relations soured in the spring of 2022."_s << u"the spring of 2022"_s << u"2022-SP"_s;
    QTest::newRow("this summer") << u"A summit is planned this summer."_s << u"this summer"_s << u"2023-SU"_s;
    QTest::newRow("decade") << u"The dispute dates back to the 1990s."_s << u"the 1990s"_s << u"199X"_s;
    QTest::newRow("century") << u"The border was drawn in the 19th century."_s << u"the 19th century"_s << u"18XX"_s;
    QTest::newRow("coming months") << u"A summit may follow in the coming months."_s << u"in the coming months"_s << QString();
    QTest::newRow("recently") << u"The envoy recently returned."_s << u"recently"_s << QString();
}

void TestDates::normalizesSingleExpressions()
{
    QFETCH(QString, sentence);
    QFETCH(QString, words);
    QFETCH(QString, ref);
    const QList<DateExpression> dates = normalizeDates(sentence, QDate(2023, 7, 12));
    QCOMPARE(dates.size(), 1);
    QCOMPARE(QStringView(sentence).sliced(dates[0].start, dates[0].end - dates[0].start), words);
    QCOMPARE(dates[0].ref(), ref);
    QCOMPARE(dates[0].vague, ref.isEmpty());
    QVERIFY(!dates[0].timex.isEmpty());
    QVERIFY(!dates[0].reason.isEmpty());
    QVERIFY(dates[0].confidence > 0 && dates[0].confidence <= 1);
}

void TestDates::durationsAreNotDates()
{
    for (const QString& sentence : { u"Following the 90-minute-long discussions, he left."_s,
             u"They talked for two hours."_s, u"It was the first visit in five years."_s,
             u"The three-day visit ends with a dinner."_s, u"Guards reported 14 incursions over the past 48 hours."_s }) {
        QVERIFY2(normalizeDates(sentence, QDate(2023, 7, 12)).isEmpty(), qPrintable(sentence));
    }
}

void TestDates::datesBeyondTheWritableYearsAreLeftOut_data()
{
    QTest::addColumn<QDate>("article");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("ref"); // the one date left, or none
    // Found by fuzz_dates: in an article of 4 January 0001 "2 Jul" meant July of the year before,
    // which no date in a file can say (years 1 to 9999), so its mark would have had no date.
    QTest::newRow("July before year 1") << QDate(1, 1, 4) << u"Talks on 2 Jul ended."_s << QString();
    QTest::newRow("last week of year 1") << QDate(1, 1, 4) << u"They met last week."_s << QString();
    QTest::newRow("a day of year 1 stays") << QDate(1, 1, 4) << u"They met on 3 January."_s << u"0001-01-03"_s;
    QTest::newRow("next July after 9999") << QDate(9999, 12, 30) << u"They will meet next July."_s << QString();
    QTest::newRow("tomorrow after 9999") << QDate(9999, 12, 31) << u"They meet tomorrow."_s << QString();
    QTest::newRow("the same day, after 9999") << QDate(10020, 3, 1) << u"They met the same day."_s << QString();
    QTest::newRow("a day of 9999 stays") << QDate(9999, 12, 30) << u"They meet tomorrow."_s << u"9999-12-31"_s;
}

void TestDates::datesBeyondTheWritableYearsAreLeftOut()
{
    QFETCH(QDate, article);
    QFETCH(QString, sentence);
    QFETCH(QString, ref);
    QStringList refs;
    for (const DateExpression& date : normalizeDates(sentence, article)) {
        if (!date.vague)
            refs << date.ref();
    }
    QCOMPARE(refs, ref.isEmpty() ? QStringList() : QStringList { ref });
}

void TestDates::guessesTheArticleDate()
{
    const QString dateline = u"WASHINGTON, July 12, 2023 — The secretary will travel to Jakarta on Thursday."_s;
    QCOMPARE(guessArticleDate(tokenize(dateline)).date, QDate(2023, 7, 12));
    const QString latest = u"The accord of March 3, 2019 was renewed.\nOn June 2, 2021, the ministers met again."_s;
    QVERIFY(!guessArticleDate(tokenize(latest)).date.isValid()); // dates of the past are not the article's
    QVERIFY(!guessArticleDate(tokenize(u"The ministers will meet on Thursday."_s)).date.isValid());
    // A date line near the top, or a released line, is the article's.
    QCOMPARE(guessArticleDate(tokenize(u"Talks in Oslo\nMarch 01, 2008\nThe ministers met on Friday."_s)).date, QDate(2008, 3, 1));
    QCOMPARE(guessArticleDate(tokenize(u"Media Note\nReleased July 14, 2023\nThe envoy will travel to Oslo."_s)).reason,
        u"released line"_s);
    // A future date in the first lines is not the article's.
    QVERIFY(!guessArticleDate(tokenize(u"Summit set\nThe leaders will meet on July 20, 2023 in Oslo."_s)).date.isValid());
    // Relative dates need an article date; written ones do not.
    const QList<DateExpression> dates = normalizeDates(u"On Thursday, not on 13 July 2023."_s, QDate());
    QCOMPARE(dates.size(), 1);
    QCOMPARE(dates[0].ref(), u"2023-07-13"_s);
}

// The TIMEX3 value of what has no date of its own, or has one TIMEX3 writes otherwise.
void TestDates::timexValues()
{
    const QDate article(2023, 7, 12);
    const auto timexOf = [&](const QString& sentence) {
        const QList<DateExpression> dates = normalizeDates(sentence, article);
        return dates.isEmpty() ? QString() : dates.first().timex;
    };
    QCOMPARE(timexOf(u"The envoy recently returned."_s), u"PAST_REF"_s);
    QCOMPARE(timexOf(u"A summit may follow in the coming months."_s), u"FUTURE_REF"_s);
    QCOMPARE(timexOf(u"Relations are now at a low."_s), u"PRESENT_REF"_s);
    QCOMPARE(timexOf(u"The dispute dates back to the 1990s."_s), u"199"_s);
    QCOMPARE(timexOf(u"They met around July 3."_s), u"2023-07-03"_s);
    QCOMPARE(timexOf(u"They met on Friday."_s), u"2023-07-07"_s);
}

void TestDates::testSetAccuracy()
{
    QFile file(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/dates.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int sentences = 0, expectedCount = 0, correct = 0, spurious = 0;
    QStringList misses;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString& line : text.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        QCOMPARE(columns.size(), 3);
        const QDate article = QDate::fromString(columns[0], Qt::ISODate);
        QVERIFY(article.isValid());
        const QString& sentence = columns[1];
        ++sentences;
        QList<DateExpression> found = normalizeDates(sentence, article);
        QList<bool> used(found.size(), false);
        for (const QString& item : columns[2].split(u'|', Qt::SkipEmptyParts)) {
            ++expectedCount;
            const qsizetype equals = item.lastIndexOf(u'=');
            const QString words = item.left(equals);
            const QString value = item.mid(equals + 1);
            const qsizetype at = sentence.indexOf(words);
            QVERIFY2(at >= 0, qPrintable(u"test set: '%1' not in '%2'"_s.arg(words, sentence)));
            bool ok = false;
            for (qsizetype i = 0; i < found.size(); ++i) {
                const DateExpression& date = found[i];
                if (used[i] || date.end <= at || date.start >= at + words.size())
                    continue;
                used[i] = true; // the expression at these words, right or wrong
                ok = value == u"vague" ? date.vague : (!date.vague && date.ref() == value);
                if (!ok)
                    misses.append(u"%1 | %2: expected %3, got %4"_s.arg(columns[0], sentence, value,
                        date.vague ? u"vague"_s : date.ref()));
                break;
            }
            if (ok)
                ++correct;
            else if (!misses.size() || !misses.last().contains(sentence))
                misses.append(u"%1 | %2: missed %3=%4"_s.arg(columns[0], sentence, words, value));
        }
        for (qsizetype i = 0; i < found.size(); ++i) {
            if (!used[i]) {
                ++spurious;
                misses.append(u"%1 | %2: spurious '%3' = %4"_s.arg(columns[0], sentence,
                    sentence.mid(found[i].start, found[i].end - found[i].start), found[i].ref()));
            }
        }
    }
    const double accuracy = double(correct) / double(expectedCount + spurious);
    for (const QString& miss : std::as_const(misses))
        qInfo("  %s", qPrintable(miss));
    qInfo("date test set: %d sentences, %d expected dates, %d correct, %d spurious: accuracy %.1f%%", sentences,
        expectedCount, correct, spurious, 100 * accuracy);
    QVERIFY(sentences >= 120);
    QVERIFY2(accuracy >= 0.85, qPrintable(u"date accuracy %1% is below 85%"_s.arg(100 * accuracy, 0, 'f', 1)));
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
