#include "diskwatcher.h"

#include "articleset.h"
#include "format.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QtConcurrentRun>

namespace Entente {

namespace {

QByteArray hashOf(const QByteArray& bytes)
{
    return FileState::hashOf(bytes);
}

QString stampOf(const QString& path)
{
    return FileState::stampOf(path);
}

// The file's bytes, or a null array when it cannot be read.
QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.isNull())
        bytes = QByteArray(""); // empty, but read
    return bytes;
}

// Fewer candidates than this are checked at once on the UI thread; more go to a worker.
constexpr int checkInBackgroundAbove = 16;

} // namespace

DiskWatcher::DiskWatcher(ArticleSet* articles, QObject* parent)
    : QObject(parent)
    , m_articles(articles)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(250);
    connect(m_settle, &QTimer::timeout, this, &DiskWatcher::settled);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
        m_dirtyFiles.insert(path);
        m_settle->start();
    });
    // Atomic replacement (rename over the file) and re-creation after deletion show in the folder.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString& path) {
        m_dirtyFolders.insert(path);
        m_settle->start();
    });
    connect(m_articles, &ArticleSet::articlesChanged, this, &DiskWatcher::articlesChanged);
    connect(m_articles, &ArticleSet::saved, this, &DiskWatcher::saved);
    connect(m_articles, &ArticleSet::textDocumentCreated, this, [this](int index) {
        syncIfPending();
        if (index < 0 || index >= m_watched.size())
            return;
        watch(m_watched.at(index).path);
        check(index); // shown now: make sure it is still what was read
    });
    connect(m_articles, &ArticleSet::modificationChanged, this, [this](int index, bool modified) {
        syncIfPending();
        if (modified && index >= 0 && index < m_watched.size() && !m_watchedFiles.contains(m_watched.at(index).path))
            watch(m_watched.at(index).path); // changed without being shown (a change across articles)
    });
    connect(&m_checks, &QFutureWatcher<QList<Observation>>::finished, this, &DiskWatcher::checksFinished);
    syncArticles();
}

DiskWatcher::~DiskWatcher()
{
    m_checks.waitForFinished();
}

// Shown, or changed across articles without being shown (its file then must not be overwritten unseen).
bool DiskWatcher::isEdited(int index) const
{
    return m_articles->hasTextDocument(index) || m_articles->isModified(index);
}

// Folders of all open articles are watched (renames, creation, removal show there); files only while
// their article is shown or edited (in-place writes show only on the file). Thousands of articles
// cost a handful of folder watches, not thousands of file watches.
void DiskWatcher::watch(const QString& path)
{
    // After a rename over the file the watch follows the old, deleted file: watch the path anew.
    if (m_watchedFiles.contains(path))
        m_watcher->removePath(path);
    if (QFileInfo::exists(path) && m_watcher->addPath(path))
        m_watchedFiles.insert(path);
    else
        m_watchedFiles.remove(path);
    watchFolder(QFileInfo(path).absolutePath());
}

void DiskWatcher::watchFolder(const QString& folder)
{
    if (!m_watchedFolders.contains(folder) && m_watcher->addPath(folder))
        m_watchedFolders.insert(folder);
}

void DiskWatcher::articlesChanged()
{
    const int count = m_articles->count();
    bool appended = !m_syncPending && count > m_watched.size();
    for (int i = 0; appended && i < m_watched.size(); ++i)
        appended = m_articles->path(i) == m_watched.at(i).path;
    if (!appended) {
        syncArticles();
        return;
    }
    // Until then the new articles are simply not watched yet: nothing can have been reported of them.
    m_syncPending = true;
    QMetaObject::invokeMethod(this, &DiskWatcher::syncIfPending, Qt::QueuedConnection);
}

void DiskWatcher::syncIfPending()
{
    if (m_syncPending)
        syncArticles();
}

