// The duplicate finder's quality on MEANTIME and its speed on generated corpora. Prints figures;
// asserts nothing about time.
//
// Quality: actors made from MEANTIME's person and organisation entities (tests/meantimeactors.h),
// scored by pairwise precision and recall of "the same entity" against MEANTIME's cross-document
// instance ids. The topics airbus and apple are for development; gm and stock are held out (chosen
// before any tuning, and only measured). Skipped when the data is not there.
//
// ENTENTE_BENCH_VERBOSE=1 lists the wrong proposals (look only at the development part's).
//
// Speed: findDuplicates on generated corpora (1,000 and 10,000 articles; ENTENTE_BENCH_SIZES), and
// the real `entente duplicates FOLDER` on 10,000 articles, reading and parsing included.
#include "benchcorpus.h"
#include "duplicatefinder.h"
#include "format.h"
#include "meantimeactors.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QtConcurrentMap>
#include <cstdio>
#include <sys/resource.h>

using namespace Entente;
using namespace Entente::Testing;
using namespace Qt::StringLiterals;

namespace {

struct Quality
{
    int actors = 0;
    qint64 gold = 0; // pairs of actors that are one entity
    qint64 predicted = 0; // pairs the proposals put together (through chains of proposals)
    qint64 correct = 0;
    int proposals = 0;
    int correctProposals = 0; // proposals whose two actors are one entity
    double precision() const { return predicted ? double(correct) / double(predicted) : 1.0; }
    double recall() const { return gold ? double(correct) / double(gold) : 1.0; }
    double f1() const
    {
        return precision() + recall() > 0 ? 2 * precision() * recall() / (precision() + recall()) : 0;
    }
};

qint64 pairsOf(qint64 n)
{
    return n * (n - 1) / 2;
}

QString rootOf(QHash<QString, QString>& parent, QString id)
{
    while (parent.contains(id) && parent.value(id) != id)
        id = parent.value(id);
    return id;
}

Quality measure(const QList<MeantimeArticle>& articles, double minimumScore)
{
    QList<Document> documents;
    QHash<QString, QString> instanceOf;
    for (const MeantimeArticle& article : articles) {
        documents.append(article.document);
        instanceOf.insert(article.instanceOf);
    }
    const Corpus corpus = Corpus::merge(documents);
    DuplicateOptions options;
    options.minimumScore = minimumScore;
    const QList<DuplicateProposal> proposals = findDuplicates(corpus, options);

    Quality quality;
    quality.actors = int(corpus.actors.size());
    QHash<QString, qint64> perInstance;
    for (const Actor& actor : corpus.actors) {
        if (const QString instance = instanceOf.value(actor.id); !instance.isEmpty())
            ++perInstance[instance];
    }
    for (const qint64 n : std::as_const(perInstance))
        quality.gold += pairsOf(n);

    QHash<QString, QString> parent;
    for (const DuplicateProposal& proposal : proposals) {
        if (proposal.kind != MarkKind::Actor)
            continue;
        ++quality.proposals;
        const QString a = instanceOf.value(proposal.keepId);
        if (!a.isEmpty() && a == instanceOf.value(proposal.mergeId))
            ++quality.correctProposals;
        else if (qEnvironmentVariableIsSet("ENTENTE_BENCH_VERBOSE")) // the wrong ones, for development
            std::printf("    wrong at %.2f: %s / %s: %s\n", proposal.score, qPrintable(proposal.keepLabel),
                        qPrintable(proposal.mergeLabel), qPrintable(proposal.reason));
        parent.insert(rootOf(parent, proposal.mergeId), rootOf(parent, proposal.keepId));
    }
    QHash<QString, qint64> perGroup;
    QHash<QString, qint64> perGroupInstance;
    for (const Actor& actor : corpus.actors) {
        const QString group = rootOf(parent, actor.id);
        ++perGroup[group];
        if (const QString instance = instanceOf.value(actor.id); !instance.isEmpty())
            ++perGroupInstance[group + u'\n' + instance];
    }
    for (const qint64 n : std::as_const(perGroup))
        quality.predicted += pairsOf(n);
    for (const qint64 n : std::as_const(perGroupInstance))
        quality.correct += pairsOf(n);
    return quality;
}

void report(const char* part, const QStringList& topics)
{
    const QList<MeantimeArticle> articles = readMeantime(topics);
    std::printf("\nMEANTIME %s (%s): %lld articles\n", part, qPrintable(topics.join(u", "_s)),
                qlonglong(articles.size()));
    std::printf("  min score  actors  gold pairs  predicted  correct  precision  recall     F1  proposals "
                "(correct)\n");
    for (const double minimum : { 0.5, 0.7, 0.9 }) {
        const Quality q = measure(articles, minimum);
        std::printf("  %9.1f  %6d  %10lld  %9lld  %7lld  %9.3f  %6.3f  %5.3f  %9d (%d)\n", minimum, q.actors,
                    qlonglong(q.gold), qlonglong(q.predicted), qlonglong(q.correct), q.precision(),
                    q.recall(), q.f1(), q.proposals, q.correctProposals);
    }
    std::fflush(stdout);
}

Corpus loadCorpus(const QString& folder)
{
    const QStringList files = Format::articleFiles({ folder });
    return Corpus::merge(
        QtConcurrent::blockingMapped(files, [](const QString& file) { return Format::load(file); }));
}

} // namespace

class BenchDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meantimeDevelopment()
    {
        if (meantimeFolder().isEmpty())
            QSKIP("MEANTIME is not in shared/data next to the checkout (or $ENTENTE_SHARED_DATA)");
        report("development", { u"corpus_airbus"_s, u"corpus_apple"_s });
    }
    void meantimeHeldOut()
    {
        if (meantimeFolder().isEmpty())
            QSKIP("MEANTIME is not in shared/data next to the checkout (or $ENTENTE_SHARED_DATA)");
        report("held out", { u"corpus_gm"_s, u"corpus_stock"_s });
    }

    void findOnGeneratedCorpus_data()
    {
        QTest::addColumn<int>("articles");
        for (const int size : benchmarkSizes())
            QTest::addRow("%d articles", size) << size;
    }
    void findOnGeneratedCorpus()
    {
        QFETCH(int, articles);
        const QString folder = benchmarkCorpus(articles);
        QVERIFY(!folder.isEmpty());
        const Corpus corpus = loadCorpus(folder);
        QCOMPARE(corpus.documents.size(), articles);
        QList<DuplicateProposal> proposals;
        QElapsedTimer timer;
        timer.start();
        QBENCHMARK
        {
            proposals = findDuplicates(corpus);
        }
        std::printf("  %d articles: %lld actors, %lld meetings, %lld proposals\n", articles,
                    qlonglong(corpus.actors.size()), qlonglong(corpus.meetings.size()),
                    qlonglong(proposals.size()));
    }

    // What the analyst waits for: the command, reading and parsing included.
    void commandOnGeneratedCorpus()
    {
        const QString folder = benchmarkCorpus(10000);
        QVERIFY(!folder.isEmpty());
        qint64 best = -1;
        const auto childCpuMs = [] {
            rusage usage {};
            getrusage(RUSAGE_CHILDREN, &usage);
            return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
                + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
        };
        for (int run = 0; run < 3; ++run) {
            const qint64 cpuBefore = childCpuMs();
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral(ENTENTE_EXECUTABLE), { u"duplicates"_s, folder });
            QVERIFY(process.waitForFinished(120000));
            const qint64 ms = timer.elapsed();
            QCOMPARE(process.exitCode(), 0);
            best = best < 0 ? ms : std::min(best, ms);
            // On a busy machine the wall time says more about the others; the CPU time does not.
            std::printf("  entente duplicates, 10,000 articles: %lld ms (CPU, all threads: %lld ms)\n",
                        qlonglong(ms), qlonglong(childCpuMs() - cpuBefore));
        }
        std::printf("  best of 3: %lld ms (target < 2000 ms)\n", qlonglong(best));
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchDuplicates)
#include "bench_duplicates.moc"
