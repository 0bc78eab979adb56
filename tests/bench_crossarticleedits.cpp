// Renaming an actor that every open article names, on generated corpora (1,000 and 10,000 articles by
// default; ENTENTE_BENCH_SIZES): the plan alone (CorpusEdits::renameId), and the whole change in the
// window's ArticleSet: text documents made for articles never shown, the edits applied as one undo
// step per article, the corpus updated incrementally; then its undo. Target: < 1 s at 1,000 articles.
#include "articleset.h"
#include "benchcorpus.h"
#include "corpuseditor.h"
#include "corpusedits.h"
#include "corpusstore.h"
#include "format.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Entente;
using namespace Entente::Testing;
using namespace Qt::StringLiterals;

namespace {

// Generated articles that each also name one shared envoy: marked in the first line and defined in
// the records section, so that a rename of it changes every article.
QList<Document> articlesNamingTheEnvoy(int count)
{
    CorpusSpec spec;
    spec.articles = count;
    CorpusGenerator generator(spec);
    QList<Document> documents;
    documents.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString text = u"[The envoy]{actor=envoy} attended.\n"_s + generator.article(i);
        if (!text.endsWith(u'\n'))
            text += u'\n';
        text += u"actor envoy: Shared Envoy; person; USA\n"_s;
        documents.append(Format::parse(text, u"/bench/"_s + generator.fileName(i)));
    }
    return documents;
}

} // namespace

class BenchCrossArticleEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_MAIN(BenchCrossArticleEdits)
#include "bench_crossarticleedits.moc"
