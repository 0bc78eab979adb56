// The open articles: one QTextDocument per document of the CorpusStore, made when the article is first
// shown. The text documents are what the analyst edits; edits are re-parsed into the store after a
// short pause (debounced). An article never shown has no text document: a change across articles
// (CorpusStep) sets its text in the store directly with a modified flag kept here, so that saving,
// autosave, the unsaved-changes prompt and a later tab all see the changed text.
#pragma once

#include "corpus.h"
#include "documentedits.h"
#include "filestate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QTextDocument;
class QTimer;

namespace Entente {

class CorpusEditor;
class CorpusStore;

class ArticleSet : public QObject
{
    Q_OBJECT

    // One open article (its file, and the text document once it was shown).
    struct Article
    {
        QString path;
        QTextDocument* document = nullptr;
        QTimer* reparse = nullptr;
        bool readOnly = false;
        FileState file;
        // Set once a change across articles set its text without a text document: the text its file
        // holds, so that undo, redo and save tell whether it is modified.
        std::optional<QString> fileText;
        bool modified = false; // while it has no text document (the document's flag after)
    };
    // An article just opened: not shown, not modified.
    static Article newArticle(const QString& path, bool readOnly, const FileState& file);

public:
    explicit ArticleSet(CorpusStore* store, QObject* parent = nullptr);
    ~ArticleSet() override;

    struct LoadError
    {
        QString path;
        QString message; // "file:line:column: error: reason"
    };

    // Called before each file with (done, total); returning false cancels the rest.
    using Progress = std::function<bool(int, int)>;
    // Loads files and the article files of folders now; returns the files that could not be opened.
    // Files that are already open are not opened twice. (The window opens through ArticleLoader,
    // which does the same off the UI thread.)
    QList<LoadError> open(const QStringList& paths, const Progress& progress = {});
    // Takes documents read elsewhere (ArticleLoader): when the store is still at baseRevision the
    // corpus merged with them there is swapped in, otherwise they are added to the current one.
    // Returns how many articles were opened. With Announce::Later the store already holds them on
    // return but articlesChanged() waits for announceArticles() (ArticleLoader sends it in a later
    // event-loop turn, so that the models' reset and the tabs' rebuild are not one long event).
    enum class Announce { Now, Later };
    // What adopt() adds to its list of articles and its path index, made where the documents were
    // read (thousands of path hashes are milliseconds): taken whole when no article is open yet.
    class Entries
    {
    public:
        Entries() = default;
        Entries(const QList<Document>& documents, const QList<bool>& readOnly, const QList<FileState>& files);

    private:
        friend class ArticleSet;
        void clear();
        QList<Article> m_articles;
        QHash<QString, int> m_pathIndex;
    };
    int adopt(QList<Document> documents, const QList<bool>& readOnly, const QList<FileState>& files, Corpus merged,
        quint64 baseRevision, Announce announce = Announce::Now, Entries entries = {});
    void announceArticles() { Q_EMIT articlesChanged(); }
    // The article's file as Entente last read or wrote it.
    FileState fileState(int index) const { return index >= 0 && index < count() ? m_articles.at(index).file : FileState {}; }
    // Whether the article's text document exists (it was shown or edited).
    bool hasTextDocument(int index) const { return index >= 0 && index < count() && m_articles.at(index).document; }
    CorpusStore* store() const { return m_store; }
    // Rename, merge and delete across every open article that uses an id, as one undo step.
    CorpusEditor* corpusEditor() const { return m_corpusEditor; }
    // An article whose file does not exist (recovered text of a file deleted meanwhile): it opens
    // empty under that path, the caller fills it with an edit, and Save creates the file again.
    // Returns its index (the open article's, if the path is already open).
    int openMissing(const QString& path);
    // Closes one article without asking (the window asks about unsaved changes first); the
    // articles after it move down one index.
    void close(int index);

