// The suggester's date normalizer against a test set written by hand (tests/data/dates.tsv): every
// expected date must be found with its value and precision; dates found where none was expected
// count against the score. The score must stay at 85% or above.
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
    void guessesTheArticleDate();
    void testSetAccuracy();
};

void TestDates::normalizesSingleExpressions_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("ref");
    // Article date: Wednesday 2023-07-12.
    QTest::newRow("future weekday") << u"Blinken is scheduled to meet Wang on Thursday."_s << u"on Thursday"_s << u"2023-07-13"_s;
    QTest::newRow("past weekday") << u"The two met on Thursday in Vienna."_s << u"on Thursday"_s << u"2023-07-06"_s;
    QTest::newRow("same weekday") << u"Officials held talks on Wednesday."_s << u"on Wednesday"_s << u"2023-07-12"_s;
    QTest::newRow("last week") << u"She visited China last week."_s << u"last week"_s << u"2023-W27"_s;
    QTest::newRow("next month") << u"Talks resume next month."_s << u"next month"_s << u"2023-08"_s;
    QTest::newRow("tomorrow") << u"He arrives tomorrow."_s << u"tomorrow"_s << u"2023-07-13"_s;
    QTest::newRow("yesterday") << u"He left yesterday."_s << u"yesterday"_s << u"2023-07-11"_s;
    QTest::newRow("range") << u"From July 16 to July 19, Kerry will be in Beijing."_s << u"From July 16 to July 19"_s
                           << u"2023-07-16..2023-07-19"_s;
    QTest::newRow("short range") << u"The forum meets November 22-23."_s << u"November 22-23"_s << u"2023-11-22..2023-11-23"_s;
    QTest::newRow("mid-month") << u"The campaign began in mid-May."_s << u"in mid-May"_s << u"~2023-05-15"_s;
    QTest::newRow("month and year") << u"They last met in March 2021."_s << u"in March 2021"_s << u"2021-03"_s;
    QTest::newRow("written") << u"It was signed on July 13, 2023."_s << u"on July 13, 2023"_s << u"2023-07-13"_s;
    QTest::newRow("day first") << u"It was signed on 13 July 2023."_s << u"on 13 July 2023"_s << u"2023-07-13"_s;
    QTest::newRow("iso") << u"Published 2023-07-13 by the ministry."_s << u"2023-07-13"_s << u"2023-07-13"_s;
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
    QVERIFY(!dates[0].reason.isEmpty());
    QVERIFY(dates[0].confidence > 0 && dates[0].confidence <= 1);
}

void TestDates::durationsAreNotDates()
{
    for (const QString& sentence : { u"Following the 90-minute-long discussions, he left."_s,
             u"They talked for two hours."_s, u"It was the first visit in five years."_s,
             u"The three-day visit ends with a dinner."_s }) {
        QVERIFY2(normalizeDates(sentence, QDate(2023, 7, 12)).isEmpty(), qPrintable(sentence));
    }
}

void TestDates::guessesTheArticleDate()
{
    const QString dateline = u"WASHINGTON, July 12, 2023 — The secretary will travel to Jakarta on Thursday."_s;
    QCOMPARE(guessArticleDate(tokenize(dateline)), QDate(2023, 7, 12));
    const QString latest = u"The accord of March 3, 2019 was renewed.\nOn June 2, 2021, the ministers met again."_s;
    QCOMPARE(guessArticleDate(tokenize(latest)), QDate(2021, 6, 2));
    QVERIFY(!guessArticleDate(tokenize(u"The ministers will meet on Thursday."_s)).isValid());
    // Relative dates need an article date; written ones do not.
    const QList<DateExpression> dates = normalizeDates(u"On Thursday, not on 13 July 2023."_s, QDate());
    QCOMPARE(dates.size(), 1);
    QCOMPARE(dates[0].ref(), u"2023-07-13"_s);
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
