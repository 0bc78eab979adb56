// Running the pre-tagger: on one article (on this thread: it takes milliseconds), or on every open
// article in the background with Qt Concurrent. Workers get immutable inputs (an article's words,
// the corpus's actors and issues, the knowledge) and return immutable results; only this thread
// stores them, dropping those whose article changed meanwhile.
#include "suggestionreview.h"

#include "articleset.h"
#include "corpusstore.h"
#include "suggestknowledge.h"

#include <QFileInfo>
#include <QtConcurrentMap>

namespace Entente {

SuggestionReview::Job SuggestionReview::jobFor(int article, QDate articleDate)
{
    const Document& doc = m_articles->document(article);
    Job job;
    job.path = m_articles->path(article);
    job.plainText = doc.plainText();
    job.options.articleDate = articleDate.isValid() ? articleDate : doc.article.date;
    job.options.knownActors = m_store->corpus().actors;
    job.options.knownIssues = m_store->corpus().issues;
    job.options.knowledge = m_knowledge->knowledge();
    return job;
}

SuggestionReview::ArticleResult SuggestionReview::runJob(const Job& job)
{
    ArticleResult result;
    result.plainText = job.plainText;
    result.result = Suggest::suggest(job.plainText, job.options);
    return result;
}

bool SuggestionReview::run(int article, QDate articleDate)
{
    const Document& doc = m_articles->document(article);
    if (doc.fileName.isEmpty()) {
        Q_EMIT message(tr("Open an article first."));
        return false;
    }
    // What the analyst tagged and corrected so far teaches this run (and the next ones).
    m_knowledge->setFolder(QFileInfo(m_articles->path(article)).absolutePath());
    QString error;
    if (!m_knowledge->learnFromCorpus(m_store->corpus(), &error))
        Q_EMIT message(tr("Could not write the learned lexicon %1: %2").arg(m_knowledge->lexiconPath(), error));
    m_results.insert(m_articles->path(article), runJob(jobFor(article, articleDate)));
    refresh();
    return true;
}

int SuggestionReview::runAll(const std::function<bool(int, int)>& progress)
{
    int done = 0;
    for (int i = 0; i < m_articles->count(); ++i) {
        if (progress && !progress(i, m_articles->count()))
            break;
        done += run(i) ? 1 : 0;
    }
    return done;
}

bool SuggestionReview::startRunAll()
{
    if (m_batch.isRunning() || m_articles->count() == 0)
        return false;
    if (m_articles->count() > 0) {
        m_knowledge->setFolder(QFileInfo(m_articles->path(0)).absolutePath());
        QString error;
        if (!m_knowledge->learnFromCorpus(m_store->corpus(), &error))
            Q_EMIT message(tr("Could not write the learned lexicon %1: %2").arg(m_knowledge->lexiconPath(), error));
    }
    m_batchJobs.clear();
    for (int i = 0; i < m_articles->count(); ++i) {
        if (!m_articles->document(i).fileName.isEmpty())
            m_batchJobs.append(jobFor(i, {}));
    }
    m_batch.setFuture(QtConcurrent::mapped(m_batchJobs, &SuggestionReview::runJob));
    return true;
}

void SuggestionReview::cancelRunAll()
{
    m_batch.cancel();
}

void SuggestionReview::batchResultReady(int index)
{
    if (index < 0 || index >= m_batchJobs.size())
        return;
    const Job& job = m_batchJobs.at(index);
    const int article = m_articles->indexOfPath(job.path);
    // A result for words that changed meanwhile would point at the wrong places: dropped.
    if (article < 0 || m_articles->document(article).plainText() != job.plainText)
        return;
    m_results.insert(job.path, m_batch.resultAt(index));
}

QList<int> SuggestionReview::undatedArticles() const
{
    QList<int> undated;
    for (int i = 0; i < m_articles->count(); ++i) {
        const auto it = m_results.constFind(m_articles->path(i));
        if (it != m_results.cend() && !it->result.articleDate.isValid())
            undated.append(i);
    }
    return undated;
}

} // namespace Entente
