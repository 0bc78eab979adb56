// The command-line modes, run as a user would: the real executable, its output and exit code.
#include "bratexport.h"
#include "format.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestCli : public QObject
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
        if (!process.waitForFinished(60000))
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }
    static QJsonObject findById(const QJsonArray& array, const QString& id)
    {
        for (const QJsonValue& value : array) {
            if (value[QLatin1String("id")].toString() == id)
                return value.toObject();
        }
        return {};
    }
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void dumpListsEachReportOfAMeetingWithItsSentence()
    {
        const QString planned = write(QStringLiteral("planned.entente"),
            "[Kerry]{actor=kerry} [will meet]{meeting=talks} [Lavrov]{actor=lavrov} next week. Nothing else.\n\n"
            "=== entente ===\narticle: date=2013-05-01\nactor kerry: John Kerry; person; USA\n"
            "actor lavrov: Sergei Lavrov; person; Russia\nmeeting talks: kerry, lavrov; 2013-W19; place=Moscow; status=planned\n");
        const QString held = write(QStringLiteral("held.entente"),
            "Talks ended. [Kerry]{actor=kerry} [met]{meeting=talks} Lavrov in Moscow.\n\n"
            "=== entente ===\narticle: date=2013-05-08\nmeeting talks: kerry, lavrov; 2013-05-07; place=Moscow; status=held\n");
        const Result result = entente({ QStringLiteral("--dump"), planned, held });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject corpus = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonObject talks = findById(corpus[QLatin1String("meetings")].toArray(), QStringLiteral("talks"));
        QCOMPARE(talks[QLatin1String("status")].toString(), QStringLiteral("held"));
        const QJsonArray sources = talks[QLatin1String("sources")].toArray();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources[0][QLatin1String("sentence")].toString(), QStringLiteral("Kerry will meet Lavrov next week."));
        QCOMPARE(sources[1][QLatin1String("sentence")].toString(), QStringLiteral("Kerry met Lavrov in Moscow."));
    }

    void dumpListsTheSampleMeetings()
    {
        const Result result = entente({ QStringLiteral("--dump"), QStringLiteral(ENTENTE_SAMPLE) });
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonObject corpus = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        const QJsonObject jakarta = findById(corpus[QLatin1String("meetings")].toArray(), QStringLiteral("jakarta-talks"));
        QCOMPARE(jakarta[QLatin1String("place")].toString(), QStringLiteral("Jakarta"));
        QCOMPARE(jakarta[QLatin1String("status")].toString(), QStringLiteral("planned"));
        QCOMPARE(jakarta[QLatin1String("start")][QLatin1String("value")].toString(), QStringLiteral("2023-07-13"));
        QCOMPARE(jakarta[QLatin1String("participants")].toArray(),
            QJsonArray({ QStringLiteral("blinken"), QStringLiteral("wang-yi") }));

        const QJsonObject kerry = findById(corpus[QLatin1String("meetings")].toArray(), QStringLiteral("kerry-visit"));
        QCOMPARE(kerry[QLatin1String("start")][QLatin1String("first")].toString(), QStringLiteral("2023-07-16"));
        QCOMPARE(kerry[QLatin1String("end")][QLatin1String("last")].toString(), QStringLiteral("2023-07-19"));
        QCOMPARE(kerry[QLatin1String("kind")].toString(), QStringLiteral("visit"));

        const QJsonObject hacking = findById(corpus[QLatin1String("issues")].toArray(), QStringLiteral("hacking"));
        QCOMPARE(hacking[QLatin1String("history")].toArray().size(), 3);
        QCOMPARE(corpus[QLatin1String("actors")].toArray().size(), 15);
        QVERIFY(corpus[QLatin1String("diagnostics")].toArray().isEmpty());
    }

    void checkAcceptsTheSample()
    {
        const Result result = entente({ QStringLiteral("--check"), QStringLiteral(ENTENTE_SAMPLE) });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("0 errors")), qPrintable(result.out));
    }

    void checkNamesLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unclosed mark") << QByteArray("First line.\nSecond [Blinken]{actor=blinken line.\n")
                                       << QStringLiteral(":2:17: error: mark is not closed");
        QTest::newRow("bad status") << QByteArray("Text.\n=== entente ===\nactor a: A; person\nmeeting m: a; 2023-07-13; status=maybe\n")
                                    << QStringLiteral(":4:27: error: unknown meeting status 'maybe'");
        QTest::newRow("bad date") << QByteArray("On [Thursday]{date=2023-02-30} they met.")
                                  << QStringLiteral(":1:20: error: '2023-02-30' is not a date");
    }
    void checkNamesLineAndColumn()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = write(QStringLiteral("broken.entente"), content);
        const Result result = entente({ QStringLiteral("--check"), path });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path + expected), qPrintable(result.err));
    }

    void checkRefusesBinaryAndMissingFiles()
    {
        const QString binary = write(QStringLiteral("image.txt"), QByteArray("GIF89a\x01\x00\x00\x00", 10));
        Result result = entente({ QStringLiteral("--check"), binary });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not a text file")), qPrintable(result.err));

        result = entente({ QStringLiteral("--check"), m_dir.filePath(QStringLiteral("missing.entente")) });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("missing.entente: error: no such file")), qPrintable(result.err));
    }

    void checkRefusesSpecialFiles_data()
    {
        QTest::addColumn<QString>("path"); // "fifo": made in the temporary folder
        QTest::addColumn<QString>("message");
        QTest::newRow("FIFO") << u"fifo"_s << u"FIFO"_s;
        QTest::newRow("/dev/zero") << u"/dev/zero"_s << u"device"_s;
    }
    void checkRefusesSpecialFiles()
    {
        // Before: --check waited forever on a FIFO and read /dev/zero until memory ran out.
        QFETCH(QString, path);
        QFETCH(QString, message);
        if (path == u"fifo") {
            path = m_dir.filePath(u"pipe.entente"_s);
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        }
        const Result result = entente({ u"--check"_s, path });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path + u": error: "_s) && result.err.contains(message), qPrintable(result.err));
        const Result suggested = entente({ u"suggest"_s, path, u"--date"_s, u"2023-07-12"_s });
        QCOMPARE(suggested.exitCode, 1);
        QVERIFY2(suggested.err.contains(message), qPrintable(suggested.err));
    }

    void checkListsSkippedFolderEntries()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        const auto put = [&root](const QString& name, const QByteArray& bytes) {
            QFile file(root.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        // Ids defined in another article of the folder are no warnings; 'ghost' is defined nowhere.
        put(u"a.entente"_s, "[Li]{actor=li} [met]{meeting=m}.\n=== entente ===\nmeeting m: li, ghost; 2023-07-13\n");
        put(u"b.entente"_s, "Li.\n=== entente ===\nactor li: Li Qiang; person; China\n");
        QVERIFY(::mkfifo(QFile::encodeName(root.filePath(u"pipe.txt"_s)).constData(), 0600) == 0);
        QVERIFY(QFile::link(root.filePath(u"gone.entente"_s), root.filePath(u"broken.entente"_s)));
        const Result result = entente({ u"--check"_s, dir.path() });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(root.filePath(u"pipe.txt"_s) + u": warning: skipped: this is a FIFO"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(root.filePath(u"broken.entente"_s) + u": warning: skipped: this is a broken symbolic link"_s),
            qPrintable(result.err));
        QVERIFY2(result.err.contains(root.filePath(u"a.entente"_s) + u":3:16: warning: the meeting names an unknown actor 'ghost'"_s),
            qPrintable(result.err));
        QVERIFY2(!result.err.contains(u"'li'"_s), qPrintable(result.err));
        QVERIFY2(result.out.contains(u"2 files checked, 0 errors, 3 warnings"_s), qPrintable(result.out));

        // The article alone: 'li' is unknown there.
        const Result alone = entente({ u"--check"_s, root.filePath(u"a.entente"_s) });
        QVERIFY2(alone.err.contains(u"unknown actor 'li'"_s), qPrintable(alone.err));
    }

    void checkSaysAFolderHasNoArticles()
    {
        QTemporaryDir dir;
        const Result result = entente({ u"--check"_s, dir.path() });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(dir.path() + u": error: a folder with no articles"_s), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"no article files given"_s));
    }

    void checkReportsForbiddenIds()
    {
        const QString path = write(u"ids.entente"_s, "Li Qiang spoke.\n=== entente ===\nactor li}q: Li Qiang; person\n");
        const Result result = entente({ u"--check"_s, path });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path + u":3:7: error: bad id 'li}q'"_s), qPrintable(result.err));
    }

    void bytesAreKeptForEveryLineBreak_data()
    {
        QTest::addColumn<QByteArray>("article");
        QTest::newRow("CR") << "One.\rTwo [sic].\r"_ba;
        QTest::newRow("mixed, BOM") << "\xEF\xBB\xBFOne.\r\nTwo.\nThree.\r"_ba;
        QTest::newRow("UTF-16") << "\xFF\xFEO\0n\0e\0\r\0\n\0"_ba;
    }
    void bytesAreKeptForEveryLineBreak()
    {
        QFETCH(QByteArray, article);
        const QString path = write(u"breaks.txt"_s, article);
        QProcess process;
        process.start(QStringLiteral(ENTENTE_EXECUTABLE), { u"--plain"_s, path });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), article);
    }

    void plainGivesBackTheArticle()
    {
        const Result result = entente({ QStringLiteral("--plain"), QStringLiteral(ENTENTE_SAMPLE) });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(
            QStringLiteral("US Secretary of State Antony Blinken is scheduled to meet with Wang Yi, the top Chinese")));
        QVERIFY(result.out.endsWith(QStringLiteral("in the coming months.")));
        QVERIFY(!result.out.contains(QStringLiteral("]{")));
        QVERIFY(!result.out.contains(QStringLiteral("=== entente ===")));

        // A plain article is returned byte for byte.
        const QByteArray article("Plain words, [sic] and all.\r\nSecond line\xc2\xa0with a no-break space.\r\n");
        const Result again = entente({ QStringLiteral("--plain"), write(QStringLiteral("plain.txt"), article) });
        QCOMPARE(again.out.toUtf8(), article);
    }

    void exportWritesEachViewAndFormat_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("format");
        for (const char* view : { "calendar", "network", "issues", "meetings", "timeline" }) {
            for (const char* format : { "png", "svg", "pdf" })
                QTest::addRow("%s.%s", view, format) << QString::fromLatin1(view) << QString::fromLatin1(format);
        }
    }
    void exportWritesEachViewAndFormat()
    {
        QFETCH(QString, view);
        QFETCH(QString, format);
        const QString path = m_dir.filePath(view + u'.' + format);
        const Result result = entente({ QStringLiteral("export"), QStringLiteral(ENTENTE_SAMPLE), QStringLiteral("--view"),
            view, QStringLiteral("--format"), format, QStringLiteral("--output"), path, QStringLiteral("--width"),
            QStringLiteral("900"), QStringLiteral("--scale"), QStringLiteral("2") });
        QCOMPARE(result.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == u"png") {
            QCOMPARE(QImage::fromData(bytes).width(), 1800);
        } else if (format == u"pdf") {
            QVERIFY(bytes.startsWith("%PDF-"));
        } else {
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(bytes.contains("<text"));
        }
    }

    void exportRefusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString sample = QStringLiteral(ENTENTE_SAMPLE);
        QTest::newRow("unknown view") << QStringList { sample, u"--view"_s, u"map"_s, u"--output"_s, u"/tmp/x.png"_s }
                                      << u"--view must be one of"_s;
        QTest::newRow("unknown format") << QStringList { sample, u"--view"_s, u"network"_s, u"--output"_s, u"/tmp/x.gif"_s }
                                        << u"--format must be png, svg or pdf"_s;
        QTest::newRow("bad month") << QStringList { sample, u"--view"_s, u"calendar"_s, u"--month"_s, u"July"_s,
            u"--output"_s, u"/tmp/x.png"_s } << u"--month must be YYYY-MM"_s;
        QTest::newRow("bad width") << QStringList { sample, u"--view"_s, u"issues"_s, u"--width"_s, u"-3"_s,
            u"--output"_s, u"/tmp/x.png"_s } << u"--width must be a whole number from 16 to 16000"_s;
        QTest::newRow("no output") << QStringList { sample, u"--view"_s, u"issues"_s } << u"--output PATH is required"_s;
        QTest::newRow("no files") << QStringList { u"--view"_s, u"issues"_s, u"--output"_s, u"/tmp/x.png"_s }
                                  << u"name at least one article file or folder"_s;
        QTest::newRow("bad from") << QStringList { sample, u"--view"_s, u"timeline"_s, u"--from"_s, u"last year"_s,
            u"--output"_s, u"/tmp/x.png"_s } << u"--from must be a date"_s;
        QTest::newRow("to before from") << QStringList { sample, u"--view"_s, u"meetings"_s, u"--from"_s, u"2023-07"_s,
            u"--to"_s, u"2023-06-30"_s, u"--output"_s, u"/tmp/x.png"_s } << u"is before --from"_s;
        QTest::newRow("month and range") << QStringList { sample, u"--view"_s, u"calendar"_s, u"--month"_s, u"2023-07"_s,
            u"--from"_s, u"2023-07"_s, u"--output"_s, u"/tmp/x.png"_s } << u"either --month or --from/--to"_s;
        QTest::newRow("calendar of decades") << QStringList { sample, u"--view"_s, u"calendar"_s, u"--from"_s, u"2001"_s,
            u"--to"_s, u"2023"_s, u"--output"_s, u"/tmp/x.png"_s } << u"the calendar shows at most 48 months"_s;
    }
    void exportRefusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = entente(QStringList { QStringLiteral("export") } + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void exportRefusesAbsurdSizes_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("scale nan") << QStringList { u"--scale"_s, u"nan"_s } << u"--scale must be a number from 0.1 to 8"_s;
        QTest::newRow("scale 1e-300") << QStringList { u"--scale"_s, u"1e-300"_s } << u"--scale must be"_s;
        QTest::newRow("scale inf") << QStringList { u"--scale"_s, u"inf"_s } << u"--scale must be"_s;
        QTest::newRow("scale 0") << QStringList { u"--scale"_s, u"0"_s } << u"--scale must be"_s;
        QTest::newRow("width huge") << QStringList { u"--width"_s, u"2000000000"_s } << u"--width must be"_s;
        QTest::newRow("width 1") << QStringList { u"--width"_s, u"1"_s } << u"--width must be"_s;
        QTest::newRow("width overflow") << QStringList { u"--width"_s, u"99999999999999"_s } << u"--width must be"_s;
    }
    void exportRefusesAbsurdSizes()
    {
        // Before: --scale nan or 1e-300 wrote a 0-byte PNG over the existing file and exited 0.
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString path = write(u"existing.png"_s, "an existing picture");
        const Result result = entente(QStringList { u"export"_s, QStringLiteral(ENTENTE_SAMPLE), u"--view"_s, u"network"_s,
                                          u"--output"_s, path }
            + options);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "an existing picture"_ba);
    }

    void exportNeverReplacesSpecialFiles()
    {
        // Before: the atomic save renamed its temporary file over the device node or FIFO.
        const QString fifo = m_dir.filePath(u"out.png"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        for (const QString& target : { fifo, u"/dev/null"_s, m_dir.path() }) {
            const Result result = entente({ u"export"_s, QStringLiteral(ENTENTE_SAMPLE), u"--view"_s, u"issues"_s,
                u"--format"_s, u"png"_s, u"--output"_s, target });
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(target + u": will not replace it"_s), qPrintable(result.err));
        }
        QVERIFY(!QFileInfo(fifo).isFile()); // still a FIFO
        QVERIFY(QFileInfo(u"/dev/null"_s).exists() && !QFileInfo(u"/dev/null"_s).isFile());
    }

    void exportReportsAFailedWrite()
    {
        const QString path = m_dir.filePath(u"no-such-folder/network.svg"_s);
        const Result result = entente({ u"export"_s, QStringLiteral(ENTENTE_SAMPLE), u"--view"_s, u"network"_s,
            u"--output"_s, path });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path + u": cannot write: "_s), qPrintable(result.err));
    }

    void exportCalendarMonth()
    {
        const QString path = m_dir.filePath(QStringLiteral("october.svg"));
        const Result result = entente({ QStringLiteral("export"), QStringLiteral(ENTENTE_SAMPLE), QStringLiteral("--view"),
            QStringLiteral("calendar"), QStringLiteral("--month"), QStringLiteral("2023-10"), QStringLiteral("--output"),
            path, QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(result.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("October 2023"));
        QVERIFY(!svg.contains("July 2023"));
    }

    void exportRangesAndCaptions_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QStringList>("range");
        QTest::addColumn<QString>("caption"); // printed on stderr and under the picture
        QTest::addColumn<QString>("shown"); // in the picture
        QTest::addColumn<QString>("hidden"); // not in the picture
        QTest::newRow("timeline") << u"timeline"_s << QStringList { u"--from"_s, u"2023-07-01"_s, u"--to"_s, u"2023-07-31"_s }
                                  << u"Meetings over time, by actor pair · 1–31 July 2023 · lanes: actor pairs"_s << u"July 2023"_s
                                  << u"October 2023"_s;
        QTest::newRow("issues") << u"issues"_s << QStringList { u"--from"_s, u"2023-07"_s, u"--to"_s, u"2023-08"_s }
                                << u"Status of open issues · 1 July 2023 – 31 August 2023 · no filters"_s << u"August 2023"_s
                                << u"October 2023"_s;
        QTest::newRow("meetings") << u"meetings"_s << QStringList { u"--from"_s, u"2023-07"_s, u"--to"_s, u"2023-07"_s }
                                  << u"Meetings per week · 26 June 2023 – 6 August 2023 · meetings starting in the range only"_s
                                  << u"10 Jul 2023"_s << u"Oct 2023"_s;
        QTest::newRow("calendar months") << u"calendar"_s << QStringList { u"--from"_s, u"2023-06"_s, u"--to"_s, u"2023-10"_s }
                                         << u"Calendar, year view · June 2023 – October 2023 · no filters"_s << u"September 2023 (0)"_s
                                         << u"November 2023"_s;
        QTest::newRow("network") << u"network"_s << QStringList { u"--from"_s, u"2023-07-01"_s, u"--to"_s, u"2023-07-31"_s }
                                 << u"Actor network · 1 July 2023 – 31 July 2023 · actors without meetings hidden"_s
                                 << u"Janet Yellen"_s << u"Joe Biden"_s; // his summit is in October: not a node of July
    }
    void exportRangesAndCaptions()
    {
        QFETCH(QString, view);
        QFETCH(QStringList, range);
        QFETCH(QString, caption);
        QFETCH(QString, shown);
        QFETCH(QString, hidden);
        const QString path = m_dir.filePath(view + u"-range.svg"_s);
        const Result result = entente(QStringList { u"export"_s, QStringLiteral(ENTENTE_SAMPLE), u"--view"_s, view, u"--output"_s,
                                          path, u"--lang"_s, u"en_GB"_s }
            + range);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(path + u": "_s + caption), qPrintable(result.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY2(svg.contains(caption), qPrintable(caption));
        QVERIFY2(svg.contains(shown), qPrintable(shown));
        QVERIFY2(hidden.isEmpty() || !svg.contains(hidden), qPrintable(hidden));
    }

    void exportOfFarApartYearsIsSmall()
    {
        // One meeting in year 1 and one in 9999: a hundred bars of a century, not 120,000 of a month.
        const QString path = write(u"far-apart.entente"_s,
            "Two meetings far apart.\n=== entente ===\narticle: date=2024-01-01; title=Far apart\n"
            "actor a: Alpha; person; X\nactor b: Beta; person; Y\n"
            "meeting ancient: a, b; 0001-01-01; status=held\nmeeting future: a, b; 9999-12-31; status=planned\n");
        for (const QString& view : { u"meetings"_s, u"timeline"_s, u"calendar"_s, u"issues"_s }) {
            const QString output = m_dir.filePath(u"far-"_s + view + u".svg"_s);
            const Result result = entente({ u"export"_s, path, u"--view"_s, view, u"--output"_s, output, u"--lang"_s, u"en"_s });
            QCOMPARE(result.exitCode, 0);
            QFile file(output);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray svg = file.readAll();
            QVERIFY(svg.size() < 2'000'000);
            if (view == u"meetings") {
                QVERIFY(svg.contains("Meetings per century"));
                QVERIFY(svg.contains("1 – 9999"));
            }
        }
    }

    // brat is written one article at a time, each read again from its file: the files are the bytes
    // the export of the whole articles in memory makes, and no others.
    void bratExportWritesTheBytesOfTheWholeArticles()
    {
        const QStringList articles { QStringLiteral(ENTENTE_SAMPLE),
                                     QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/exchange") };
        const QString folder = m_dir.filePath(u"brat-bytes"_s);
        const Result result = entente(QStringList { u"export"_s } + articles
                                      + QStringList { u"--format"_s, u"brat"_s, u"--output"_s, folder });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(u"Wrote 3 article"_s), qPrintable(result.out));
        QList<Entente::Document> documents;
        for (const QString& file : Entente::Format::articleFiles(articles))
            documents.append(Entente::Format::load(file));
        const auto expected
            = Entente::Exchange::BratExport::write(Entente::Corpus::merge(std::move(documents)), {});
        QStringList expectedPaths;
        for (const Entente::Exchange::OutputFile& file : expected.files) {
            expectedPaths.append(file.path);
            QFile written(folder + u'/' + file.path);
            QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(file.path));
            QCOMPARE(written.readAll(), file.bytes);
        }
        QStringList paths;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(QDir(folder).relativeFilePath(it.next()));
        paths.sort();
        expectedPaths.sort();
        QCOMPARE(paths, expectedPaths);
    }

    void badUsageExitsWithTwo()
    {
        QCOMPARE(entente({ QStringLiteral("--check") }).exitCode, 2);
        QCOMPARE(entente({ QStringLiteral("--check"), QStringLiteral("--dump"), QStringLiteral(ENTENTE_SAMPLE) }).exitCode, 2);
    }

    void suggestWritesAnArticleThatParses()
    {
        const QByteArray raw = Entente::Format::encodePlainText(Entente::Format::load(QStringLiteral(ENTENTE_SAMPLE)));
        const QString rawPath = write(u"raw-article.txt"_s, raw);
        const Result result = entente({ u"suggest"_s, rawPath, u"--date"_s, u"2023-07-12"_s });
        QCOMPARE(result.exitCode, 0);
        const Entente::Document doc = Entente::Format::parse(result.out, u"suggested.entente"_s);
        QStringList diagnostics;
        for (const Entente::Diagnostic& diagnostic : doc.diagnostics)
            diagnostics.append(diagnostic.toString());
        QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(diagnostics.join(u'\n')));
        QCOMPARE(Entente::Format::encodePlainText(doc), raw);
        QCOMPARE(doc.article.date, QDate(2023, 7, 12));
        const auto jakarta = std::find_if(doc.meetings.cbegin(), doc.meetings.cend(),
            [](const Entente::Meeting& meeting) { return meeting.place == u"Jakarta"; });
        QVERIFY2(jakarta != doc.meetings.cend(), qPrintable(result.out));
        QCOMPARE(jakarta->start.toString(), u"2023-07-13"_s);
        QCOMPARE(Entente::toString(jakarta->status), u"planned"_s);
        QCOMPARE(jakarta->participants, QStringList({ u"antony-blinken"_s, u"wang-yi"_s }));
        QVERIFY(result.out.contains(u"[is scheduled to meet]{meeting="_s + jakarta->id + u'}'));

        // --output writes the same bytes to the file and nothing to standard output.
        const QString outputPath = m_dir.filePath(u"suggested.entente"_s);
        const Result written = entente({ u"suggest"_s, rawPath, u"--date"_s, u"2023-07-12"_s, u"--output"_s, outputPath });
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.out.isEmpty());
        QFile file(outputPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), result.out);
        QCOMPARE(entente({ u"--check"_s, outputPath }).exitCode, 0);
    }

    void suggestNeedsADate()
    {
        const QString undated = write(u"undated.txt"_s, "The foreign ministers will meet in Jakarta on Thursday.\n");
        const Result noDate = entente({ u"suggest"_s, undated });
        QCOMPARE(noDate.exitCode, 2);
        QVERIFY2(noDate.err.contains(u"--date"_s) && noDate.err.contains(undated), qPrintable(noDate.err));
        QVERIFY(noDate.out.isEmpty());

        const QString dateline = write(u"dateline.txt"_s, "JAKARTA, July 12, 2023 \xe2\x80\x94 The foreign ministers will meet on Thursday.\n");
        const Result guessed = entente({ u"suggest"_s, dateline });
        QCOMPARE(guessed.exitCode, 0);
        QVERIFY(guessed.out.contains(u"on [Thursday]{date=2023-07-13}"_s)); // TIMEX3 extents: no preposition
        QVERIFY(guessed.err.contains(u"2023-07-12"_s)); // says that it guessed

        QCOMPARE(entente({ u"suggest"_s, undated, u"--date"_s, u"12/07/2023"_s }).exitCode, 2);
        const Result missing = entente({ u"suggest"_s, m_dir.filePath(u"missing.txt"_s), u"--date"_s, u"2023-07-12"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"missing.txt"_s));
        QCOMPARE(entente({ u"suggest"_s }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
