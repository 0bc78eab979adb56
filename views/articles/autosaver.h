// Autosave and crash recovery: a copy of each changed article's text is written to a recovery file
// a moment after each change, so that a crash or kill loses nothing. Each running Entente writes into
// its own session folder held with a lock file; the folder of a session whose process is gone (the
// lock is stale) is what the next start offers to restore.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <memory>

class QLockFile;
class QTimer;

namespace Entente {

class ArticleSet;

class AutoSaver : public QObject
{
    Q_OBJECT
public:
    explicit AutoSaver(ArticleSet* articles, QObject* parent = nullptr);
    ~AutoSaver() override;

    // The folder that holds the session folders (default: AppLocalDataLocation/recovery). Set it
    // before the first change; a session started elsewhere is closed (its files stay recoverable).
    void setDirectory(const QString& directory);
    QString directory() const { return m_directory; }
    static QString defaultDirectory();
    // This instance's session folder, empty before the first write.
    QString sessionDirectory() const { return m_session; }

    // Quiet time after the last change before writing, and the longest a change waits during
    // continuous typing.
    void setDelays(int quietMs, int maximumMs);
    // How long after a failed write it is tried again (default 10 s).
    void setRetryInterval(int milliseconds) { m_retryMs = milliseconds; }
    int retryInterval() const { return m_retryMs; }

    // The articles whose latest changes have no recovery copy because writing it failed: article
    // path → why (translated). Empty once a write succeeds or the article is saved or closed.
    QHash<QString, QString> failures() const;
    // Tries the failed writes again now (they are also retried every retryInterval()).
    void retryNow();

    struct Recoverable
    {
        QString path; // the article's file
        QDateTime savedAt; // when the copy was written
        QString text; // the document text to restore
        QString recoveryFile; // where the copy is
    };
    // The copies left by sessions that are no longer running, newest first. Sessions of running
    // instances (their lock is held) are never listed.
    static QList<Recoverable> findRecoverable(const QString& directory);
    QList<Recoverable> findRecoverable() const { return findRecoverable(m_directory); }

    // Puts the recovered text into the article as one undoable edit, opening the article first if
    // needed. The document stays modified: the analyst saves it (undo shows the file as it was on
    // disk). If the file no longer exists, the article is opened empty under its old path and filled
    // with the text, so Save creates the file again: analysts' files are never written silently. The
    // old copy is removed once this session holds its own.
    bool restore(const Recoverable& recoverable, QString* error);
    // Restores the newest copy of each file and discards the older ones; returns how many articles
    // were restored and appends what failed to errors.
    int restoreAll(const QList<Recoverable>& recoverables, QStringList* errors);
    // Removes a copy the analyst chose not to restore.
    static void discard(const Recoverable& recoverable);

    // Writes pending changes now, after the write in progress in the background (tests, quitting,
    // and before something risky).
    void writePending();
    // Removes this session's copies: on a clean quit, after the analyst chose Save or Discard.
    void discardAll();
    // The recovery file of a path in this session's folder.
    QString recoveryFileFor(const QString& path) const;

    // A recovery copy to write, taken on the UI thread (the text is implicitly shared) and written
    // by the background thread, so that the UI thread never waits for the disk.
    struct Job
    {
        QString path; // the article's file
        QString recoveryFile;
        QString text;
        QDateTime time;
        QString error; // after writing: empty when written, else the file's errorString()
    };

Q_SIGNALS:
    // A recovery copy of the article was written.
    void written(int index);
    // Writing the article's copy failed (each attempt); reason is translated.
    void writeFailed(int index, const QString& reason);
    // failures() changed: a write failed for another article or with another reason, or succeeded.
    void failuresChanged();

private:
    void changed(int index);
    QList<Job> takePending();
    void writeInBackground();
    void waitForBackground();
    void finishBackground();
    void applyWritten(const QList<Job>& jobs);
    void remove(int index);
    void syncArticles();
    bool ensureSession(QString* error);
    void setFailure(int index, const QString& reason); // an empty reason clears it
    void closeSession();

    QPointer<ArticleSet> m_articles; // may go first when both belong to the same window
    QString m_directory;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_timer;
    QElapsedTimer m_firstPending; // since the oldest change not yet written
    QSet<int> m_pending;
    QHash<int, QString> m_writtenPaths; // index → article path of a copy written in this session
    QHash<int, QString> m_failed; // index → why its last write failed
    QTimer* m_retry;
    QThreadPool m_writer; // one thread: copies are written in order, never two at once
    QFuture<QList<Job>> m_background; // the batch being written, until its results are applied
    QFutureWatcher<QList<Job>> m_backgroundWatcher;
    bool m_backgroundRunning = false;
    int m_retryMs = 10000;
    int m_quietMs = 1000;
    int m_maximumMs = 3000;
};

} // namespace Entente
