// The open corpus of the running application: the documents' texts are the single source of truth,
// every model and view reads through this store, and the current record is shared by all views.
//
// Changes are incremental: a re-parsed document replaces only its own contribution, and
// corpusUpdated() says which ids changed, so that models emit row signals and views redo only
// what they show. Work that takes long (loading a folder, merging it) runs elsewhere and arrives
// here finished, through setCorpus() or appendDocuments().
#pragma once

#include "corpus.h"
#include "format.h"

#include <QFutureWatcher>
#include <QObject>

namespace Entente {

// Identifies one record of the corpus across views (the shared selection).
struct RecordRef
{
    MarkKind kind = MarkKind::Actor;
    QString id;
    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const RecordRef&, const RecordRef&) = default;
};

class CorpusStore : public QObject
{
    Q_OBJECT
public:
    explicit CorpusStore(QObject* parent = nullptr);
    ~CorpusStore() override;

    const Corpus& corpus() const { return m_corpus; }
    // Increases with every change: work started from one revision can tell that it is stale.
    quint64 revision() const { return m_revision; }

    // Replaces all documents (open file, open folder): models reset.
    void setDocuments(QList<Document> documents);
    // Swaps in a corpus merged elsewhere (in a worker thread): models reset.
    void setCorpus(Corpus corpus);
    // Adds documents after the open ones; models insert rows.
    void addDocuments(QList<Document> documents);
    // Re-parses one document after its text changed: models update in place.
    void updateDocumentText(int documentIndex, const QString& text);
    // The same for several documents at once (a change across articles), as one update.
    void updateDocumentTexts(const QList<std::pair<int, QString>>& texts);
    // Re-parses one document and merges it on a worker thread, and swaps the result in when it is
    // done (corpusUpdated() then), so that a large corpus never stops the window while it takes an
    // edit. One update runs at a time: returns false, doing nothing, while one runs. A result
    // whose base the store left meanwhile (any other change) is dropped: backgroundUpdateDropped()
    // says which file to send again.
    bool updateDocumentTextInBackground(int documentIndex, const QString& text);
    bool isUpdatingInBackground() const { return m_background.isRunning() || m_background.future().resultCount() > 0; }
    // Takes the running background update in now (tests, and whoever must read the corpus at once).
    void waitForBackgroundUpdate();
    // Replaces one document with one parsed elsewhere (its text must be the current one).
    void replaceDocument(int documentIndex, Document document);
    // Closes one document; later documents move up by one.
    void removeDocument(int documentIndex);
    void clear();
    // After "save as": the document and the records it defines now come from path.
    void renameDocument(int documentIndex, const QString& path);

    RecordRef current() const { return m_current; }
    void setCurrent(const RecordRef& ref);

Q_SIGNALS:
    // The set of documents changed wholesale: everything must be rebuilt.
    void corpusReset();
    // Some documents were re-parsed, added or removed; change names what differs.
    void corpusUpdated(const Entente::CorpusChange& change);
    // A document was removed: indexes after it moved up by one (sent before corpusUpdated).
    void documentRemoved(int documentIndex);
    void currentChanged(const Entente::RecordRef& current);
    // A background update of this file was dropped: the store changed while it ran.
    void backgroundUpdateDropped(const QString& fileName);

private:
    struct BackgroundUpdate
    {
        Corpus corpus;
        CorpusChange change;
        QString fileName;
        quint64 baseRevision = 0;
    };
    void changed(const CorpusChange& change);
    void backgroundUpdateFinished();

    QFutureWatcher<BackgroundUpdate> m_background;

    Corpus m_corpus;
    RecordRef m_current;
    quint64 m_revision = 0;
};

} // namespace Entente
