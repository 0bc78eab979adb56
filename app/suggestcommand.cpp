#include "suggestcommand.h"

#include "format.h"
#include "knowledge.h"
#include "safefile.h"
#include "suggestfile.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrentMap>

#include <cstdio>

namespace Entente::SuggestCommand {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::SuggestCommand)
};

int usageError(const QString& message)
{
    qCritical("entente suggest: %s", qPrintable(message));
    qCritical("%s", qPrintable(Text::tr("usage: entente suggest FILE [--date YYYY-MM-DD] [--output FILE] [--actors FILE]...\n"
                                        "       entente suggest FILE|FOLDER... --output-dir DIR [--date YYYY-MM-DD] [--actors FILE]...")));
    return 2;
}

// One article of a batch: where it comes from and goes, and how it went.
struct Job
{
    QString input;
    QString output;
    Suggest::Options options;
    Suggest::FileResult result;
};

// The knowledge of each folder: the dictionaries given, and the folder's learned lexicon (or the
// one given), compiled once and shared by the folder's articles.
class KnowledgeCache
{
public:
    KnowledgeCache(QList<std::shared_ptr<const Suggest::ActorDictionary>> dictionaries, QString lexicon)
        : m_dictionaries(std::move(dictionaries))
        , m_lexicon(std::move(lexicon))
    {
    }
    std::shared_ptr<const Suggest::Knowledge> forArticle(const QString& path)
    {
        const QString lexicon = m_lexicon.isEmpty()
            ? QFileInfo(path).absoluteDir().filePath(Suggest::LearnedLexicon::fileName())
            : m_lexicon;
        auto it = m_byLexicon.find(lexicon);
        if (it == m_byLexicon.end()) {
            QStringList problems;
            Suggest::LearnedLexicon learned = Suggest::LearnedLexicon::read(lexicon, &problems);
            for (const QString& problem : std::as_const(problems))
                qWarning("%s", qPrintable(problem));
            it = m_byLexicon.insert(lexicon, Suggest::Knowledge::make(m_dictionaries, std::move(learned)));
        }
        return *it;
    }

private:
    QList<std::shared_ptr<const Suggest::ActorDictionary>> m_dictionaries;
    QString m_lexicon;
    QHash<QString, std::shared_ptr<const Suggest::Knowledge>> m_byLexicon;
};

// "DIR/sub/article.entente" for "FOLDER/sub/article.txt" (a file given alone: "DIR/article.entente").
QString outputPath(const QString& input, const QStringList& roots, const QDir& outputDir)
{
    const QString absolute = QFileInfo(input).absoluteFilePath();
    QString relative = QFileInfo(input).fileName();
    for (const QString& root : roots) {
        const QFileInfo rootInfo(root);
        if (rootInfo.isDir() && absolute.startsWith(rootInfo.absoluteFilePath() + u'/')) {
            relative = QDir(rootInfo.absoluteFilePath()).relativeFilePath(absolute);
            break;
        }
    }
    const QFileInfo relativeInfo(relative);
    return outputDir.filePath(relativeInfo.path() + u'/' + relativeInfo.completeBaseName() + QStringLiteral(".entente"));
}

void runJob(Job& job)
{
    if (const QString refused = SafeFile::whyNotWritable(job.output); !refused.isEmpty()) {
        job.result.error = Text::tr("%1: error: %2").arg(job.output, refused);
        return; // never a device, FIFO or folder replaced by an ordinary file
    }
    QDir().mkpath(QFileInfo(job.output).absolutePath());
    QSaveFile file(job.output);
    if (!file.open(QIODevice::WriteOnly)) {
        job.result.error = Text::tr("%1: error: cannot write: %2").arg(job.output, file.errorString());
        return;
    }
    job.result = Suggest::suggestFile(job.input, &file, job.options);
    if (job.result.ok && !file.commit()) {
        job.result.ok = false;
        job.result.error = Text::tr("%1: error: cannot write: %2").arg(job.output, file.errorString());
    }
    if (!job.result.ok)
        file.cancelWriting();
}

