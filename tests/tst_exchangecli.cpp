// `entente export --format`, `entente import` and `entente briefing`, run as a user would: the real
// executable, its files, output and exit codes. Image exports with --view keep working beside them.
#include "csvcodec.h"
#include "format.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestExchangeCli : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result entente(const QStringList& arguments)
    {
        QProcess process;
        process.setProgram(QStringLiteral(ENTENTE_EXECUTABLE));
        process.setArguments(arguments);
        process.start();
        if (!process.waitForFinished(120000))
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }
    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QStringList articles()
    {
        return { QStringLiteral(ENTENTE_SAMPLE), QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/exchange") };
    }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void exportsEveryDataFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("tables");
        QTest::newRow("csv table") << QString() << QStringLiteral("meetings.csv");
        QTest::newRow("gexf") << QStringLiteral("gexf") << QStringLiteral("network.gexf");
        QTest::newRow("graphml") << QString() << QStringLiteral("network.graphml");
        QTest::newRow("ics") << QStringLiteral("ics") << QStringLiteral("meetings.ics");
        QTest::newRow("brat") << QStringLiteral("brat") << QStringLiteral("brat");
        QTest::newRow("plover") << QStringLiteral("plover") << QStringLiteral("events.jsonl");
    }
    void exportsEveryDataFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, output);
        const QString path = m_dir.filePath(output);
        QStringList arguments = QStringList { QStringLiteral("export") } + articles()
            + QStringList { QStringLiteral("--output"), path,
                            QStringLiteral("--from"),   QStringLiteral("2023-07"),
                            QStringLiteral("--to"),     QStringLiteral("2023-07") };
        if (!format.isEmpty())
            arguments << QStringLiteral("--format") << format;
        const Result result = entente(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(QStringLiteral("Wrote ")), qPrintable(result.out));
        if (output == u"tables") {
            QCOMPARE(QDir(path).entryList(QDir::Files).size(), 5);
            QCOMPARE(Entente::Exchange::Csv::read(read(path + QStringLiteral("/meetings.csv"))).rows.size(),
                     6);
        } else if (output.endsWith(u".csv")) {
            QCOMPARE(Entente::Exchange::Csv::read(read(path)).rows.size(), 6);
        } else if (output.endsWith(u".gexf") || output.endsWith(u".graphml")) {
            QXmlStreamReader xml(read(path));
            int edges = 0;
            while (!xml.atEnd())
                edges += xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"edge" ? 1 : 0;
            QVERIFY(!xml.hasError());
            QCOMPARE(edges, 5); // the pairs of July's meetings (Kerry's visit has one participant)
        } else if (output.endsWith(u".ics")) {
            QCOMPARE(read(path).count("BEGIN:VEVENT"), 6);
        } else if (output == u"brat") {
            QVERIFY(QFileInfo::exists(path + QStringLiteral("/annotation.conf")));
            // Named by their paths below the folder all articles are in.
            QCOMPARE(QDir(path + QStringLiteral("/resources/samples"))
                         .entryList({ QStringLiteral("*.ann") })
                         .size(),
                     1);
            QCOMPARE(QDir(path + QStringLiteral("/tests/data/exchange"))
                         .entryList({ QStringLiteral("*.ann") })
                         .size(),
                     2);
        } else {
            const QList<QByteArray> lines = read(path).trimmed().split('\n');
            QCOMPARE(lines.size(), 6);
            for (const QByteArray& line : lines)
                QVERIFY(QJsonDocument::fromJson(line).isObject());
        }
    }

    void graphExportsGiveOfficialsTheSideTheirTitleNames_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("gexf") << QStringLiteral("officials.gexf");
        QTest::newRow("graphml") << QStringLiteral("officials.graphml");
    }
    void graphExportsGiveOfficialsTheSideTheirTitleNames()
    {
        QFETCH(QString, output);
        // The sample with the defense official's side taken out: only the title names the USA.
        QByteArray text = read(QStringLiteral(ENTENTE_SAMPLE));
        const QByteArray written = "Senior US defense official for Asia; person; USA; role=Defense official";
        QVERIFY(text.contains(written));
        text.replace(written, "Senior US defense official for Asia; person; role=Defense official");
        const QString article = m_dir.filePath(QStringLiteral("sideless.entente"));
        QFile file(article);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();

        const QString path = m_dir.filePath(output);
        const Result result = entente({ QStringLiteral("export"), article, QStringLiteral("--output"), path });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        // node id → (side, side_derived), read from either format's node data.
        QHash<QString, QPair<QString, QString>> nodes;
        QXmlStreamReader xml(read(path));
        QString node;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"node") {
                node = attributes.value(u"id").toString();
            } else if (xml.name() == u"attvalue" || xml.name() == u"data") {
                const bool gexf = xml.name() == u"attvalue";
                const QString key = attributes.value(gexf ? u"for" : u"key").toString();
                const QString value = gexf ? attributes.value(u"value").toString() : xml.readElementText();
                if (key == u"side")
                    nodes[node].first = value;
                else if (key == u"side_derived")
                    nodes[node].second = value;
            }
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(nodes.value(QStringLiteral("us-defense-official")),
                 qMakePair(QStringLiteral("USA"), QStringLiteral("true")));
        QCOMPARE(nodes.value(QStringLiteral("blinken")), qMakePair(QStringLiteral("USA"), QStringLiteral("false")));
        QVERIFY(!read(article).contains("official for Asia; person; USA")); // the article is not changed
    }

    void imageExportStillNeedsAView()
    {
        const QString png = m_dir.filePath(QStringLiteral("calendar.png"));
        Result result
            = entente({ QStringLiteral("export"), QStringLiteral(ENTENTE_SAMPLE), QStringLiteral("--view"),
                        QStringLiteral("calendar"), QStringLiteral("--format"), QStringLiteral("png"),
                        QStringLiteral("--output"), png });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!QImage(png).isNull());
        result = entente({ QStringLiteral("export"), QStringLiteral(ENTENTE_SAMPLE),
                           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
                           m_dir.filePath(QStringLiteral("x.pdf")) });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--view")), qPrintable(result.err));
    }

    void badUsageSaysWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString sample = QStringLiteral(ENTENTE_SAMPLE);
        QTest::newRow("bad date") << QStringList { QStringLiteral("export"),   sample,
                                                   QStringLiteral("--format"), QStringLiteral("ics"),
                                                   QStringLiteral("--output"), QStringLiteral("x.ics"),
                                                   QStringLiteral("--from"),   QStringLiteral("2023-13-01") }
                                  << QStringLiteral("--from must be a date");
        QTest::newRow("bad status") << QStringList { QStringLiteral("export"),     sample,
                                                     QStringLiteral("--format"),   QStringLiteral("csv"),
                                                     QStringLiteral("--output"),   QStringLiteral("t"),
                                                     QStringLiteral("--statuses"), QStringLiteral("done") }
                                    << QStringLiteral("unknown meeting status 'done'");
        QTest::newRow("briefing without period")
            << QStringList { QStringLiteral("briefing"), sample, QStringLiteral("--output"),
                             QStringLiteral("b.pdf") }
            << QStringLiteral("--from and --to are required");
        QTest::newRow("briefing as docx")
            << QStringList { QStringLiteral("briefing"), sample,
                             QStringLiteral("--from"),   QStringLiteral("2023-07-01"),
                             QStringLiteral("--to"),     QStringLiteral("2023-07-31"),
                             QStringLiteral("--output"), QStringLiteral("b.docx") }
            << QStringLiteral(".pdf or .html");
        QTest::newRow("import without output")
            << QStringList { QStringLiteral("import"), sample } << QStringLiteral("--output");
    }
    void badUsageSaysWhy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = entente(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void importsBratAndCsvIntoEntenteFiles()
    {
        const QString brat = m_dir.filePath(QStringLiteral("imported-brat"));
        Result result
            = entente({ QStringLiteral("import"), QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/brat"),
                        QStringLiteral("--output"), brat });
        QCOMPARE(result.exitCode, 1); // problems.ann and markup-in-text have errors
        QVERIFY2(result.err.contains(QStringLiteral("problems.ann:7:1: error:")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("problems.ann:5:1: warning:")), qPrintable(result.err));
        QCOMPARE(QDir(brat).entryList({ QStringLiteral("*.entente") }).size(), 4);
        result = entente({ QStringLiteral("--check"), brat });
        QCOMPARE(result.exitCode, 0);

        // Importing again into the same folder writes nothing: the files are there.
        result = entente({ QStringLiteral("import"),
                           QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/brat/ner-events.ann"),
                           QStringLiteral("--output"), brat });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("already exists")), qPrintable(result.err));

        const QString tables = m_dir.filePath(QStringLiteral("all-tables"));
        QCOMPARE(entente(QStringList { QStringLiteral("export") } + articles()
                         + QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                                         QStringLiteral("--output"), tables })
                     .exitCode,
                 0);
        const QString back = m_dir.filePath(QStringLiteral("imported-csv"));
        result = entente({ QStringLiteral("import"), tables, QStringLiteral("--output"), back });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = entente({ QStringLiteral("--dump"), back });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject corpus = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(corpus.value(u"meetings").toArray().size(), 9);
        QCOMPARE(corpus.value(u"actors").toArray().size(), 16);
    }

    void printsTheTypeMappingToEdit()
    {
        const Result result = entente({ QStringLiteral("import"), QStringLiteral("--print-types") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("GPE = actor:state")));
    }

    void briefingAsPdfAndHtml()
    {
        for (const QString& name : { QStringLiteral("briefing.pdf"), QStringLiteral("briefing.html") }) {
            const QString path = m_dir.filePath(name);
            const Result result
                = entente(QStringList { QStringLiteral("briefing") } + articles()
                          + QStringList { QStringLiteral("--from"), QStringLiteral("2023-07-01"),
                                          QStringLiteral("--to"), QStringLiteral("2023-07-31"),
                                          QStringLiteral("--output"), path, QStringLiteral("--title"),
                                          QStringLiteral("July") });
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            const QByteArray bytes = read(path);
            QVERIFY(name.endsWith(u".pdf") ? bytes.startsWith("%PDF-") : bytes.startsWith("<!DOCTYPE html>"));
        }
    }
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchangecli.moc"
