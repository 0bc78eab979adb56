// Notices when another program changes or removes an open article's file, so that the analyst
// chooses between the file and their text and nothing is overwritten silently. Entente's own saves
// are recognised by their bytes and never reported.
#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace Entente {

class ArticleSet;

class DiskWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DiskWatcher(ArticleSet* articles, QObject* parent = nullptr);
    ~DiskWatcher() override;

    // Reported changes the analyst has not answered yet (reload or keep).
    bool hasUnseenDiskChange(int index) const;
    // The file was deleted or moved away since Entente loaded or saved it.
    bool isRemovedFromDisk(int index) const;
    // Whether the file now differs from what Entente last loaded or saved, and the analyst has not
    // chosen to keep their version over exactly these bytes: saving then asks first. Reads the file.
    bool changedSinceLoad(int index) const;
    // Replaces the text with the file's as one undoable edit (undo brings the analyst's text back),
    // then marks the article unmodified.
    bool reload(int index, QString* error);
    // The analyst keeps their text; the article stays (or becomes) modified and the next save
    // overwrites the file, which was their choice. A later change on disk is reported again.
    void keep(int index);

    // Checks the files now instead of waiting for the watcher's notice and the settle delay.
    void checkNow();

Q_SIGNALS:
    void changedOnDisk(int index);
    void removedFromDisk(int index);

private:
    struct Watched
    {
        QString path;
        QByteArray known; // hash of the bytes Entente loaded or saved
        QByteArray reported; // hash of the last change on disk reported
        QByteArray kept; // hash of the change on disk the analyst chose to overwrite
        QString stamp; // size and times when last read: unchanged files are not read again
        bool unseen = false;
        bool removed = false;
    };
    // What a check found of one file: its stamp (empty: gone) and, when it changed, its bytes.
    struct Observation
    {
        int index = 0;
        QString path;
        QString stamp;
        QByteArray bytes;
    };
    // articlesChanged: articles only appended (a folder opened) are taken in a later event-loop turn
    // of their own, so that the turn announcing thousands of them stays short; anything else now.
    void articlesChanged();
    void syncArticles();
    void syncIfPending(); // first thing in every handler that uses m_watched
    void saved(int index, const QByteArray& bytes);
    void check(int index);
    void observe(int index, const QString& stamp, const QByteArray& bytes);
    bool isEdited(int index) const;
    void watch(const QString& path);
    void watchFolder(const QString& folder);
    void settled();
    void checksFinished();

    ArticleSet* m_articles;
    QFileSystemWatcher* m_watcher;
    QTimer* m_settle; // editors write in several steps: look once the writing is over
    bool m_syncPending = false; // articles were appended and are not in m_watched yet
    QList<Watched> m_watched; // by article index
    QSet<QString> m_dirtyFiles;
    QSet<QString> m_dirtyFolders;
    QSet<QString> m_watchedFiles;
    QSet<QString> m_watchedFolders;
    QFutureWatcher<QList<Observation>> m_checks; // checks of many files at once, on a worker
};

} // namespace Entente
