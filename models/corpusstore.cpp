#include "corpusstore.h"

namespace Entente {

CorpusStore::CorpusStore(QObject* parent)
    : QObject(parent)
{
}

CorpusStore::~CorpusStore() = default;

void CorpusStore::setDocuments(QList<Document> documents)
{
    m_corpus = Corpus::merge(std::move(documents));
    Q_EMIT corpusReset();
}

void CorpusStore::addDocuments(QList<Document> documents)
{
    QList<Document> all = m_corpus.documents;
    all.append(std::move(documents));
    setDocuments(std::move(all));
}

void CorpusStore::updateDocumentText(int documentIndex, const QString& text)
{
    if (documentIndex >= 0 && documentIndex < m_corpus.documents.size())
        reparse(documentIndex, text, m_corpus.documents.at(documentIndex).fileName);
}

void CorpusStore::renameDocument(int documentIndex, const QString& path)
{
    if (documentIndex >= 0 && documentIndex < m_corpus.documents.size())
        reparse(documentIndex, m_corpus.documents.at(documentIndex).text, path);
}

// Parses text as the document at documentIndex, keeping how its file is encoded, and re-merges.
void CorpusStore::reparse(int documentIndex, const QString& text, const QString& fileName)
{
    const Document& old = m_corpus.documents.at(documentIndex);
    Document reparsed = Format::parse(text, fileName);
    reparsed.adoptFileForm(old);
    QList<Document> documents = m_corpus.documents;
    documents[documentIndex] = std::move(reparsed);
    m_corpus = Corpus::merge(std::move(documents));
    Q_EMIT corpusUpdated();
}

void CorpusStore::clear()
{
    setDocuments({});
}

void CorpusStore::setCurrent(const RecordRef& ref)
{
    if (ref == m_current)
        return;
    m_current = ref;
    Q_EMIT currentChanged(m_current);
}

} // namespace Entente
