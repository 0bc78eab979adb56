// The Problems dock over 10,000 open articles that all name an actor none of them defines: an edit
// of one article must cost about that article (its problems alone are read again), and an edit that
// defines or drops the shared id re-reads the problems of the articles naming it, once each
// (docs/reliability.md has the figures).
#include "corpusstore.h"
#include "problemmodel.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr int articleCount = 10000;

QString article(int n, const QString& extra = {})
{
    return u"[Minister %1]{actor=a%1} met [the envoy]{actor=envoy} on Monday.%2\n"
           "=== entente ===\n"
           "actor a%1: Minister %1; person; Country %1\n"_s.arg(n).arg(extra);
}

} // namespace

class BenchProblems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsAmongTenThousandArticles()
    {
        CorpusStore store;
        ProblemModel model(&store);
        QList<Document> documents;
        for (int n = 0; n < articleCount; ++n)
            documents.append(Format::parse(article(n), u"a%1.entente"_s.arg(n)));
        store.setDocuments(std::move(documents));
        QCOMPARE(model.rowCount(), articleCount); // one unknown 'envoy' each

        // Typing in one article: no id comes or goes.
        QBENCHMARK_ONCE {
            store.updateDocumentText(articleCount / 2, article(articleCount / 2, u" Talks went on."_s));
        }
        QCOMPARE(model.rowCount(), articleCount);
    }

    void defineAndDropTheSharedId()
    {
        CorpusStore store;
        ProblemModel model(&store);
        QList<Document> documents;
        for (int n = 0; n < articleCount; ++n)
            documents.append(Format::parse(article(n), u"a%1.entente"_s.arg(n)));
        store.setDocuments(std::move(documents));
        const QString defines = article(0) + u"actor envoy: The Envoy; person\n"_s;
        // One article defines the envoy: every other article's warning goes, then comes back.
        QBENCHMARK_ONCE {
            store.updateDocumentText(0, defines);
            store.updateDocumentText(0, article(0));
        }
        QCOMPARE(model.rowCount(), articleCount);
        store.updateDocumentText(0, defines);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(BenchProblems)
#include "bench_problems.moc"
