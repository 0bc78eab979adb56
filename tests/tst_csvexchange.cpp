// CSV: the RFC 4180 codec, the exported tables, and the round trip export → import → the same
// records; bad rows reported at file:line:column and skipped; an import writes all files or none.
#include "csvcodec.h"
#include "csvexport.h"
#include "csvimport.h"
#include "dataexport.h"
#include "exchangetesting.h"
#include "format.h"
#include "sources.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Entente::Exchange;

class TestCsvExchange : public QObject
{
    Q_OBJECT

private:
    static QString writeText(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }
    static Csv::Table table(const Corpus& corpus, CsvExport::Table which, const Filter& filter = {})
    {
        return Csv::read(CsvExport::write(corpus, Selection::of(corpus, filter), which));
    }
    static QStringList column(const Csv::Table& t, const QString& name)
    {
        const qsizetype index = t.header.indexOf(name);
        QStringList values;
        for (const Csv::Row& row : t.rows)
            values.append(row.fields.value(index));
        return values;
    }

private Q_SLOTS:
    void codecQuotesAndReadsBack_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("plain") << QStringList { QStringLiteral("a"), QStringLiteral("b") };
        QTest::newRow("comma and quote")
            << QStringList { QStringLiteral("x, y"), QStringLiteral("say \"hi\"") };
        QTest::newRow("line break") << QStringList { QStringLiteral("two\nlines"), QString() };
        QTest::newRow("non-ASCII") << QStringList { QStringLiteral("Außenministerin"),
                                                    QStringLiteral("王毅 👍") };
        QTest::newRow("empty last") << QStringList { QStringLiteral("a"), QString() };
    }
    void codecQuotesAndReadsBack()
    {
        QFETCH(QStringList, fields);
        Csv::Writer writer;
        writer.row({ QStringLiteral("h1"), QStringLiteral("h2") });
        writer.row(fields);
        writer.row({ QStringLiteral("after"), QStringLiteral("row") });
        QVERIFY(writer.data().endsWith("\r\n"));
        const Csv::Table t = Csv::read(writer.data());
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).fields, fields);
        QCOMPARE(t.rows.at(0).line, 2);
        // The row after a quoted line break starts on the line after it.
        QCOMPARE(t.rows.at(1).line, 3 + int(fields.join(QString()).count(u'\n')));
    }

    void codecReportsUnclosedQuoteAndBadUtf8()
    {
        const Csv::Table unclosed = Csv::read("id,name\r\na,\"open\r\nb,c\r\n");
        QCOMPARE(unclosed.errorLine, 2);
        QCOMPARE(unclosed.errorColumn, 3);
        const Csv::Table binary = Csv::read("id,name\n\xff\xfe,x\n");
        QVERIFY(!binary.error.isEmpty());
        const Csv::Table bom = Csv::read("\xEF\xBB\xBFid,name\nx,y\n");
        QCOMPARE(bom.header.first(), QStringLiteral("id"));
    }

    void meetingsTableHasDaysSourcesAndOrigins()
    {
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        const Csv::Table meetings = table(corpus, CsvExport::Table::Meetings);
        QCOMPARE(meetings.header, CsvExport::header(CsvExport::Table::Meetings));
        QCOMPARE(meetings.rows.size(), corpus.meetings.size());
        const int kerry = int(column(meetings, QStringLiteral("id")).indexOf(QStringLiteral("kerry-visit")));
        QCOMPARE(column(meetings, QStringLiteral("first_day")).at(kerry), QStringLiteral("2023-07-16"));
        QCOMPARE(column(meetings, QStringLiteral("last_day")).at(kerry), QStringLiteral("2023-07-19"));
        QCOMPARE(column(meetings, QStringLiteral("end")).at(kerry), QStringLiteral("2023-07-19"));
        const int yellen
            = int(column(meetings, QStringLiteral("id")).indexOf(QStringLiteral("yellen-visit")));
        QCOMPARE(column(meetings, QStringLiteral("start")).at(yellen), QStringLiteral("2023-W27"));
        QCOMPARE(column(meetings, QStringLiteral("last_day")).at(yellen), QStringLiteral("2023-07-09"));
        QVERIFY(
            column(meetings, QStringLiteral("source"))
                .at(yellen)
                .startsWith(QStringLiteral("US Treasury Secretary Janet Yellen visited China last week")));
        // Articles are named by their path below the folder all of them are in.
        QCOMPARE(column(meetings, QStringLiteral("article")).at(yellen),
                 QStringLiteral("resources/samples/us-china-diplomacy-2023-07.entente"));
        QCOMPARE(column(meetings, QStringLiteral("line")).at(yellen), QStringLiteral("38"));
        const int berlin
            = int(column(meetings, QStringLiteral("id")).indexOf(QStringLiteral("berlin-talks")));
        QCOMPARE(column(meetings, QStringLiteral("source")).at(berlin),
                 QStringLiteral("Außenministerin Annalena Baerbock empfing den chinesischen Außenminister "
                                "Qin Gang am 17. Juli in Berlin."));
        QCOMPARE(column(meetings, QStringLiteral("article")).at(berlin),
                 QStringLiteral("tests/data/exchange/berlin-gespraeche.entente"));
        const int zh
            = int(column(meetings, QStringLiteral("id")).indexOf(QStringLiteral("kerry-wang-beijing")));
        QCOMPARE(column(meetings, QStringLiteral("source")).at(zh),
                 QStringLiteral("美国气候特使约翰·克里7月18日在北京会见了中国外交部长王毅。"));
    }

    // `entente export --format csv` keeps of each article only the sentences its records rest on
    // (its text and marks go as soon as it is parsed): every table comes out the same.
    void preparedSpansGiveTheSameTables()
    {
        const QStringList files = Testing::exchangeArticles();
        QList<Document> documents;
        for (const QString& file : files)
            documents.append(Format::load(file));
        const Corpus whole = Corpus::merge(documents);
        PreparedSpans spans;
        for (Document& document : documents) {
            spans.insert(document.fileName, prepareSpans(document));
            document.text = QString();
            document.marks.clear();
        }
        const Corpus shrunk = Corpus::merge(documents);
        QVERIFY(!spans.value(whole.meetings.first().origin.file).isEmpty());
        for (CsvExport::Table which : CsvExport::tables()) {
            const QByteArray expected = CsvExport::write(whole, Selection::of(whole, {}), which);
            QCOMPARE(CsvExport::write(shrunk, Selection::of(shrunk, {}), which, Sources(shrunk, &spans)), expected);
            if (which == CsvExport::Table::Meetings) // the sentences are in it, not only empty columns
                QVERIFY(expected.contains("Qin Gang am 17. Juli in Berlin."));
        }
    }

    void filterKeepsTheMeetingsOfTheRangeAndSides()
    {
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        Filter filter;
        filter.from = QDate(2023, 7, 12);
        filter.to = QDate(2023, 7, 17);
        QStringList ids = column(table(corpus, CsvExport::Table::Meetings, filter), QStringLiteral("id"));
        ids.sort();
        QCOMPARE(ids,
                 QStringList({ QStringLiteral("berlin-talks"), QStringLiteral("jakarta-talks"),
                               QStringLiteral("kerry-visit"), QStringLiteral("xie-defense-talks") }));
        const Csv::Table statuses = table(corpus, CsvExport::Table::Statuses, filter);
        QCOMPARE(column(statuses, QStringLiteral("issue")),
                 QStringList({ QStringLiteral("hacking"), QStringLiteral("military-channels"),
                               QStringLiteral("climate"), QStringLiteral("market-access") }));
        QCOMPARE(column(statuses, QStringLiteral("date")),
                 QStringList({ QStringLiteral("2023-07-12"), QStringLiteral("2023-07-12"),
                               QStringLiteral("2023-07-16"), QStringLiteral("2023-07-17") }));

        filter = {};
        filter.sides = { QStringLiteral("Germany") };
        QCOMPARE(column(table(corpus, CsvExport::Table::Meetings, filter), QStringLiteral("id")),
                 QStringList({ QStringLiteral("berlin-talks"), QStringLiteral("beijing-follow-up") }));
        QStringList actors = column(table(corpus, CsvExport::Table::Actors, filter), QStringLiteral("id"));
        actors.sort();
        QCOMPARE(actors, QStringList({ QStringLiteral("baerbock"), QStringLiteral("qin-gang") }));

        filter = {};
        filter.statuses = { MeetingStatus::Held };
        QCOMPARE(column(table(corpus, CsvExport::Table::Participants, filter), QStringLiteral("meeting"))
                     .count(QStringLiteral("blinken-beijing-visit")),
                 4);
    }

    void roundTripGivesTheSameRecords()
    {
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        QTemporaryDir dir;
        ExportOptions options;
        options.format = DataFormat::Csv;
        const PreparedExport prepared
            = prepareExport(corpus, dir.filePath(QStringLiteral("tables")), options);
        QStringList written;
        QString error;
        QVERIFY2(commitExport(prepared, &written, &error), qPrintable(error));
        QCOMPARE(written.size(), 5);

        const CsvImport::Result imported = CsvImport::import(written);
        QVERIFY2(imported.problems.isEmpty(), qPrintable(imported.problems.value(0).toString()));
        QCOMPARE(imported.imported, imported.rows);
        QStringList names;
        for (const OutputFile& file : imported.files)
            names.append(file.path);
        QCOMPARE(names,
                 QStringList({ QStringLiteral("resources/samples/us-china-diplomacy-2023-07.entente"),
                               QStringLiteral("tests/data/exchange/berlin-gespraeche.entente"),
                               QStringLiteral("tests/data/exchange/beijing-climate-zh.entente") }));
        QVERIFY2(writeFiles(dir.filePath(QStringLiteral("imported")), imported.files, Existing::Refuse,
                            &written, &error),
                 qPrintable(error));

        const Corpus back = Testing::loadCorpus({ dir.filePath(QStringLiteral("imported")) });
        for (const Document& doc : back.documents)
            QVERIFY2(!doc.hasErrors(), qPrintable(doc.diagnostics.value(0).toString()));
        const auto byId = [](auto list) {
            std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
            return list;
        };
        QCOMPARE(byId(Testing::withoutOrigins(back.actors)), byId(Testing::withoutOrigins(corpus.actors)));
        QCOMPARE(byId(Testing::withoutOrigins(back.meetings)),
                 byId(Testing::withoutOrigins(corpus.meetings)));
        QCOMPARE(byId(Testing::issuesWithoutOrigins(back.issues)),
                 byId(Testing::issuesWithoutOrigins(corpus.issues)));
    }

    void badRowsAreReportedAndSkipped()
    {
        QTemporaryDir dir;
        const QString actors = writeText(dir.filePath(QStringLiteral("actors.csv")),
                                         "id,name,kind,side\n"
                                         "ok,Fine Person,person,X\n"
                                         "bad id,Someone,person,X\n"
                                         "k,Kind Less,emperor,X\n"
                                         "ok,Fine Again,person,X\n"
                                         "m,\"Multi\nLine\",state,\n"
                                         ",No Id,person,\n");
        const QString meetings = writeText(dir.filePath(QStringLiteral("meetings.csv")),
                                           "id,participants,start,end,status\n"
                                           "m1,\"ok, m\",2023-07-13,,held\n"
                                           "m2,ok,2023-02-30,,held\n"
                                           "m3,ok,2023-07-13,2023-07-10,held\n"
                                           "m4,ok,2023-07-13,,maybe\n"
                                           "m5,,2023-07-13,,held\n");
        const CsvImport::Result result = CsvImport::import({ actors, meetings });
        QStringList problems;
        for (const Diagnostic& d : result.problems)
            problems.append(d.toString());
        const QStringList expected {
            actors + QStringLiteral(":3:1: error: bad id 'bad id'"),
            actors + QStringLiteral(":4:13: error: unknown actor kind 'emperor'"),
            actors + QStringLiteral(":5:1: error: actor 'ok' is already defined on line 2"),
            actors + QStringLiteral(":8:1: error: the id column is empty"),
            meetings + QStringLiteral(":3:7: error: '2023-02-30' is not a date"),
            meetings + QStringLiteral(":4:18: error: the meeting ends before it starts"),
            meetings + QStringLiteral(":5:19: error: unknown meeting status 'maybe'"),
            meetings + QStringLiteral(":6:4: error: the meeting has no participants"),
        };
        QCOMPARE(problems.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(problems.at(i).startsWith(expected.at(i)),
                     qPrintable(QString(problems.at(i) + u" ≠ " + expected.at(i))));
        QCOMPARE(result.rows, 11);
        QCOMPARE(result.imported, 3);
        QCOMPARE(result.files.size(), 2); // actors.entente and meetings.entente: no article column
        const Document actorsFile = Format::parse(QString::fromUtf8(result.files.at(0).bytes));
        QCOMPARE(actorsFile.actors.size(), 2);
        QCOMPARE(actorsFile.actors.at(1).name, QStringLiteral("Multi Line"));
        QVERIFY(actorsFile.actors.at(1).kind == ActorKind::State);
    }

    void importWritesAllFilesOrNone()
    {
        QTemporaryDir dir;
        const QString existing = writeText(dir.filePath(QStringLiteral("b.entente")), "kept\n");
        QString error;
        QStringList written;
        const QList<OutputFile> files { { QStringLiteral("a.entente"), "new a\n" },
                                        { QStringLiteral("b.entente"), "new b\n" } };
        QVERIFY(!writeFiles(dir.path(), files, Existing::Refuse, &written, &error));
        QVERIFY2(error.contains(existing), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.entente"))));
        QFile kept(existing);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("kept\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList { QStringLiteral("b.entente") });
    }

    void oneTableIntoOneFile()
    {
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        QTemporaryDir dir;
        ExportOptions options;
        PreparedExport prepared
            = prepareExport(corpus, dir.filePath(QStringLiteral("meetings.csv")), options);
        QCOMPARE(prepared.files.size(), 1);
        QCOMPARE(Csv::read(prepared.files.first().bytes).header,
                 CsvExport::header(CsvExport::Table::Meetings));
        prepared = prepareExport(corpus, dir.filePath(QStringLiteral("everything.csv")), options);
        QVERIFY(!prepared.error.isEmpty());
        options.table = QStringLiteral("issues");
        prepared = prepareExport(corpus, dir.filePath(QStringLiteral("everything.csv")), options);
        QCOMPARE(Csv::read(prepared.files.first().bytes).rows.size(), corpus.issues.size());
    }
};

QTEST_GUILESS_MAIN(TestCsvExchange)
#include "tst_csvexchange.moc"
