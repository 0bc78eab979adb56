// Keeps the Duplicates dock's proposals current: a moment after the corpus last changed, the finder
// runs on a worker thread (QtConcurrent) over a copy of the corpus; a result from an older revision of
// the store is dropped and the search runs again. Rejections are read from, and written to, the
// corpus folder's .entente-duplicates.
#pragma once

#include "duplicatefinder.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

class QTimer;

namespace Entente {

class CorpusStore;
class DuplicateModel;

class DuplicateSearch : public QObject
{
    Q_OBJECT
public:
    explicit DuplicateSearch(CorpusStore* store, QObject* parent = nullptr);
    ~DuplicateSearch() override;

    DuplicateModel* model() const { return m_model; }
    // A search runs, or waits for the pause after a change to end.
    bool isSearching() const;
    // The pause after the last change before a search starts (debounce).
    void setDelay(int milliseconds);
    // Starts a search now, without the pause.
    void searchNow();
    // Remembers the proposal's two records as different and takes it out of the list. False, with
    // the reason, when the file cannot be written (the proposal stays).
    bool reject(int row, QString* error = nullptr);
    QString rejectionsPath() const { return m_rejections.path(); }

Q_SIGNALS:
    void searchStarted();
    // The list now shows the proposals for the current corpus.
    void searchFinished(int proposals);

private:
    void corpusChanged();
    void start();
    void finished();

    CorpusStore* m_store;
    DuplicateModel* m_model;
    QTimer* m_timer;
    QFutureWatcher<QList<DuplicateProposal>> m_watcher;
    quint64 m_searchedRevision = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    DuplicateRejections m_rejections;
};

} // namespace Entente