    int count() const { return int(m_articles.size()); }
    // The editable text of an article, made on first use.
    QTextDocument* textDocument(int index);
    QString path(int index) const;
    bool isReadOnly(int index) const;
    bool isModified(int index) const;
    bool anyModified() const;
    // The article's text now: its text document's, or the stored one when it has none.
    QString text(int index) const;
    // Sets the text of an article that has no text document (one never shown, changed across
    // articles) without making one; it is modified while the text differs from its file's. In a batch
    // the re-parse waits for endBatch(); otherwise the store is updated at once.
    void setTextWithoutDocument(int index, const QString& text);
    // Whether text is what the article's file holds (as Entente last read, wrote or reloaded it).
    bool isFileText(int index, const QString& text) const;
    int indexOfPath(const QString& path) const;

    // Writes atomically (QSaveFile) with the file's BOM and line ending.
    bool save(int index, QString* error);
    bool saveAs(int index, const QString& path, QString* error);
    // The article's words without markup, as file bytes (the plain-text export).
    QByteArray plainText(int index);

    // Re-parses pending edits now (before saving or exporting).
    void flush();
    // The article as parsed now: pending typing is re-parsed first, so edits computed from it apply
    // to the current text.
    const Document& document(int index);
    // Applies edits (DocumentEdits) to the article's text as one undo step and re-parses at once, so
    // lists and views follow before this returns. A refused result (result.error) changes nothing and
    // is reported through error. Read-only articles refuse every edit. With joinPrevious the edits
    // join the previous undo step: a change made of several results (create a record, then mark its
    // words) is computed step by step from the re-parsed text and still undone at once.
    bool applyEdits(int index, const DocumentEdits::EditResult& result, QString* error = nullptr,
        bool joinPrevious = false);
    // Edits of many articles at once (a change across articles): their re-parses wait until
    // endBatch(), which updates the store once for all of them. document() is stale meanwhile.
    void beginBatch() { m_batch = true; }
    void endBatch();
    // The index of the article that defines a record (by its origin file), or -1.
    int indexOfFile(const QString& fileName) const { return indexOfPath(fileName); }
    // The pause in typing before a re-parse; half of it where the re-parse runs in the background.
    int reparseDelay() const { return m_delayMs; }
    void setReparseDelay(int milliseconds) { m_delayMs = milliseconds; }
    // From this many open articles, a pause in typing re-parses and merges the article on a worker
    // thread (CorpusStore::updateDocumentTextInBackground); below it, at once (it takes a few ms).
    int backgroundReparseFrom() const { return m_backgroundFrom; }
    void setBackgroundReparseFrom(int articles) { m_backgroundFrom = articles; }

    // The text of a QTextDocument as Entente's parser reads it ('\n' line ends).
    static QString documentText(const QTextDocument* document);

Q_SIGNALS:
    void articlesChanged();
    // The text of an article changed (typing, tagging, form edits, undo): autosave listens here.
    void textChanged(int index);
    // The article's file now holds bytes (after save or save-as).
    void saved(int index, const QByteArray& bytes);
    void modificationChanged(int index, bool modified);
    // The article's text document was made (it is about to be shown or edited).
    void textDocumentCreated(int index);

private:
    void reparse(int index);
    // After a pause in typing: in the background for a large corpus, else as reparse().
    void reparseAfterPause(int index);
    int pauseMs() const;
    void updateStore();
    int indexOfDocument(const QTextDocument* document) const;

    CorpusStore* m_store;
    CorpusEditor* m_corpusEditor;
    QList<Article> m_articles;
    QHash<QString, int> m_pathIndex; // path → index in m_articles
    QHash<const QTextDocument*, int> m_documentIndex; // text document → index in m_articles
    // Short enough that the views show an edit well within 300 ms of the last key.
    int m_delayMs = 200;
    int m_backgroundFrom = 300;
    bool m_batch = false;
    QList<int> m_batched; // articles whose re-parse waits for endBatch()
    QHash<int, QString> m_pendingTexts; // texts set without a text document, waiting for endBatch()
    QList<std::pair<int, bool>> m_pendingSignals; // those articles, and whether their flag changed
};

} // namespace Entente
