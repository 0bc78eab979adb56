// Pre-tagger throughput: suggest() over a few MB of raw news text, on one thread. Reports MB/s of
// UTF-8 input (run it pinned to one core: `taskset -c 1 bench_suggest`); the target is >= 1 MB/s.
//
// The text is the shipped sample's article (its plain text) repeated with variations, so that every
// finder runs its ordinary path: names, weekdays, months and cities change from copy to copy and the
// text stays one article with its paragraphs.
#include "datenormalizer.h"
#include "format.h"
#include "suggester.h"
#include "suggestevaluation.h"
#include "suggestfile.h"

#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrentMap>

#include <sys/resource.h>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 textTarget = 4ll * 1024 * 1024; // bytes of UTF-8
constexpr double mb = 1024.0 * 1024.0;

QString generatedText()
{
    const QString article = Format::load(QStringLiteral(ENTENTE_SAMPLE)).plainText();
    const QStringList weekdays = { u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s, u"Friday"_s };
    const QStringList months = { u"July"_s, u"August"_s, u"March"_s, u"November"_s };
    const QStringList cities = { u"Jakarta"_s, u"Geneva"_s, u"Seoul"_s, u"Vienna"_s, u"Nairobi"_s };
    const QStringList surnames = { u"Blinken"_s, u"Holloway"_s, u"Marchand"_s, u"Brenner"_s };
    QString text;
    text.reserve(textTarget + article.size());
    qint64 bytes = 0;
    for (int copy = 0; bytes < textTarget; ++copy) {
        QString variant = article;
        variant.replace(u"Thursday"_s, weekdays[copy % weekdays.size()]);
        variant.replace(u"July"_s, months[copy % months.size()]);
        variant.replace(u"Jakarta"_s, cities[copy % cities.size()]);
        variant.replace(u"Blinken"_s, surnames[copy % surnames.size()]);
        variant.replace(u"16"_s, QString::number(1 + copy % 27));
        if (!variant.endsWith(u'\n'))
            variant += u'\n';
        bytes += variant.toUtf8().size();
        text += variant;
    }
    return text;
}

} // namespace

class BenchSuggest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeFile_data();
    void largeFile(); // first: the peak memory it reports is the process's
    void corpus();
    void quality();
    void throughput();
    void sampleArticle();
};

qint64 peakMemory()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
}

// A 200 MB raw article (ENTENTE_LARGE_MB to change it), pre-tagged into a file as `entente suggest`
// does: the process's peak memory must stay within 4 times the file's size, whatever its line breaks
// (with CR-only breaks or none the whole file was one block: 3.9 GB for 200 MB).
void BenchSuggest::largeFile_data()
{
    QTest::addColumn<QString>("lineBreak");
    QTest::newRow("LF") << u"\n"_s;
    QTest::newRow("CR") << u"\r"_s;
    QTest::newRow("one line") << u" "_s;
}

void BenchSuggest::largeFile()
{
    QFETCH(QString, lineBreak);
    const qint64 megabytes = qEnvironmentVariableIsSet("ENTENTE_LARGE_MB") ? qEnvironmentVariableIntValue("ENTENTE_LARGE_MB") : 200;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(u"large.txt"_s);
    {
        const QByteArray piece = generatedText().replace(u'\n', lineBreak).toUtf8();
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        while (file.size() < megabytes * 1024 * 1024)
            QVERIFY(file.write(piece) == piece.size());
    }
    const qint64 size = QFileInfo(input).size();
    const qint64 before = peakMemory();
    QFile output(dir.filePath(u"large.entente"_s));
    QVERIFY(output.open(QIODevice::WriteOnly));
    QElapsedTimer timer;
    timer.start();
    const Suggest::FileResult result = Suggest::suggestFile(input, &output, Suggest::Options(QDate(2023, 7, 12)));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.streamed);
    const qint64 peak = peakMemory();
    qInfo("large file: %.0f MB in %.1f s (%.2f MB/s), %d meetings; peak memory %.0f MB (%.0f MB before) = %.2f x the file",
        double(size) / mb, seconds, double(size) / mb / seconds, result.meetings, double(peak) / mb, double(before) / mb,
        double(peak) / double(size));
    QVERIFY2(peak <= 4 * size, "peak memory over 4 times the input's size");
}

