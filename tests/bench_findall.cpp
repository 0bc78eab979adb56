// Find in All Articles and the article tabs at corpus scale (10,000 generated articles): the search
// on its worker, and what the UI thread does with it (listing 10,000 hits, sorting 10,000 tabs).
// The UI thread's parts must stay within a frame (16 ms).
#include "articleset.h"
#include "articletabs.h"
#include "corpusgenerator.h"
#include "corpussearch.h"
#include "corpusstore.h"
#include "findresultmodel.h"
#include "format.h"

#include <QHeaderView>
#include <QTest>
#include <QTreeView>

using namespace Entente;

class BenchFindAll : public QObject
{
    Q_OBJECT

private:
    QList<Document> m_documents;

private Q_SLOTS:
    void initTestCase()
    {
        Testing::CorpusSpec spec;
        spec.articles = 10000;
        Testing::CorpusGenerator generator(spec);
        m_documents.reserve(spec.articles);
        for (int n = 0; n < spec.articles; ++n)
            m_documents.append(Format::parse(generator.article(n), QStringLiteral("/corpus/") + generator.fileName(n)));
    }

    void searchOnTheWorker_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::newRow("common word") << QStringLiteral("the");
        QTest::newRow("rare phrase") << QStringLiteral("no such phrase here");
    }

    void searchOnTheWorker()
    {
        QFETCH(QString, needle);
        CorpusSearch::Result result;
        QBENCHMARK {
            result = CorpusSearch::search(m_documents, needle, Qt::CaseInsensitive, 10000);
        }
        qInfo("%lld hits (truncated: %d) in %d articles", qint64(result.hits.size()), int(result.truncated),
            result.documentsSearched);
    }

    void listingTenThousandHits()
    {
        const CorpusSearch::Result result = CorpusSearch::search(m_documents, QStringLiteral("the"), Qt::CaseInsensitive, 10000);
        QCOMPARE(result.hits.size(), 10000);
        FindResultModel model;
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&model);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QBENCHMARK {
            model.setResult(result);
            view.viewport()->repaint();
        }
    }

    void sortingTenThousandTabs()
    {
        CorpusStore store;
        ArticleSet articles(&store);
        QList<Document> documents = m_documents;
        articles.adopt(documents, QList<bool>(documents.size(), false), {}, Corpus {}, store.revision() + 1);
        QCOMPARE(articles.count(), 10000);
        ArticleTabs tabs(&articles);
        tabs.sync();
        QBENCHMARK {
            tabs.sync();
        }
        QCOMPARE(tabs.count(), 1); // tabs are made for the articles shown, not for all
        QCOMPARE(tabs.rankOf(tabs.currentArticle()), 0);
        QBENCHMARK {
            tabs.step(1); // a tab put up for the next article in the order
        }
    }
};

QTEST_MAIN(BenchFindAll)
#include "bench_findall.moc"