int runBatch(const QStringList& paths, const QString& outputDir, const Suggest::Options& base, KnowledgeCache& knowledge, int jobsCount)
{
    const QDir dir(outputDir);
    if (!QDir().mkpath(outputDir))
        return usageError(Text::tr("cannot create the output folder '%1'").arg(outputDir));
    QList<Job> jobs;
    QStringList skipped;
    for (const QString& input : Format::articleFiles(paths)) {
        if (QFileInfo(input).fileName() == Suggest::LearnedLexicon::fileName())
            continue;
        Job job;
        job.input = input;
        job.output = outputPath(input, paths, dir);
        if (QFileInfo(job.output).absoluteFilePath() == QFileInfo(input).absoluteFilePath()) {
            skipped.append(Text::tr("%1: note: skipped: it would be overwritten").arg(input));
            continue;
        }
        job.options = base;
        job.options.knowledge = knowledge.forArticle(input);
        jobs.append(job);
    }
    if (jobs.isEmpty())
        return usageError(Text::tr("no article files (.txt, .entente) in %1").arg(paths.join(u", ")));

    QThreadPool pool;
    pool.setMaxThreadCount(jobsCount > 0 ? jobsCount : QThread::idealThreadCount());
    QElapsedTimer timer;
    timer.start();
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    int lastShown = -1;
    QObject::connect(&watcher, &QFutureWatcher<void>::progressValueChanged, &watcher, [&](int done) {
        // A line per tenth (and the last), so that logs stay short.
        const int tenth = done * 10 / int(jobs.size());
        if (tenth != lastShown || done == jobs.size()) {
            lastShown = tenth;
            std::fprintf(stderr, "%s\n", qPrintable(Text::tr("entente suggest: %1/%2 articles").arg(done).arg(jobs.size())));
        }
    });
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::map(&pool, jobs, runJob));
    if (!watcher.isFinished())
        loop.exec();

    // The report: articles without a date first (their relative dates were left out), then errors.
    int failed = 0;
    int meetings = 0;
    QStringList undated;
    for (const Job& job : std::as_const(jobs)) {
        if (!job.result.ok) {
            ++failed;
            continue;
        }
        meetings += job.result.meetings;
        if (!job.result.articleDate.isValid())
            undated.append(job.input);
    }
    for (const QString& path : std::as_const(undated))
        qWarning("%s", qPrintable(Text::tr("%1: warning: no publication date: relative dates were left out; run it again with --date YYYY-MM-DD").arg(path)));
    for (const Job& job : std::as_const(jobs)) {
        if (!job.result.ok)
            qCritical("%s", qPrintable(job.result.error));
    }
    for (const QString& note : std::as_const(skipped))
        qWarning("%s", qPrintable(note));
    qInfo("%s", qPrintable(Text::tr("entente suggest: %1 of %2 articles pre-tagged into %3 (%4 meetings) in %5 s on %6 threads")
                               .arg(jobs.size() - failed).arg(jobs.size()).arg(outputDir).arg(meetings)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1).arg(pool.maxThreadCount())));
    return failed ? 1 : 0;
}