void DiskWatcher::syncArticles()
{
    m_syncPending = false;
    const int count = m_articles->count();
    while (m_watched.size() > count)
        m_watched.removeLast();
    m_watched.reserve(count); // a folder of thousands: one allocation
    QSet<QString> folders;
    QString lastFolder; // articles of one folder come together: each folder is hashed once
    for (int i = 0; i < count; ++i) {
        const QString path = m_articles->path(i);
        // The paths are absolute: the folder is the text before the last slash (QFileInfo per
        // article costs milliseconds per thousand articles).
        const qsizetype slash = path.lastIndexOf(u'/');
        const QStringView folder = slash > 0 ? QStringView(path).left(slash) : QStringView();
        if (folder.isEmpty()) {
            folders.insert(QFileInfo(path).absolutePath());
        } else if (folder != lastFolder) {
            lastFolder = folder.toString();
            folders.insert(lastFolder);
        }
        if (i < m_watched.size() && m_watched.at(i).path == path)
            continue;
        // A newly opened article: the loader noted the bytes it read and the file's stamp.
        Watched watched;
        watched.path = path;
        const FileState file = m_articles->fileState(i);
        watched.known = file.hash;
        watched.stamp = file.stamp;
        if (i < m_watched.size())
            m_watched[i] = watched;
        else
            m_watched.append(watched);
        if (isEdited(i))
            watch(path);
    }
    for (const QString& folder : std::as_const(folders))
        watchFolder(folder);
    // Stop watching what is no longer open.
    QSet<QString> files;
    for (int i = 0; i < m_watched.size(); ++i) {
        if (isEdited(i))
            files.insert(m_watched.at(i).path);
    }
    const QSet<QString> closedFiles = QSet<QString>(m_watchedFiles).subtract(files);
    for (const QString& path : closedFiles) {
        m_watcher->removePath(path);
        m_watchedFiles.remove(path);
    }
    const QSet<QString> closedFolders = QSet<QString>(m_watchedFolders).subtract(folders);
    for (const QString& folder : closedFolders) {
        m_watcher->removePath(folder);
        m_watchedFolders.remove(folder);
    }
}

void DiskWatcher::saved(int index, const QByteArray& bytes)
{
    syncIfPending();
    if (index < 0 || index >= m_watched.size())
        return;
    Watched& watched = m_watched[index];
    watched.path = m_articles->path(index);
    watched.known = hashOf(bytes);
    watched.reported.clear();
    watched.kept.clear();
    watched.stamp = stampOf(watched.path);
    watched.unseen = false;
    watched.removed = false;
    watch(watched.path);
}

void DiskWatcher::settled()
{
    syncIfPending();
    if (m_checks.isRunning())
        return; // checked when the running checks finish
    const QSet<QString> files = std::exchange(m_dirtyFiles, {});
    const QSet<QString> folders = std::exchange(m_dirtyFolders, {});
    QList<int> candidates;
    for (int i = 0; i < m_watched.size(); ++i) {
        const QString& path = m_watched.at(i).path;
        if (files.contains(path) || folders.contains(QFileInfo(path).absolutePath()))
            candidates.append(i);
    }
    if (candidates.size() <= checkInBackgroundAbove) {
        for (const int index : std::as_const(candidates))
            check(index);
        return;
    }
    // A folder of thousands of open articles changed: stat them (and read the few whose stamp
    // changed) on a worker, so that the window never waits for the disk.
    QList<std::pair<int, Watched>> work;
    work.reserve(candidates.size());
    for (const int index : std::as_const(candidates))
        work.append({ index, m_watched.at(index) });
    m_checks.setFuture(QtConcurrent::run([work] {
        QList<Observation> seen;
        for (const auto& [index, watched] : work) {
            const QString stamp = stampOf(watched.path);
            if (!stamp.isEmpty() && stamp == watched.stamp)
                continue;
            Observation observation { index, watched.path, stamp, {} };
            if (!stamp.isEmpty())
                observation.bytes = readFile(watched.path);
            seen.append(observation);
        }
        return seen;
    }));
}

void DiskWatcher::checksFinished()
{
    syncIfPending();
    const QList<Observation> seen = m_checks.future().isValid() && m_checks.future().resultCount() > 0
        ? m_checks.result()
        : QList<Observation> {};
    m_checks.setFuture({});
    for (const Observation& observation : seen) {
        // The articles may have changed meanwhile: apply only to the same file at the same index.
        if (observation.index < m_watched.size() && m_watched.at(observation.index).path == observation.path)
            observe(observation.index, observation.stamp, observation.bytes);
    }
    if (!m_dirtyFiles.isEmpty() || !m_dirtyFolders.isEmpty())
        m_settle->start();
}

void DiskWatcher::checkNow()
{
    syncIfPending();
    m_settle->stop();
    m_dirtyFiles.clear();
    m_dirtyFolders.clear();
    for (int i = 0; i < m_watched.size(); ++i)
        check(i);
}

