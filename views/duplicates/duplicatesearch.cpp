#include "duplicatesearch.h"

#include "corpusstore.h"
#include "duplicatemodel.h"

#include <QTimer>
#include <QtConcurrentRun>

namespace Entente {

DuplicateSearch::DuplicateSearch(CorpusStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_model(new DuplicateModel(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(800);
    connect(m_timer, &QTimer::timeout, this, &DuplicateSearch::start);
    connect(&m_watcher, &QFutureWatcher<QList<DuplicateProposal>>::finished, this,
            &DuplicateSearch::finished);
    connect(store, &CorpusStore::corpusReset, this, &DuplicateSearch::corpusChanged);
    connect(store, &CorpusStore::corpusUpdated, this, [this](const CorpusChange& change) {
        if (change.hasContentChanges() || !change.documents.isEmpty())
            corpusChanged();
    });
    if (!store->corpus().documents.isEmpty())
        corpusChanged();
}

DuplicateSearch::~DuplicateSearch()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool DuplicateSearch::isSearching() const
{
    return m_watcher.isRunning() || m_timer->isActive();
}

void DuplicateSearch::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void DuplicateSearch::searchNow()
{
    m_timer->stop();
    start();
}

void DuplicateSearch::corpusChanged()
{
    // A search of the old corpus is wasted work: stop it, and search again after the pause.
    if (m_cancel)
        m_cancel->store(true);
    m_timer->start();
}

void DuplicateSearch::start()
{
    if (m_watcher.isRunning())
        return; // finished() starts again when the running search was stale
    const Corpus& corpus = m_store->corpus();
    QStringList files;
    files.reserve(corpus.documents.size());
    for (const Document& document : corpus.documents)
        files.append(document.fileName);
    // Read each time: the command line may have added rejections meanwhile.
    m_rejections.load(DuplicateRejections::pathFor(files));
    DuplicateOptions options;
    options.rejections = m_rejections;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    options.cancelled = [cancel = m_cancel] {
        return cancel->load();
    };
    m_searchedRevision = m_store->revision();
    Q_EMIT searchStarted();
    // The copy shares the store's data until the store changes it.
    m_watcher.setFuture(
        QtConcurrent::run([copy = corpus, options] { return findDuplicates(copy, options); }));
}

void DuplicateSearch::finished()
{
    if (m_searchedRevision != m_store->revision()) {
        if (!m_timer->isActive())
            m_timer->start();
        return;
    }
    m_model->setProposals(m_watcher.result(), m_searchedRevision);
    Q_EMIT searchFinished(m_model->rowCount());
}

bool DuplicateSearch::reject(int row, QString* error)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const DuplicateProposal proposal = m_model->proposals().at(row);
    if (m_rejections.path().isEmpty()) {
        if (error)
            *error = tr("No articles are open: there is no folder to remember the answer in.");
        return false;
    }
    // Read again first, so that rejections made elsewhere meanwhile are kept.
    DuplicateRejections current;
    if (!current.load(m_rejections.path(), error))
        return false;
    current.add(proposal.kind, proposal.keepId, proposal.mergeId);
    if (!current.save({}, error))
        return false;
    m_rejections = current;
    m_model->removeProposal(row);
    return true;
}

} // namespace Entente
