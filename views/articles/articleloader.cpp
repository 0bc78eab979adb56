#include "articleloader.h"

#include "corpusstore.h"
#include "format.h"
#include "naturalorder.h"

#include <QFileInfo>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

#include <numeric>
#include <utility>

namespace Entente {

ArticleLoader::ArticleLoader(ArticleSet* articles, QObject* parent)
    : QObject(parent)
    , m_articles(articles)
{
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, this,
        [this](int value) { Q_EMIT progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ArticleLoader::adopt);
}

ArticleLoader::~ArticleLoader()
{
    cancel();
    m_watcher.waitForFinished();
}

void ArticleLoader::open(const QStringList& paths)
{
    const bool idle = !isBusy();
    m_queue.append(paths);
    if (idle)
        startNext();
}

void ArticleLoader::cancel()
{
    m_queue.clear();
    if (m_cancelled)
        *m_cancelled = true;
}

void ArticleLoader::waitForFinished()
{
    while (isBusy()) {
        if (isAdopting()) {
            runStep(); // the queued step finds nothing left to do
            continue;
        }
        m_watcher.waitForFinished();
        adopt(); // the finished signal is queued (or still to come): take the result now
    }
}

bool ArticleLoader::isBusy() const
{
    // Running, or finished with a result not yet taken, or more loads waiting.
    const QFuture<Result> future = m_watcher.future();
    return (future.isValid() && (future.isRunning() || future.resultCount() > 0)) || !m_queue.isEmpty()
        || isAdopting();
}

void ArticleLoader::startNext()
{
    if (m_queue.isEmpty())
        return;
    const QStringList paths = m_queue.takeFirst();
    QSet<QString> open;
    for (int i = 0; i < m_articles->count(); ++i)
        open.insert(m_articles->path(i));
    CorpusStore* store = m_articles->store();
    // A copy of the corpus costs nothing here (implicit sharing); the worker's merge detaches it.
    Corpus base = store->corpus();
    const quint64 revision = store->revision();
    Q_EMIT started();
    // Our own flag rather than the future's: a cancelled future would drop what was already read.
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([paths, open, base = std::move(base), revision,
                                              cancelled = m_cancelled](QPromise<Result>& promise) mutable {
        Result result = load(paths, open, std::move(base), [cancelled] { return cancelled->load(); },
            [&promise](int done, int total) {
                if (promise.future().progressMaximum() != total)
                    promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            });
        result.baseRevision = revision;
        // The tabs' order of the new files, here rather than on the UI thread (collation costs
        // microseconds per name).
        const QCollator collator = NaturalOrder::collator();
        result.nameKeys.reserve(result.documents.size());
        for (const Document& document : std::as_const(result.documents))
            result.nameKeys.append(NaturalOrder::keyOf(collator, document.fileName));
        if (open.isEmpty())
            result.entries = ArticleSet::Entries(result.documents, result.readOnly, result.files);
        promise.addResult(std::move(result));
    }));
}