int runOne(const QString& path, const QString& output, const Suggest::Options& options)
{
    QSaveFile file(output);
    QFile standardOutput;
    QBuffer buffer; // standard output gets nothing until the article is known to have a date
    QIODevice* device = &file;
    if (output.isEmpty()) {
        const bool large = QFileInfo(path).size() > Suggest::streamingThreshold;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly) || !buffer.open(QIODevice::WriteOnly))
            return 1;
        device = large ? static_cast<QIODevice*>(&standardOutput) : &buffer;
    } else if (const QString refused = SafeFile::whyNotWritable(output); !refused.isEmpty()) {
        qCritical("%s", qPrintable(refused)); // never a device, FIFO or folder replaced by a file
        return 1;
    } else if (!file.open(QIODevice::WriteOnly)) {
        qCritical("%s", qPrintable(Text::tr("%1: error: cannot write: %2").arg(output, file.errorString())));
        return 1;
    }
    const Suggest::FileResult result = Suggest::suggestFile(path, device, options);
    if (!result.ok) {
        qCritical("%s", qPrintable(result.error));
        if (!output.isEmpty())
            file.cancelWriting();
        return 1;
    }
    if (!result.articleDate.isValid()) {
        if (!output.isEmpty())
            file.cancelWriting();
        qCritical("%s", qPrintable(Text::tr("%1: error: no publication date: the text names none; give it with "
                                            "--date YYYY-MM-DD so that words like 'on Thursday' can be placed")
                                       .arg(path)));
        return 2;
    }
    if (result.articleDateGuessed) {
        qInfo("%s", qPrintable(Text::tr("%1: note: publication date %2 taken from the text (%3); give --date if it is wrong")
                                   .arg(path, result.articleDate.toString(Qt::ISODate), result.articleDateReason)));
    }
    if (output.isEmpty() && (standardOutput.write(buffer.data()) != buffer.data().size() || !standardOutput.flush())) {
        qCritical("%s", qPrintable(Text::tr("entente suggest: cannot write to standard output: %1")
                                       .arg(standardOutput.errorString())));
        return 1;
    }
    if (!output.isEmpty() && !file.commit()) {
        qCritical("%s", qPrintable(Text::tr("%1: error: cannot write: %2").arg(output, file.errorString())));
        return 1;
    }
    return 0;
}

} // namespace

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"),
        Text::tr("The articles' publication date, YYYY-MM-DD (default: each file's, or taken from its date line)."),
        QStringLiteral("date"));
    const QCommandLineOption output(QStringLiteral("output"),
        Text::tr("Write the annotated article to this file instead of standard output."), QStringLiteral("file"));
    const QCommandLineOption outputDir(QStringLiteral("output-dir"),
        Text::tr("Pre-tag every raw article of the files and folders given into this folder, on all cores."),
        QStringLiteral("folder"));
    const QCommandLineOption actors(QStringLiteral("actors"),
        Text::tr("An actor dictionary in the PETRARCH/Phoenix format (may be given more than once)."), QStringLiteral("file"));
    const QCommandLineOption lexicon(QStringLiteral("lexicon"),
        Text::tr("The learned lexicon to use (default: entente-lexicon.tsv in each article's folder)."), QStringLiteral("file"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), Text::tr("Threads for --output-dir (default: all cores)."),
        QStringLiteral("count"));
    const QCommandLineOption lang(QStringLiteral("lang"), Text::tr("Language."), QStringLiteral("language"));
    parser.addOptions({ date, output, outputDir, actors, lexicon, jobs, lang });
    if (!parser.parse(QStringList { QStringLiteral("entente-suggest") } + arguments))
        return usageError(parser.errorText());
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(Text::tr("name an article file, or files and folders with --output-dir"));

    Suggest::Options options;
    if (parser.isSet(date)) {
        options.articleDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.articleDate.isValid())
            return usageError(Text::tr("--date must be YYYY-MM-DD, not '%1'").arg(parser.value(date)));
    }
    QList<std::shared_ptr<const Suggest::ActorDictionary>> dictionaries;
    for (const QString& file : parser.values(actors)) {
        QString error;
        auto dictionary = Suggest::ActorDictionary::load(file, &error);
        if (!dictionary) {
            qCritical("%s", qPrintable(Text::tr("%1: error: not an actor dictionary: %2").arg(file, error)));
            return 1;
        }
        dictionaries.append(dictionary);
    }
    KnowledgeCache knowledge(dictionaries, parser.value(lexicon));

    if (parser.isSet(outputDir)) {
        if (parser.isSet(output))
            return usageError(Text::tr("give --output or --output-dir, not both"));
        return runBatch(paths, parser.value(outputDir), options, knowledge, parser.value(jobs).toInt());
    }
    if (paths.size() != 1 || QFileInfo(paths.first()).isDir())
        return usageError(Text::tr("several articles or a folder need --output-dir"));
    options.knowledge = knowledge.forArticle(paths.first());
    return runOne(paths.first(), parser.value(output), options);
}

} // namespace Entente::SuggestCommand
