// The open corpus of the running application: the documents' texts are the single source of truth,
// every model and view reads through this store, and the current record is shared by all views.
#pragma once

#include "corpus.h"
#include "format.h"

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

    // Replaces all documents (open file, open folder): models reset.
    void setDocuments(QList<Document> documents);
    void addDocuments(QList<Document> documents);
    // Re-parses one document after its text changed: models update in place where they can.
    void updateDocumentText(int documentIndex, const QString& text);
    void clear();
    // After "save as": the document and the records it defines now come from path.
    void renameDocument(int documentIndex, const QString& path);

    RecordRef current() const { return m_current; }
    void setCurrent(const RecordRef& ref);

Q_SIGNALS:
    // The set of documents changed: everything must be rebuilt.
    void corpusReset();
    // A document was re-parsed; records keep their ids where they can.
    void corpusUpdated();
    void currentChanged(const Entente::RecordRef& current);

private:
    void reparse(int documentIndex, const QString& text, const QString& fileName);

    Corpus m_corpus;
    RecordRef m_current;
};

} // namespace Entente
