// Find in All Articles below the window: CorpusSearch finds words across marks' edges and never in
// markup or records, gives lines and context, stops at the limit and on cancel; FindResultModel
// lists the hits.
#include "corpussearch.h"
#include "findresultmodel.h"
#include "format.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Entente;

class TestCorpusSearch : public QObject
{
    Q_OBJECT

private:
    static QList<Document> documents()
    {
        return {
            Format::parse(QStringLiteral("[Antony Blinken]{actor=blinken} met [Wang Yi]{actor=wang} in Jakarta.\n"
                                         "Blinken said the talks were candid.\n"
                                         "=== entente ===\nactor blinken: Antony Blinken; kind=person\n"
                                         "actor wang: Wang Yi; kind=person\n"),
                QStringLiteral("/corpus/a1.entente")),
            Format::parse(QStringLiteral("Nothing about him.\n"), QStringLiteral("/corpus/a2.entente")),
            Format::parse(QStringLiteral("First line.\nSecond line names blinken in lower case.\n"),
                QStringLiteral("/corpus/a10.entente")),
        };
    }

private Q_SLOTS:
    void findsWordsNotMarkup_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<QStringList>("hits"); // "file:line:text of the hit in the annotated text"
        QTest::newRow("across a mark's edge") << QStringLiteral("Blinken met Wang") << false
                                              << QStringList { QStringLiteral("a1.entente:1:Blinken]{actor=blinken} met [Wang") };
        QTest::newRow("any case") << QStringLiteral("blinken") << false
                                  << QStringList { QStringLiteral("a1.entente:1:Blinken"), QStringLiteral("a1.entente:2:Blinken"),
                                         QStringLiteral("a10.entente:2:blinken") };
        QTest::newRow("match case") << QStringLiteral("blinken") << true << QStringList { QStringLiteral("a10.entente:2:blinken") };
        QTest::newRow("not in the markup") << QStringLiteral("actor=") << false << QStringList {};
        QTest::newRow("not in the records") << QStringLiteral("kind=person") << false << QStringList {};
        QTest::newRow("nothing to find") << QString() << false << QStringList {};
    }

    void findsWordsNotMarkup()
    {
        QFETCH(QString, needle);
        QFETCH(bool, matchCase);
        QFETCH(QStringList, hits);
        const QList<Document> corpus = documents();
        const CorpusSearch::Result result
            = CorpusSearch::search(corpus, needle, matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive, 100);
        QStringList found;
        for (const CorpusSearch::Hit& hit : result.hits) {
            const Document* document = nullptr;
            for (const Document& d : corpus) {
                if (d.fileName == hit.fileName)
                    document = &d;
            }
            QVERIFY(document);
            found.append(QStringLiteral("%1:%2:%3").arg(hit.fileName.section(u'/', -1)).arg(hit.line)
                    .arg(document->text.mid(hit.start, hit.end - hit.start)));
        }
        QCOMPARE(found, hits);
        QVERIFY(!result.truncated);
    }

    void contextIsTheLineAround()
    {
        const CorpusSearch::Result result = CorpusSearch::search(documents(), QStringLiteral("talks"), Qt::CaseInsensitive, 10);
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.at(0).context, QStringLiteral("Blinken said the talks were candid."));
        QCOMPARE(result.documentsSearched, 3);

        const QString longLine = QString(300, u'x') + QStringLiteral(" needle ") + QString(300, u'y');
        const CorpusSearch::Result cut = CorpusSearch::search(
            { Format::parse(longLine, QStringLiteral("long.txt")) }, QStringLiteral("needle"), Qt::CaseSensitive, 10);
        QCOMPARE(cut.hits.size(), 1);
        QVERIFY(cut.hits.at(0).context.startsWith(u'…'));
        QVERIFY(cut.hits.at(0).context.endsWith(u'…'));
        QVERIFY(cut.hits.at(0).context.contains(QStringLiteral("needle")));
        QVERIFY(cut.hits.at(0).context.size() < 160);
    }

    void stopsAtTheLimitAndOnCancel()
    {
        QList<Document> many;
        for (int i = 0; i < 50; ++i)
            many.append(Format::parse(QStringLiteral("word word word\n"), QStringLiteral("/c/%1.txt").arg(i)));
        const CorpusSearch::Result limited = CorpusSearch::search(many, QStringLiteral("word"), Qt::CaseSensitive, 100);
        QCOMPARE(limited.hits.size(), 100);
        QVERIFY(limited.truncated);

        int asked = 0;
        const CorpusSearch::Result cancelled = CorpusSearch::search(
            many, QStringLiteral("word"), Qt::CaseSensitive, 1000, [&asked] { return ++asked > 3; });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.documentsSearched, 3);
    }

    void modelListsTheHits()
    {
        FindResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setResult(CorpusSearch::search(documents(), QStringLiteral("blinken"), Qt::CaseInsensitive, 100));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(2, FindResultModel::ArticleColumn).data().toString(), QStringLiteral("a10.entente"));
        QCOMPARE(model.index(2, FindResultModel::LineColumn).data().toInt(), 2);
        QCOMPARE(model.index(2, FindResultModel::ContextColumn).data().toString(),
            QStringLiteral("Second line names blinken in lower case."));
        QCOMPARE(model.index(2, 0).data(FindResultModel::FileRole).toString(), QStringLiteral("/corpus/a10.entente"));
        const int start = model.index(2, 0).data(FindResultModel::StartRole).toInt();
        QCOMPARE(model.index(2, 0).data(FindResultModel::EndRole).toInt() - start, 7);
        QCOMPARE(model.headerData(FindResultModel::LineColumn, Qt::Horizontal).toString(), QStringLiteral("Line"));
        QVERIFY(!model.index(5, 0).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCorpusSearch)
#include "tst_corpussearch.moc"
