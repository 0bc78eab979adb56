#include "articleset.h"

#include "annotatededitor.h"
#include "articleloader.h"
#include "corpuseditor.h"
#include "corpusstore.h"
#include "safefile.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPlainTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QThreadPool>
#include <QTimer>

#include <utility>

namespace Entente {

ArticleSet::ArticleSet(CorpusStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_corpusEditor(new CorpusEditor(this, this))
{
    // The store changed while it merged an edit in the background: the article is sent again (the
    // text may be there already; reparseAfterPause() compares).
    connect(store, &CorpusStore::backgroundUpdateDropped, this, [this](const QString& fileName) {
        const int index = indexOfPath(fileName);
        if (index >= 0 && m_articles.at(index).reparse && !m_articles.at(index).reparse->isActive())
            reparseAfterPause(index);
    });
}

ArticleSet::~ArticleSet() = default;

QList<ArticleSet::LoadError> ArticleSet::open(const QStringList& paths, const Progress& progress)
{
    QSet<QString> alreadyOpen;
    for (const Article& article : std::as_const(m_articles))
        alreadyOpen.insert(article.path);
    bool stop = false;
    ArticleLoader::Result result = ArticleLoader::load(
        paths, alreadyOpen, m_store->corpus(), [&stop] { return stop; },
        [&](int done, int total) { stop = stop || (progress && !progress(done, total)); });
    adopt(std::move(result.documents), result.readOnly, result.files, std::move(result.merged), m_store->revision());
    return result.errors;
}

ArticleSet::Article ArticleSet::newArticle(const QString& path, bool readOnly, const FileState& file)
{
    return { path, nullptr, nullptr, readOnly, file, std::nullopt, false };
}

ArticleSet::Entries::Entries(const QList<Document>& documents, const QList<bool>& readOnly,
    const QList<FileState>& files)
{
    m_articles.reserve(documents.size());
    m_pathIndex.reserve(documents.size());
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString& path = documents.at(i).fileName;
        if (m_pathIndex.contains(path)) {
            clear(); // the same file twice: adopt() finds that out itself
            return;
        }
        m_pathIndex.insert(path, int(m_articles.size()));
        m_articles.append(newArticle(path, readOnly.value(i), files.value(i)));
    }
}

void ArticleSet::Entries::clear()
{
    m_articles.clear();
    m_pathIndex.clear();
}

int ArticleSet::adopt(QList<Document> documents, const QList<bool>& readOnly, const QList<FileState>& files,
    Corpus merged, quint64 baseRevision, Announce announce, Entries entries)
{
    if (documents.isEmpty())
        return 0;
    const bool current = m_store->revision() == baseRevision;
    QList<Document> added;
    if (current && m_articles.isEmpty() && entries.m_articles.size() == documents.size()) {
        m_articles = std::move(entries.m_articles);
        m_pathIndex = std::move(entries.m_pathIndex);
    } else {
        // Thousands at once (a folder): one allocation each, not a growth per few hundred.
        m_articles.reserve(m_articles.size() + documents.size());
        m_pathIndex.reserve(m_pathIndex.size() + documents.size());
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const QString& path = documents.at(i).fileName;
            if (m_pathIndex.contains(path)) {
                if (current)
                    qFatal("ArticleSet::adopt: %s is open twice", qPrintable(path));
                continue; // opened meanwhile; the merged corpus is not used then
            }
            m_pathIndex.insert(path, int(m_articles.size()));
            m_articles.append(newArticle(path, readOnly.value(i), files.value(i)));
            if (!current)
                added.append(std::move(documents[i]));
        }
    }
    if (current)
        m_store->setCorpus(std::move(merged));
    else
        m_store->addDocuments(std::move(added));
    if (announce == Announce::Now)
        Q_EMIT articlesChanged();
    const int adopted = int(documents.size());
    // The parsed documents live on in the merged corpus: what only this list holds (10,000
    // articles: 2 ms of freeing) is freed on a worker. Their data is implicitly shared, counted
    // atomically.
    QThreadPool::globalInstance()->start([parsed = std::move(documents)]() mutable { parsed.clear(); });
    return adopted;
}

int ArticleSet::openMissing(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const int index = indexOfPath(absolute); index >= 0)
        return index;
    m_pathIndex.insert(absolute, int(m_articles.size()));
    m_articles.append(newArticle(absolute, false, {}));
    m_store->addDocuments({ Format::parse(QString(), absolute) });
    Q_EMIT articlesChanged();
    return count() - 1;
}

