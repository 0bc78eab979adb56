// Renaming an actor that every open article names, on generated corpora (1,000 and 10,000 articles by
// default; ENTENTE_BENCH_SIZES): the plan alone (CorpusEdits::renameId), and the whole change in the
// window's ArticleSet: the articles never shown get their text set without a text document, the
// corpus is updated once; then its undo and redo. Target: < 1 s at 1,000 articles. Last, in the
// window (models and views listening) on a generated folder: the rename of the actor most articles
// define or name, and its undo. Also the plans of Merge Actor Into and of removing the record, and
// the corpus update alone (CPU time: `-perf -perfcounter task-clock`).
#include "articleloader.h"
#include "articleset.h"
#include "autosaver.h"
#include "benchcorpus.h"
#include "corpuseditor.h"
#include "corpusedits.h"
#include "corpusstore.h"
#include "format.h"
#include "mainwindow.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Entente;
using namespace Entente::Testing;
using namespace Qt::StringLiterals;

namespace {

// Generated articles that each also name one shared envoy: marked in the first line and defined in
// the records section, so that a rename of it changes every article. With a deputy, each also marks
// and defines a second shared actor (with an alias of its own), to merge the envoy into.
QList<Document> articlesNamingTheEnvoy(int count, bool withDeputy = false)
{
    CorpusSpec spec;
    spec.articles = count;
    CorpusGenerator generator(spec);
    QList<Document> documents;
    documents.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString text = u"[The envoy]{actor=envoy} attended.\n"_s;
        if (withDeputy)
            text += u"[The deputy]{actor=deputy} came too.\n"_s;
        text += generator.article(i);
        if (!text.endsWith(u'\n'))
            text += u'\n';
        text += u"actor envoy: Shared Envoy; person; USA\n"_s;
        if (withDeputy)
            text += u"actor deputy: Shared Deputy; person; USA; aliases=Deputy %1\n"_s.arg(i);
        documents.append(Format::parse(text, u"/bench/"_s + generator.fileName(i)));
    }
    return documents;
}

} // namespace

class BenchCrossArticleEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_recovery;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plan_data()
    {
        QTest::addColumn<int>("articles");
        for (const int n : benchmarkSizes())
            QTest::addRow("%d articles", n) << n;
    }
    void plan()
    {
        QFETCH(int, articles);
        const Corpus corpus = Corpus::merge(articlesNamingTheEnvoy(articles));
        QCOMPARE(corpus.actorSources(u"envoy"_s).size(), articles);
        CorpusEdits::Plan plan;
        QBENCHMARK {
            plan = CorpusEdits::renameId(corpus, MarkKind::Actor, u"envoy"_s, u"shared-envoy"_s);
        }
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.changes.size(), articles);
        QCOMPARE(plan.marks(), articles);
    }

    // The other changes across articles, planned: merge the envoy into the deputy (both in every
    // article), and remove the envoy from every article.
    void mergePlan_data() { plan_data(); }
    void mergePlan()
    {
        QFETCH(int, articles);
        const Corpus corpus = Corpus::merge(articlesNamingTheEnvoy(articles, true));
        CorpusEdits::Plan plan;
        QBENCHMARK {
            plan = CorpusEdits::merge(corpus, MarkKind::Actor, u"envoy"_s, u"deputy"_s);
        }
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.changes.size(), articles);
        QCOMPARE(plan.marks(), articles);
    }
    void removePlan_data() { plan_data(); }
    void removePlan()
    {
        QFETCH(int, articles);
        const Corpus corpus = Corpus::merge(articlesNamingTheEnvoy(articles));
        CorpusEdits::Plan plan;
        QBENCHMARK {
            plan = CorpusEdits::removeRecord(corpus, MarkKind::Actor, u"envoy"_s);
        }
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.changes.size(), articles);
    }

    // The corpus's own share of a change across articles: every article replaced at once by its
    // renamed text (already parsed), then back (each id recomputed once per update).
    void corpusUpdate_data() { plan_data(); }
    void corpusUpdate()
    {
        QFETCH(int, articles);
        const QList<Document> documents = articlesNamingTheEnvoy(articles);
        Corpus corpus = Corpus::merge(documents);
        const CorpusEdits::Plan plan = CorpusEdits::renameId(corpus, MarkKind::Actor, u"envoy"_s, u"shared-envoy"_s);
        QList<std::pair<int, Document>> renamed;
        QList<std::pair<int, Document>> original;
        for (const CorpusEdits::ArticleChange& change : plan.changes) {
            renamed.append({ change.document, Format::parse(change.after, documents.at(change.document).fileName) });
            original.append({ change.document, documents.at(change.document) });
        }
        QBENCHMARK_ONCE {
            corpus.replaceDocuments(renamed);
            corpus.replaceDocuments(original);
        }
        QCOMPARE(corpus.actorSources(u"envoy"_s).size(), articles);
        QVERIFY(!corpus.defines(MarkKind::Actor, u"shared-envoy"_s));
    }

    void renameOpenArticles_data() { plan_data(); }
    void renameOpenArticles()
    {
        QFETCH(int, articles);
        QList<Document> documents = articlesNamingTheEnvoy(articles);
        CorpusStore store;
        ArticleSet set(&store);
        Corpus merged = Corpus::merge(documents);
        set.adopt(std::move(documents), QList<bool>(articles, false), QList<FileState>(articles), std::move(merged),
                  store.revision());
        QString error;
        bool renamed = false;
        QBENCHMARK_ONCE {
            renamed = set.corpusEditor()->rename(MarkKind::Actor, u"envoy"_s, u"shared-envoy"_s, &error);
        }
        QVERIFY2(renamed, qPrintable(error));
        QVERIFY(store.corpus().defines(MarkKind::Actor, u"shared-envoy"_s));
        QVERIFY(!store.corpus().defines(MarkKind::Actor, u"envoy"_s));
        qInfo().noquote() << set.corpusEditor()->lastMessage();

        // Undo and redo once more, now that every article has its text document.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(set.corpusEditor()->undo(nullptr));
        const qint64 undoMs = timer.restart();
        QVERIFY(set.corpusEditor()->redo(nullptr));
        const qint64 redoMs = timer.elapsed();
        qInfo("undo %lld ms, redo %lld ms (%d articles)", undoMs, redoMs, articles);
        QCOMPARE(store.corpus().actorSources(u"shared-envoy"_s).size(), articles);
    }

    void renameInTheWindow_data() { plan_data(); }
    void renameInTheWindow()
    {
        QFETCH(int, articles);
        const QString folder = benchmarkCorpus(articles);
        QVERIFY(!folder.isEmpty());
        MainWindow window;
        window.autoSaver()->setDirectory(m_recovery.path());
        QSignalSpy opened(window.loader(), &ArticleLoader::finished);
        window.startOpening({ folder });
        QVERIFY(opened.wait(600000));
        const Corpus& corpus = window.store()->corpus();
        QString busiest;
        qsizetype uses = 0;
        for (const Actor& actor : corpus.actors) {
            const qsizetype n = CorpusEdits::documentsUsing(corpus, MarkKind::Actor, actor.id).size();
            if (n > uses) {
                uses = n;
                busiest = actor.id;
            }
        }
        QString error;
        bool renamed = false;
        QElapsedTimer timer;
        QBENCHMARK_ONCE {
            timer.start();
            renamed = window.articles()->corpusEditor()->rename(MarkKind::Actor, busiest, busiest + u"-renamed"_s, &error);
        }
        const qint64 renameMs = timer.elapsed();
        QVERIFY2(renamed, qPrintable(error));
        const QString message = window.articles()->corpusEditor()->lastMessage();
        // The recovery copies of the changed articles, which autosave writes a moment later on its
        // writer thread. A heartbeat timer on the UI thread measures the longest stall meanwhile.
        int changed = 0;
        for (int i = 0; i < window.articles()->count(); ++i)
            changed += window.articles()->isModified(i) ? 1 : 0;
        QSignalSpy written(window.autoSaver(), &AutoSaver::written);
        QElapsedTimer beat;
        qint64 longestStallNs = 0;
        QTimer heartbeat;
        heartbeat.setInterval(1);
        connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
            longestStallNs = std::max(longestStallNs, beat.nsecsElapsed());
            beat.restart();
        });
        window.autoSaver()->setDelays(50, 200);
        timer.restart();
        beat.start();
        heartbeat.start();
        while (written.size() < changed && timer.elapsed() < 600000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        heartbeat.stop();
        const qint64 autosaveMs = timer.elapsed();
        QCOMPARE(written.size(), changed);
        qInfo("window: autosave of %d changed articles done after %lld ms; longest UI-thread stall meanwhile %.1f ms",
              changed, autosaveMs, double(longestStallNs) / 1e6);
        timer.restart();
        QVERIFY(window.articles()->corpusEditor()->undo(nullptr));
        const qint64 undoMs = timer.elapsed();
        qInfo("window: rename %lld ms, undo %lld ms, autosave of the changed articles %lld ms; %s", renameMs, undoMs,
              autosaveMs, qPrintable(message));
        QVERIFY(window.store()->corpus().defines(MarkKind::Actor, busiest));
    }
};

QTEST_MAIN(BenchCrossArticleEdits)
#include "bench_crossarticleedits.moc"
