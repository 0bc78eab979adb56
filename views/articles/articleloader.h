// Opens files and folders without blocking the window: the files are listed, read and parsed on
// worker threads (all cores), merged with the open corpus there, and the finished corpus is handed
// to the ArticleSet. The hand-over runs in steps over event-loop turns (the store and models; then the
// files' sort keys; then the tabs, the disk watcher and autosave; then the first article's text document; then finished()), so
// that no single event stalls the window at thousands of articles. Progress and Cancel; a later request waits for the current one.
#pragma once

#include "articleset.h"
#include "corpus.h"
#include "filestate.h"
#include "format.h"

#include <QCollatorSortKey>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Entente {

class ArticleLoader : public QObject
{
    Q_OBJECT
public:
    explicit ArticleLoader(ArticleSet* articles, QObject* parent = nullptr);
    ~ArticleLoader() override; // cancels and waits for the workers

    // Starts opening paths (files and folders), or queues them behind the current load.
    void open(const QStringList& paths);
    bool isBusy() const;
    // Between taking a result and sending finished(): the articles are in the store already, the
    // tabs and the article shown follow in a later turn.
    bool isAdopting() const { return m_step != Step::Idle; }
    // Stops reading: what was already read is opened (a folder of thousands may be cut short).
    void cancel();
    // Waits until every queued load has finished (tests, command line).
    void waitForFinished();

    // What a worker made: the documents it read and, merged with the corpus of the base revision,
    // the corpus to swap in.
    struct Result
    {
        QList<Document> documents; // the new documents, in file order
        QList<bool> readOnly; // per new document
        QList<FileState> files; // per new document: its file as read
        QList<ArticleSet::LoadError> errors;
        QList<Format::SkippedFile> skipped; // folder entries not read (FIFOs, broken links, no permission…)
        Corpus merged; // base corpus + documents; valid when the store is still at baseRevision
        QList<QCollatorSortKey> nameKeys; // per new document, its file name's NaturalOrder key (the window's loads)
        ArticleSet::Entries entries; // the articles' entries, when nothing was open (the window's loads)
        quint64 baseRevision = 0;
        bool cancelled = false;
    };
    // The work itself, without threads of its own beyond parsing in parallel: the command line and
    // tests use it directly. cancelled() is polled between files; progress(done, total) after some.
    static Result load(const QStringList& paths, const QSet<QString>& alreadyOpen, Corpus base,
        const std::function<bool()>& cancelled, const std::function<void(int, int)>& progress);

Q_SIGNALS:
    void started();
    // done of total files read; total is 0 while listing folders.
    void progress(int done, int total);
    // A load finished: how many articles it opened, and the files it could not open.
    void finished(int opened, const QList<Entente::ArticleSet::LoadError>& errors, bool cancelled);
    // Sent in the turn after the store took the new articles, before they are announced: the
    // natural-order keys of their files (NaturalOrder), made on the worker.
    void sortKeysReady(const QStringList& paths, const QList<QCollatorSortKey>& keys);
    // Sent in a turn of its own after the new articles were announced and before finished(), when at
    // least one article was opened: the window makes the text document of the article it will show,
    // so that finished() only puts it on screen.
    void aboutToFinish();
    // Sent just before finished(): the entries of the opened folders that were not read, and why.
    void skipped(const QList<Entente::Format::SkippedFile>& entries);

private:
    void startNext();
    void adopt();
    // The steps of a hand-over after the store's: each in its own event-loop turn.
    enum class Step { Idle, SortKeys, Announce, Prepare, Finish };
    void scheduleStep(Step step);
    void runStep();

    ArticleSet* m_articles;
    QFutureWatcher<Result> m_watcher;
    QList<QStringList> m_queue;
    std::shared_ptr<std::atomic_bool> m_cancelled; // of the running load
    Step m_step = Step::Idle;
    quint64 m_stepGeneration = 0; // a step queued for an earlier hand-over does nothing
    int m_opened = 0; // of the hand-over in progress
    QList<ArticleSet::LoadError> m_errors;
    QList<Format::SkippedFile> m_skipped;
    QStringList m_keyPaths; // of the hand-over in progress, until its SortKeys step
    QList<QCollatorSortKey> m_keys;
    bool m_wasCancelled = false;
};

} // namespace Entente