// Text documents are made when an article is first shown: a folder of thousands of articles costs
// only its parsed documents until the analyst opens one.
QTextDocument* ArticleSet::textDocument(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    Article& article = m_articles[index];
    if (article.document)
        return article.document;
    const QString current = text(index);
    article.document = new QTextDocument(this);
    article.document->setDocumentLayout(new QPlainTextDocumentLayout(article.document));
    article.document->setPlainText(current);
    // Changed across articles before it was shown: it stays modified (its file has the old text).
    article.document->setModified(article.modified);
    article.modified = false;
    article.document->clearUndoRedoStacks();
    AnnotatedEditor::highlight(article.document, QGuiApplication::palette());
    article.reparse = new QTimer(article.document);
    article.reparse->setSingleShot(true);
    QTextDocument* document = article.document;
    m_documentIndex.insert(document, index);
    const auto indexOf = [this, document] { return indexOfDocument(document); };
    connect(article.reparse, &QTimer::timeout, this, [this, indexOf] { reparseAfterPause(indexOf()); });
    connect(document, &QTextDocument::contentsChanged, this, [this, indexOf, timer = article.reparse] {
        timer->start(pauseMs());
        Q_EMIT textChanged(indexOf());
    });
    connect(document, &QTextDocument::modificationChanged, this, [this, indexOf, document](bool modified) {
        const int at = indexOf();
        // Not modified: saved, reloaded or undone to the file's text, which is now the known one.
        if (!modified && at >= 0 && m_articles.at(at).fileText)
            m_articles[at].fileText = documentText(document);
        Q_EMIT modificationChanged(at, modified);
    });
    Q_EMIT textDocumentCreated(index);
    return document;
}

void ArticleSet::close(int index)
{
    if (index < 0 || index >= count())
        return;
    delete m_articles.at(index).document; // its re-parse timer goes with it
    m_articles.removeAt(index);
    // The indexes after it move down: the maps are made again, once per close.
    m_pathIndex.clear();
    m_documentIndex.clear();
    for (int i = 0; i < count(); ++i) {
        m_pathIndex.insert(m_articles.at(i).path, i);
        if (m_articles.at(i).document)
            m_documentIndex.insert(m_articles.at(i).document, i);
    }
    m_store->removeDocument(index);
    Q_EMIT articlesChanged();
}

QString ArticleSet::path(int index) const
{
    return index >= 0 && index < count() ? m_articles.at(index).path : QString();
}

bool ArticleSet::isReadOnly(int index) const
{
    return index >= 0 && index < count() && m_articles.at(index).readOnly;
}

bool ArticleSet::isModified(int index) const
{
    if (index < 0 || index >= count())
        return false;
    const Article& article = m_articles.at(index);
    return article.document ? article.document->isModified() : article.modified;
}

bool ArticleSet::anyModified() const
{
    return std::any_of(m_articles.cbegin(), m_articles.cend(),
        [](const Article& a) { return a.document ? a.document->isModified() : a.modified; });
}

QString ArticleSet::text(int index) const
{
    if (index < 0 || index >= count())
        return {};
    if (const QTextDocument* document = m_articles.at(index).document)
        return documentText(document);
    const auto pending = m_pendingTexts.constFind(index);
    return pending != m_pendingTexts.cend() ? *pending : m_store->corpus().documents.at(index).text;
}

void ArticleSet::setTextWithoutDocument(int index, const QString& text)
{
    if (index < 0 || index >= count() || m_articles.at(index).document)
        return;
    if (!m_articles.at(index).fileText && !m_articles.at(index).modified)
        m_articles[index].fileText = this->text(index); // unmodified: the file's text
    Article& article = m_articles[index];
    const bool modified = !article.fileText || *article.fileText != text;
    m_pendingSignals.append({ index, article.modified != modified });
    article.modified = modified;
    m_pendingTexts.insert(index, text);
    if (!m_batch)
        updateStore();
}

bool ArticleSet::isFileText(int index, const QString& text) const
{
    if (index < 0 || index >= count())
        return false;
    const Article& article = m_articles.at(index);
    return article.fileText ? *article.fileText == text : !isModified(index) && this->text(index) == text;
}

int ArticleSet::indexOfPath(const QString& path) const
{
    return m_pathIndex.value(path, -1);
}

int ArticleSet::indexOfDocument(const QTextDocument* document) const
{
    return m_documentIndex.value(document, -1);
}