void DiskWatcher::check(int index)
{
    const Watched& watched = m_watched.at(index);
    const QString stamp = stampOf(watched.path);
    if (!stamp.isEmpty() && stamp == watched.stamp) {
        if (isEdited(index))
            watch(watched.path); // the file may be a new one (replaced, or created again)
        return;
    }
    observe(index, stamp, stamp.isEmpty() ? QByteArray() : readFile(watched.path));
}

void DiskWatcher::observe(int index, const QString& stamp, const QByteArray& bytes)
{
    Watched& watched = m_watched[index];
    if (stamp.isEmpty()) {
        if (!watched.removed && !watched.known.isEmpty()) {
            watched.removed = true;
            watched.stamp.clear();
            Q_EMIT removedFromDisk(index);
        }
        return;
    }
    if (isEdited(index))
        watch(watched.path); // the file may be a new one (replaced, or created again)
    if (stamp == watched.stamp)
        return;
    if (bytes.isNull())
        return; // unreadable for now: look again at the next change
    watched.stamp = stamp;
    watched.removed = false;
    const QByteArray hash = hashOf(bytes);
    if (hash == watched.known) {
        watched.unseen = false; // Entente's own save, or written back as it was
        watched.reported.clear();
        return;
    }
    if (hash == watched.reported || hash == watched.kept)
        return;
    watched.reported = hash;
    watched.unseen = true;
    Q_EMIT changedOnDisk(index);
}

bool DiskWatcher::hasUnseenDiskChange(int index) const
{
    return index >= 0 && index < m_watched.size() && m_watched.at(index).unseen;
}

bool DiskWatcher::isRemovedFromDisk(int index) const
{
    return index >= 0 && index < m_watched.size() && m_watched.at(index).removed;
}

bool DiskWatcher::changedSinceLoad(int index) const
{
    if (index < 0 || index >= m_articles->count())
        return false;
    if (index >= m_watched.size()) {
        // Opened, not taken yet (syncIfPending): compare with what the loader read.
        const QByteArray bytes = readFile(m_articles->path(index));
        return !bytes.isNull() && hashOf(bytes) != m_articles->fileState(index).hash;
    }
    const Watched& watched = m_watched.at(index);
    const QByteArray bytes = readFile(watched.path);
    if (bytes.isNull())
        return false; // gone or unreadable: saving overwrites nothing
    const QByteArray hash = hashOf(bytes);
    return hash != watched.known && hash != watched.kept;
}

bool DiskWatcher::reload(int index, QString* error)
{
    const auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    syncIfPending();
    if (index < 0 || index >= m_watched.size())
        return refuse(tr("No article is open."));
    Watched& watched = m_watched[index];
    const QByteArray bytes = readFile(watched.path);
    if (bytes.isNull())
        return refuse(tr("Could not read %1.").arg(watched.path));
    const Format::Decoded decoded = Format::decode(bytes);
    if (!decoded.error.isEmpty())
        return refuse(tr("%1:%2:%3: error: %4")
                .arg(watched.path)
                .arg(decoded.errorLine)
                .arg(decoded.errorColumn)
                .arg(decoded.error));
    QTextDocument* document = m_articles->textDocument(index);
    const QString current = ArticleSet::documentText(document);
    if (current != decoded.text) {
        if (m_articles->isReadOnly(index)) {
            // applyEdits refuses read-only articles, but the file's own text is no edit of the
            // analyst's: put it in directly, still as one undo step, and re-parse.
            QTextCursor cursor(document);
            cursor.beginEditBlock();
            cursor.select(QTextCursor::Document);
            cursor.insertText(decoded.text);
            cursor.endEditBlock();
            m_articles->flush();
        } else if (!m_articles->applyEdits(index, { { { 0, int(current.size()), decoded.text } }, {} }, error)) {
            return false;
        }
    }
    document->setModified(false);
    watched.known = hashOf(bytes);
    watched.stamp = stampOf(watched.path);
    watched.reported.clear();
    watched.kept.clear();
    watched.unseen = false;
    watched.removed = false;
    watch(watched.path);
    return true;
}

void DiskWatcher::keep(int index)
{
    syncIfPending();
    if (index < 0 || index >= m_watched.size())
        return;
    Watched& watched = m_watched[index];
    const QByteArray bytes = readFile(watched.path);
    if (!bytes.isNull())
        watched.kept = hashOf(bytes);
    watched.unseen = false;
    // The text differs from the file now: closing must offer to save it.
    if (QTextDocument* document = m_articles->textDocument(index))
        document->setModified(true);
}

} // namespace Entente