// 1,000 raw articles pre-tagged into a folder on two threads, as `entente suggest FOLDER
// --output-dir` and "Suggest for All Articles" do.
void BenchSuggest::corpus()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString article = Format::load(QStringLiteral(ENTENTE_SAMPLE)).plainText();
    const QStringList surnames = { u"Blinken"_s, u"Holloway"_s, u"Marchand"_s, u"Brenner"_s, u"Tanaka"_s };
    QStringList inputs;
    for (int n = 0; n < 1000; ++n) {
        QString text = u"WASHINGTON, July %1, 2023 \u2014 "_s.arg(1 + n % 28) + article;
        text.replace(u"Blinken"_s, surnames[n % surnames.size()]);
        const QString path = dir.filePath(u"article-%1.txt"_s.arg(n, 4, 10, QLatin1Char('0')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        inputs.append(path);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    std::atomic<int> meetings = 0;
    QElapsedTimer timer;
    timer.start();
    QtConcurrent::blockingMap(&pool, inputs, [&](const QString& path) {
        QFile output(path + u".entente"_s);
        if (!output.open(QIODevice::WriteOnly))
            return;
        meetings += Suggest::suggestFile(path, &output, Suggest::Options()).meetings;
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qInfo("corpus: 1000 articles in %.2f s on 2 threads (%d meetings)", seconds, meetings.load());
    QVERIFY(meetings > 1000);
    QVERIFY2(seconds < 10, "1,000 articles took 10 s or more");
}

// The shared development sets (../shared next to the main checkout), or ENTENTE_SHARED.
QString sharedDirectory()
{
    if (const QString set = qEnvironmentVariable("ENTENTE_SHARED"); !set.isEmpty())
        return set;
    for (const QString& relative : { u"/../shared"_s, u"/../../shared"_s }) {
        if (QDir(QStringLiteral(ENTENTE_SOURCE_DIR) + relative).exists())
            return QDir::cleanPath(QStringLiteral(ENTENTE_SOURCE_DIR) + relative);
    }
    return {};
}

// Precision, recall and value accuracy on every development set, development and checking parts.
// ENTENTE_SUGGEST_MISSES=1 also prints what was missed (development parts only: the checking parts
// are for measuring, not for reading).
void BenchSuggest::quality()
{
    using namespace Entente::Evaluation;
    const QString shared = sharedDirectory();
    const QString own = QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data");
    const bool showMisses = qEnvironmentVariableIsSet("ENTENTE_SUGGEST_MISSES");
    const auto print = [&](const QString& set, const PartFigures& figures, const QString& skipped) {
        if (!skipped.isEmpty()) {
            qInfo("%s: skipped: %s", qPrintable(set), qPrintable(skipped));
            return;
        }
        for (const QString& line : report(set, figures))
            qInfo("%s", qPrintable(line));
        if (showMisses) {
            for (const QString& miss : figures.development.misses)
                qInfo("    %s", qPrintable(miss));
        }
    };
    QString skipped;
    print(u"MEANTIME"_s, evaluateMeantime(shared + u"/data/meantime/intra_cross-doc_annotation"_s, &skipped), skipped);
    skipped.clear();
    print(u"PETRARCH unit tests (036/04x)"_s, evaluatePetrarch(shared + u"/data/petrarch2/PETR.UnitTest.records.xml"_s, &skipped), skipped);
    skipped.clear();
    print(u"samples"_s, evaluateSamples(shared + u"/samples"_s, own + u"/suggest/samples.tsv"_s, &skipped), skipped);
    skipped.clear();
    print(u"project meeting sentences"_s, evaluateMeetingSentences(own + u"/meetings.tsv"_s, &skipped), skipped);
    skipped.clear();
    print(u"project news-style meeting sentences"_s, evaluateMeetingSentences(own + u"/suggest/meetings-news.tsv"_s, &skipped), skipped);
    skipped.clear();
    print(u"project articles"_s, evaluateArticles(own + u"/suggest/articles"_s, own + u"/suggest/articles.tsv"_s, &skipped), skipped);
}

void BenchSuggest::throughput()
{
    const QString text = generatedText();
    const double megabytes = double(text.toUtf8().size()) / mb;
    Suggest::Options options;
    options.articleDate = QDate(2023, 7, 12);
    Suggest::suggest(u"Warm-up: US Secretary of State Antony Blinken will meet Wang Yi on Thursday."_s, options); // loads the word lists
    QElapsedTimer phase;
    phase.start();
    const Suggest::TokenizedText tokens = Suggest::tokenize(text);
    const double tokenizeSeconds = double(phase.nsecsElapsed()) / 1e9;
    phase.restart();
    const qsizetype dates = Suggest::normalizeDates(tokens, options.articleDate).size();
    qInfo("phases: tokenize %.1f MB/s (%lld tokens), dates %.1f MB/s (%lld dates)", megabytes / tokenizeSeconds,
        qint64(tokens.tokens.size()), megabytes / (double(phase.nsecsElapsed()) / 1e9), qint64(dates));
    QElapsedTimer timer;
    timer.start();
    const Suggest::Result result = Suggest::suggest(text, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qInfo("suggest: %.2f MB in %.3f s: %.2f MB/s (%lld marks, %lld meetings, %lld actors)", megabytes, seconds,
        megabytes / seconds, qint64(result.marks.size()), qint64(result.meetings.size()), qint64(result.actors.size()));
    QElapsedTimer annotateTimer;
    annotateTimer.start();
    const QString annotated = Suggest::annotate(text, result);
    qInfo("annotate: %.2f MB/s", megabytes / (double(annotateTimer.nsecsElapsed()) / 1e9));
    QVERIFY(result.meetings.size() > 1000);
    QVERIFY(annotated.size() > text.size());
}

void BenchSuggest::sampleArticle()
{
    const QString text = Format::load(QStringLiteral(ENTENTE_SAMPLE)).plainText();
    Suggest::Options options;
    options.articleDate = QDate(2023, 7, 12);
    QBENCHMARK {
        const Suggest::Result result = Suggest::suggest(text, options);
        QVERIFY(!result.meetings.isEmpty());
    }
}

QTEST_GUILESS_MAIN(BenchSuggest)
#include "bench_suggest.moc"
