#include "corpusstore.h"

#include <QThreadPool>
#include <QtConcurrentRun>

#include <utility>

namespace Entente {

CorpusStore::CorpusStore(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Entente::CorpusChange>();
    connect(&m_background, &QFutureWatcher<BackgroundUpdate>::finished, this, &CorpusStore::backgroundUpdateFinished);
}

CorpusStore::~CorpusStore()
{
    m_background.waitForFinished();
}

void CorpusStore::setDocuments(QList<Document> documents)
{
    setCorpus(Corpus::merge(std::move(documents)));
}

void CorpusStore::setCorpus(Corpus corpus)
{
    m_corpus = std::move(corpus);
    ++m_revision;
    Q_EMIT corpusReset();
}

void CorpusStore::addDocuments(QList<Document> documents)
{
    if (m_corpus.documents.isEmpty())
        return setDocuments(std::move(documents));
    changed(m_corpus.appendDocuments(std::move(documents)));
}

void CorpusStore::updateDocumentText(int documentIndex, const QString& text)
{
    if (documentIndex < 0 || documentIndex >= m_corpus.documents.size())
        return;
    const Document& old = m_corpus.documents.at(documentIndex);
    Document reparsed = Format::parse(text, old.fileName);
    reparsed.adoptFileForm(old); // the file's encoding and line breaks survive the edit
    replaceDocument(documentIndex, std::move(reparsed));
}

void CorpusStore::updateDocumentTexts(const QList<std::pair<int, QString>>& texts)
{
    QList<std::pair<int, Document>> reparsed;
    reparsed.reserve(texts.size());
    for (const auto& [index, text] : texts) {
        if (index < 0 || index >= m_corpus.documents.size())
            continue;
        const Document& old = m_corpus.documents.at(index);
        reparsed.append({ index, Format::parse(text, old.fileName) });
        reparsed.last().second.adoptFileForm(old);
    }
    if (!reparsed.isEmpty())
        changed(m_corpus.replaceDocuments(std::move(reparsed)));
}

bool CorpusStore::updateDocumentTextInBackground(int documentIndex, const QString& text)
{
    if (isUpdatingInBackground() || documentIndex < 0 || documentIndex >= m_corpus.documents.size())
        return false;
    // The worker's copy shares everything with ours until the merge writes to it (then the lists it
    // changes are copied there, not here).
    m_background.setFuture(QtConcurrent::run([base = m_corpus, documentIndex, text, revision = m_revision]() mutable {
        const Document& old = base.documents.at(documentIndex);
        BackgroundUpdate update;
        update.fileName = old.fileName;
        update.baseRevision = revision;
        Document reparsed = Format::parse(text, old.fileName);
        reparsed.adoptFileForm(old); // the file's encoding and line breaks survive the edit
        update.change = base.replaceDocument(documentIndex, std::move(reparsed));
        update.corpus = std::move(base);
        return update;
    }));
    return true;
}

void CorpusStore::waitForBackgroundUpdate()
{
    m_background.waitForFinished();
    backgroundUpdateFinished(); // the finished signal is queued (or still to come): take the result now
}

void CorpusStore::backgroundUpdateFinished()
{
    if (!m_background.future().isValid() || m_background.future().resultCount() == 0)
        return; // taken already by waitForBackgroundUpdate()
    BackgroundUpdate update = m_background.future().takeResult();
    m_background.setFuture({});
    if (update.baseRevision != m_revision) {
        Q_EMIT backgroundUpdateDropped(update.fileName);
        return;
    }
    Corpus previous = std::exchange(m_corpus, std::move(update.corpus));
    // The corpus before holds the only copies of the lists the merge changed (all documents, the
    // source tables): freeing them is work the window need not wait for.
    QThreadPool::globalInstance()->start([previous = std::move(previous)]() mutable { previous = {}; });
    changed(update.change);
}

void CorpusStore::replaceDocument(int documentIndex, Document document)
{
    if (documentIndex < 0 || documentIndex >= m_corpus.documents.size())
        return;
    changed(m_corpus.replaceDocument(documentIndex, std::move(document)));
}

void CorpusStore::removeDocument(int documentIndex)
{
    if (documentIndex < 0 || documentIndex >= m_corpus.documents.size())
        return;
    const CorpusChange change = m_corpus.removeDocument(documentIndex);
    ++m_revision;
    Q_EMIT documentRemoved(documentIndex);
    Q_EMIT corpusUpdated(change);
}

void CorpusStore::renameDocument(int documentIndex, const QString& path)
{
    if (documentIndex < 0 || documentIndex >= m_corpus.documents.size())
        return;
    const Document& old = m_corpus.documents.at(documentIndex);
    Document renamed = Format::parse(old.text, path);
    renamed.adoptFileForm(old);
    replaceDocument(documentIndex, std::move(renamed));
}

void CorpusStore::clear()
{
    setDocuments({});
}

void CorpusStore::changed(const CorpusChange& change)
{
    ++m_revision;
    Q_EMIT corpusUpdated(change);
}

void CorpusStore::setCurrent(const RecordRef& ref)
{
    if (ref == m_current)
        return;
    m_current = ref;
    Q_EMIT currentChanged(m_current);
}

} // namespace Entente
