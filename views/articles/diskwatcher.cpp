#include "diskwatcher.h"

#include "articleset.h"
#include "format.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

namespace Entente {

namespace {

QByteArray hashOf(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Size, modification and status-change times: a file whose stamp is the same is not read again
// (a folder event would otherwise read every open article of that folder).
QString stampOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QStringLiteral("%1 %2 %3")
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(info.metadataChangeTime().toMSecsSinceEpoch());
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
    connect(m_articles, &ArticleSet::articlesChanged, this, &DiskWatcher::syncArticles);
    connect(m_articles, &ArticleSet::saved, this, &DiskWatcher::saved);
    syncArticles();
}

DiskWatcher::~DiskWatcher() = default;

void DiskWatcher::watch(const QString& path)
{
    // After a rename over the file the watch follows the old, deleted file: watch the path anew.
    m_watcher->removePath(path);
    if (QFileInfo::exists(path))
        m_watcher->addPath(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!m_watcher->directories().contains(folder) && QFileInfo::exists(folder))
        m_watcher->addPath(folder);
}

void DiskWatcher::syncArticles()
{
    const int count = m_articles->count();
    while (m_watched.size() > count)
        m_watched.removeLast();
    for (int i = 0; i < count; ++i) {
        const QString path = m_articles->path(i);
        if (i < m_watched.size() && m_watched.at(i).path == path)
            continue;
        // A newly opened article: Entente loaded these bytes a moment ago.
        Watched watched;
        watched.path = path;
        watched.stamp = stampOf(path);
        const QByteArray bytes = readFile(path);
        if (!bytes.isNull())
            watched.known = hashOf(bytes);
        if (i < m_watched.size())
            m_watched[i] = watched;
        else
            m_watched.append(watched);
        watch(path);
    }
    // Stop watching what is no longer open.
    QSet<QString> wanted;
    for (const Watched& watched : std::as_const(m_watched)) {
        wanted.insert(watched.path);
        wanted.insert(QFileInfo(watched.path).absolutePath());
    }
    const QStringList watchedPaths = m_watcher->files() + m_watcher->directories();
    for (const QString& path : watchedPaths) {
        if (!wanted.contains(path))
            m_watcher->removePath(path);
    }
}

void DiskWatcher::saved(int index, const QByteArray& bytes)
{
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
    const QSet<QString> files = std::exchange(m_dirtyFiles, {});
    const QSet<QString> folders = std::exchange(m_dirtyFolders, {});
    for (int i = 0; i < m_watched.size(); ++i) {
        const QString& path = m_watched.at(i).path;
        if (files.contains(path) || folders.contains(QFileInfo(path).absolutePath()))
            check(i);
    }
}

void DiskWatcher::checkNow()
{
    m_settle->stop();
    m_dirtyFiles.clear();
    m_dirtyFolders.clear();
    for (int i = 0; i < m_watched.size(); ++i)
        check(i);
}

void DiskWatcher::check(int index)
{
    Watched& watched = m_watched[index];
    const QString stamp = stampOf(watched.path);
    if (stamp.isEmpty()) {
        if (!watched.removed && !watched.known.isEmpty()) {
            watched.removed = true;
            watched.stamp.clear();
            Q_EMIT removedFromDisk(index);
        }
        return;
    }
    watch(watched.path); // the file may be a new one (replaced, or created again)
    if (stamp == watched.stamp)
        return;
    const QByteArray bytes = readFile(watched.path);
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
    if (index < 0 || index >= m_watched.size())
        return false;
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
