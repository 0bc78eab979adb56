// `entente suggest` through the real executable: one article to standard output, a folder of
// articles into an output folder on several threads, actor dictionaries and the learned lexicon.
#include "format.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestSuggestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList& arguments)
    {
        QProcess process;
        process.setProgram(QStringLiteral(ENTENTE_EXECUTABLE));
        process.setArguments(QStringList { u"suggest"_s } + arguments);
        process.start();
        if (!process.waitForFinished(60000))
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void oneArticle();
    void folderIntoOutputFolder();
    void outputNeverReplacesSpecialFiles();
};

// --output onto a FIFO (or a device, or a folder) is refused before anything is written: the atomic
// rename would have replaced it with an ordinary file.
void TestSuggestCli::outputNeverReplacesSpecialFiles()
{
    const QString dated = write(u"special/dated.txt"_s,
        "OSLO, May 20, 2024 \xE2\x80\x94 Foreign Minister Kari Lund will meet Sudanese envoy Hamid Osman on Friday.\n");
    const QString fifo = m_dir.filePath(u"special/out.entente"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run refused = run({ dated, u"--output"_s, fifo });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"FIFO"_s), qPrintable(refused.err));
    QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile()); // still the FIFO
    const Run folder = run({ dated, u"--output"_s, m_dir.filePath(u"special"_s) });
    QCOMPARE(folder.exitCode, 1);
    QVERIFY(QFileInfo(m_dir.filePath(u"special"_s)).isDir());
}

void TestSuggestCli::oneArticle()
{
    const QString dated = write(u"one/dated.txt"_s,
        "OSLO, May 20, 2024 \xE2\x80\x94 Foreign Minister Kari Lund will meet Sudanese envoy Hamid Osman on Friday.\n");
    const Run ok = run({ dated });
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.err.contains(u"dateline"_s), qPrintable(ok.err));
    const Document document = Format::parse(ok.out);
    QVERIFY(document.diagnostics.isEmpty());
    QCOMPARE(document.meetings.size(), 1);
    QCOMPARE(document.meetings.first().start.toString(), u"2024-05-24"_s);
    // With --output: the same text in the file, the same notes and nothing else on standard error
    // (it said "QIODevice::write (QFile, \"\"): device not open" after every run).
    const QString output = m_dir.filePath(u"one/dated.entente"_s);
    const Run toFile = run({ dated, u"--output"_s, output });
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.err, ok.err);
    QVERIFY(toFile.out.isEmpty());
    QFile written(output);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), ok.out);

    const QString undated = write(u"one/undated.txt"_s, "Foreign Minister Kari Lund will meet Hamid Osman on Friday.\n");
    const Run noDate = run({ undated });
    QCOMPARE(noDate.exitCode, 2);
    QVERIFY(noDate.err.contains(u"--date"_s));
    QCOMPARE(run({ undated, u"--date"_s, u"2024-05-20"_s }).exitCode, 0);

    const QString notADictionary = write(u"one/empty.actors"_s, "\n");
    QCOMPARE(run({ dated, u"--actors"_s, notADictionary }).exitCode, 1);
}

void TestSuggestCli::folderIntoOutputFolder()
{
    const QByteArray dateline = "OSLO, May 20, 2024 \xE2\x80\x94 ";
    for (int n = 0; n < 6; ++n) {
        write(u"corpus/article-%1.txt"_s.arg(n),
            dateline + "Minister Lund will meet Sudanese envoy Hamid Osman on Friday in Oslo.\n");
    }
    write(u"corpus/sub/undated.txt"_s, "Minister Lund met Hamid Osman on Friday.\n");
    // The folder's learned lexicon and an actor dictionary.
    write(u"corpus/entente-lexicon.tsv"_s, "actor\tKari Lund\tperson\tNorway\tForeign Minister\tLund\tkari-lund\n");
    const QString dictionary = write(u"dictionaries/test.actors.txt"_s, "HAMID_OSMAN_\n\t[SDNGOV >20200101]\n");
    const QString output = m_dir.filePath(u"out"_s);
    const Run batch = run({ m_dir.filePath(u"corpus"_s), u"--output-dir"_s, output, u"--jobs"_s, u"2"_s, u"--actors"_s, dictionary });
    QCOMPARE(batch.exitCode, 0);
    QVERIFY2(batch.err.contains(u"7/7 articles"_s), qPrintable(batch.err));
    // The article without a date is named, first, before the summary.
    QVERIFY2(batch.err.indexOf(u"undated.txt: warning: no publication date"_s) < batch.err.indexOf(u"7 of 7 articles"_s), qPrintable(batch.err));
    QFile annotated(output + u"/article-3.entente"_s);
    QVERIFY(annotated.open(QIODevice::ReadOnly));
    const Document document = Format::parse(QString::fromUtf8(annotated.readAll()));
    QVERIFY(document.diagnostics.isEmpty());
    QCOMPARE(document.meetings.size(), 1);
    QCOMPARE(document.meetings.first().participants, QStringList({ u"kari-lund"_s, u"hamid-osman"_s }));
    const Actor& osman = document.actors[document.actorIndex(u"hamid-osman"_s)];
    QCOMPARE(osman.side, u"Sudan"_s); // from the dictionary's code on the article's date
    QVERIFY(QFileInfo::exists(output + u"/sub/undated.entente"_s));
    QVERIFY(!QFileInfo::exists(output + u"/entente-lexicon.entente"_s));
}

QTEST_GUILESS_MAIN(TestSuggestCli)
#include "tst_suggestcli.moc"