ArticleLoader::Result ArticleLoader::load(const QStringList& paths, const QSet<QString>& alreadyOpen, Corpus base,
    const std::function<bool()>& cancelled, const std::function<void(int, int)>& progress)
{
    Result result;
    Format::ArticleFiles found = Format::findArticleFiles(paths);
    for (const QString& path : std::as_const(found.emptyFolders))
        result.errors.append({ path, ArticleSet::tr("%1: no .entente or .txt files in this folder").arg(path) });
    result.skipped = std::move(found.skipped);
    QStringList files;
    QSet<QString> seen = alreadyOpen;
    for (const QString& file : std::as_const(found.files)) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (!seen.contains(absolute)) {
            seen.insert(absolute);
            files.append(absolute);
        }
    }
    const int total = int(files.size());
    progress(0, total);
    QList<Document> documents(total);
    QList<bool> readOnly(total);
    QList<FileState> states(total);
    // Reading and parsing are independent per file: all cores, in a pool of our own (the worker
    // blocking here must not starve the global pool it runs in), a chunk at a time so that progress
    // and cancelling are answered on the calling thread between chunks.
    QThreadPool pool;
    constexpr int chunk = 64;
    for (int first = 0; first < total && !cancelled(); first += chunk) {
        QList<int> indexes(std::min(chunk, total - first));
        std::iota(indexes.begin(), indexes.end(), first);
        QtConcurrent::blockingMap(&pool, indexes, [&](int i) {
            documents[i] = Format::load(files.at(i));
            readOnly[i] = !QFileInfo(files.at(i)).isWritable();
            // For noticing later changes on disk without reading every file again: an article's
            // bytes are its document encoded (open and save give back the same bytes).
            if (!documents.at(i).unreadable)
                states[i] = { FileState::hashOf(Format::encode(documents.at(i))), FileState::stampOf(files.at(i)) };
        });
        progress(first + int(indexes.size()), total);
    }
    result.cancelled = cancelled();
    for (int i = 0; i < total; ++i) {
        Document& doc = documents[i];
        if (doc.fileName.isEmpty())
            continue; // not read: cancelled before its turn
        if (doc.unreadable) {
            result.errors.append({ files.at(i), doc.diagnostics.first().toString() });
            continue;
        }
        result.documents.append(std::move(doc));
        result.readOnly.append(readOnly.at(i));
        result.files.append(states.at(i));
    }
    base.appendDocuments(result.documents);
    result.merged = std::move(base);
    return result;
}

void ArticleLoader::adopt()
{
    if (isAdopting())
        return; // the previous hand-over's steps start the next load when they are done
    if (!m_watcher.future().isValid() || m_watcher.future().resultCount() == 0) {
        if (!m_watcher.isRunning())
            startNext(); // a load waits in the queue (or nothing: then this does nothing)
        return;
    }
    Result result = m_watcher.future().takeResult();
    m_watcher.setFuture({});
    m_keyPaths.clear();
    m_keys = std::move(result.nameKeys);
    if (!m_keys.isEmpty()) {
        m_keyPaths.reserve(result.documents.size());
        for (const Document& document : std::as_const(result.documents))
            m_keyPaths.append(document.fileName);
    }
    // First turn: the articles and the merged corpus go into the store at once (the models reset);
    // nothing is left half-adopted whatever happens before the later steps.
    m_opened = m_articles->adopt(std::move(result.documents), result.readOnly, result.files,
        std::move(result.merged), result.baseRevision, ArticleSet::Announce::Later, std::move(result.entries));
    m_errors = std::move(result.errors);
    m_skipped = std::move(result.skipped);
    m_wasCancelled = result.cancelled;
    scheduleStep(m_opened > 0 ? Step::SortKeys : Step::Finish);
}

void ArticleLoader::scheduleStep(Step step)
{
    m_step = step;
    QTimer::singleShot(0, this, [this, generation = ++m_stepGeneration] {
        if (generation == m_stepGeneration)
            runStep();
    });
}

void ArticleLoader::runStep()
{
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::SortKeys:
        // Second turn: the tabs take the keys of the new files (thousands of hash insertions), before
        // they are announced.
        if (!m_keys.isEmpty())
            Q_EMIT sortKeysReady(std::exchange(m_keyPaths, {}), std::exchange(m_keys, {}));
        scheduleStep(Step::Announce);
        return;
    case Step::Announce:
        // Third turn: the tabs, the disk watcher and autosave learn of the new articles.
        m_articles->announceArticles();
        scheduleStep(Step::Prepare);
        return;
    case Step::Prepare:
        // Fourth turn: the text document of the article to be shown (laid out and highlighted).
        Q_EMIT aboutToFinish();
        scheduleStep(Step::Finish);
        return;
    case Step::Finish: {
        // Last turn: the first new article is shown (the window listens to finished()).
        m_step = Step::Idle;
        ++m_stepGeneration;
        const QList<ArticleSet::LoadError> errors = std::exchange(m_errors, {});
        const QList<Format::SkippedFile> skippedFiles = std::exchange(m_skipped, {});
        m_keyPaths.clear();
        m_keys.clear();
        if (!skippedFiles.isEmpty())
            Q_EMIT skipped(skippedFiles);
        Q_EMIT finished(m_opened, errors, m_wasCancelled);
        startNext();
        return;
    }
    }
}

} // namespace Entente