QString ArticleSet::documentText(const QTextDocument* document)
{
    // toPlainText() would also turn non-breaking spaces into spaces; the article must stay exact.
    QString text = document->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

void ArticleSet::reparse(int index)
{
    if (index < 0 || index >= count() || !m_articles.at(index).document)
        return; // never shown, so never edited
    m_articles[index].reparse->stop();
    if (m_batch) {
        m_batched.append(index);
        return;
    }
    const QString text = documentText(m_articles.at(index).document);
    if (m_store->corpus().documents.value(index).text != text)
        m_store->updateDocumentText(index, text);
}

int ArticleSet::pauseMs() const
{
    // Merged on a worker, the re-parse never stops the window: the views may follow sooner.
    return count() >= m_backgroundFrom ? m_delayMs / 2 : m_delayMs;
}

void ArticleSet::reparseAfterPause(int index)
{
    if (m_batch || count() < m_backgroundFrom)
        return reparse(index);
    if (index < 0 || index >= count() || !m_articles.at(index).document)
        return;
    const QString text = documentText(m_articles.at(index).document);
    if (m_store->corpus().documents.value(index).text == text)
        return;
    // One merge runs at a time: while one runs, this one waits a little (typing in another article).
    if (!m_store->updateDocumentTextInBackground(index, text))
        m_articles[index].reparse->start(m_delayMs / 4);
}

void ArticleSet::endBatch()
{
    m_batch = false;
    updateStore();
}

// One store update for every article re-parsed or set meanwhile: the corpus recomputes each changed
// id once, whatever the number of articles.
void ArticleSet::updateStore()
{
    std::sort(m_batched.begin(), m_batched.end());
    m_batched.erase(std::unique(m_batched.begin(), m_batched.end()), m_batched.end());
    QList<std::pair<int, QString>> texts;
    for (const int index : std::as_const(m_batched)) {
        if (index < 0 || index >= count() || !m_articles.at(index).document)
            continue;
        QString text = documentText(m_articles.at(index).document);
        if (m_store->corpus().documents.at(index).text != text)
            texts.append({ index, std::move(text) });
    }
    m_batched.clear();
    for (auto it = m_pendingTexts.cbegin(); it != m_pendingTexts.cend(); ++it) {
        if (it.key() < count() && m_store->corpus().documents.at(it.key()).text != it.value())
            texts.append({ it.key(), it.value() });
    }
    m_pendingTexts.clear();
    std::sort(texts.begin(), texts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    m_store->updateDocumentTexts(texts);
    const QList<std::pair<int, bool>> changed = std::exchange(m_pendingSignals, {});
    for (const auto& [index, flagChanged] : changed) {
        Q_EMIT textChanged(index);
        if (flagChanged)
            Q_EMIT modificationChanged(index, isModified(index));
    }
}

void ArticleSet::flush()
{
    // An edit merging in the background is pending too: taken in (or dropped, when the store moved
    // on) first; then every article whose text the store does not have yet is re-parsed now.
    const bool background = m_store->isUpdatingInBackground();
    m_store->waitForBackgroundUpdate();
    for (int i = 0; i < count(); ++i) {
        if (m_articles.at(i).reparse && (background || m_articles.at(i).reparse->isActive()))
            reparse(i);
    }
}

const Document& ArticleSet::document(int index)
{
    static const Document none;
    if (index < 0 || index >= count())
        return none;
    reparse(index);
    return m_store->corpus().documents.at(index);
}

bool ArticleSet::applyEdits(int index, const DocumentEdits::EditResult& result, QString* error, bool joinPrevious)
{
    const auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (index < 0 || index >= count())
        return refuse(tr("No article is open."));
    if (!result.ok())
        return refuse(result.error);
    if (isReadOnly(index))
        return refuse(tr("%1 is read-only.").arg(QFileInfo(path(index)).fileName()));
    if (result.edits.isEmpty())
        return true;
    QTextDocument* text = textDocument(index);
    reparse(index); // the edits were computed from the parsed text: it must be current
    // One edit block is one undo step; applying from the last edit keeps earlier positions valid.
    QTextCursor cursor(text);
    if (joinPrevious)
        cursor.joinPreviousEditBlock();
    else
        cursor.beginEditBlock();
    for (auto it = result.edits.crbegin(); it != result.edits.crend(); ++it) {
        cursor.setPosition(it->start);
        cursor.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->replacement);
    }
    cursor.endEditBlock();
    reparse(index);
    return true;
}

bool ArticleSet::save(int index, QString* error)
{
    return saveAs(index, path(index), error);
}

bool ArticleSet::saveAs(int index, const QString& path, QString* error)
{
    if (index < 0 || index >= count())
        return false;
    reparse(index);
    const QByteArray bytes = Format::encode(m_store->corpus().documents.at(index));
    // Atomic (a temporary file renamed over the old one), and never over a device, FIFO or folder.
    QString reason;
    if (!SafeFile::write(path, bytes, &reason)) {
        if (error)
            *error = tr("Could not save: %1").arg(reason);
        return false;
    }
    Article& article = m_articles[index];
    if (article.path != path) {
        if (m_pathIndex.value(article.path) == index)
            m_pathIndex.remove(article.path);
        m_pathIndex.insert(path, index);
        article.path = path;
        article.readOnly = false;
        m_store->renameDocument(index, path);
        Q_EMIT articlesChanged();
    }
    article.file = { FileState::hashOf(bytes), FileState::stampOf(path) };
    if (article.fileText)
        article.fileText = text(index);
    if (article.document) {
        article.document->setModified(false);
    } else if (article.modified) {
        article.modified = false;
        Q_EMIT modificationChanged(index, false);
    }
    Q_EMIT saved(index, bytes);
    return true;
}

QByteArray ArticleSet::plainText(int index)
{
    reparse(index);
    return Format::encodePlainText(m_store->corpus().documents.value(index));
}

} // namespace Entente
