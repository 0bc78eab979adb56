#include "autosaver.h"

#include "articleset.h"
#include "recoveryfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace Entente {

using namespace RecoveryFiles;

AutoSaver::AutoSaver(ArticleSet* articles, QObject* parent)
    : QObject(parent)
    , m_articles(articles)
    , m_directory(defaultDirectory())
    , m_timer(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AutoSaver::writeInBackground);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] {
        for (auto it = m_failed.cbegin(); it != m_failed.cend(); ++it)
            m_pending.insert(it.key());
        writeInBackground();
    });
    m_writer.setMaxThreadCount(1);
    connect(&m_backgroundWatcher, &QFutureWatcher<QList<Job>>::finished, this, &AutoSaver::finishBackground);
    connect(m_articles, &ArticleSet::textChanged, this, &AutoSaver::changed);
    connect(m_articles, &ArticleSet::modificationChanged, this, [this](int index, bool modified) {
        if (modified) {
            changed(index); // also without a text change (Keep My Version over a file changed on disk)
        } else {
            // Saved, reloaded, or undone back to the file's text: nothing to recover.
            m_pending.remove(index);
            remove(index);
            setFailure(index, {});
        }
    });
    connect(m_articles, &ArticleSet::saved, this, [this](int index) {
        m_pending.remove(index);
        remove(index);
        setFailure(index, {});
    });
    connect(m_articles, &ArticleSet::articlesChanged, this, &AutoSaver::syncArticles);
}

AutoSaver::~AutoSaver()
{
    // Unsaved copies stay: if the window went away without asking, the next start offers them.
    // A write in progress is finished first (quitting waits for it).
    if (m_articles)
        writePending();
    else
        m_background.waitForFinished();
    m_backgroundRunning = false;
    closeSession();
}

QString AutoSaver::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

void AutoSaver::setDirectory(const QString& directory)
{
    if (directory == m_directory)
        return;
    writePending();
    closeSession();
    m_writtenPaths.clear();
    m_directory = directory;
}

void AutoSaver::setDelays(int quietMs, int maximumMs)
{
    m_quietMs = quietMs;
    m_maximumMs = maximumMs;
}

QString AutoSaver::recoveryFileFor(const QString& path) const
{
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_session + u'/' + QString::fromLatin1(hash) + suffix;
}

void AutoSaver::changed(int index)
{
    if (index < 0)
        return;
    m_pending.insert(index);
    if (!m_firstPending.isValid())
        m_firstPending.start();
    // Restarted on each change, but never later than m_maximumMs after the first unwritten one.
    const qint64 left = m_maximumMs - m_firstPending.elapsed();
    m_timer->start(int(std::clamp<qint64>(std::min<qint64>(m_quietMs, left), 0, m_quietMs)));
}

// Runs on the writer thread: only the jobs, nothing of the AutoSaver. QSaveFile writes a temporary
// file and renames it over the old copy, so a copy is always some whole state of the text.
static QList<AutoSaver::Job> writeJobs(QList<AutoSaver::Job> jobs)
{
    for (AutoSaver::Job& job : jobs) {
        QSaveFile file(job.recoveryFile);
        const QByteArray bytes = encodeRecovery(job.path, job.time, job.text);
        job.text.clear(); // let the snapshot go as soon as it is on disk
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            job.error = file.errorString();
            if (job.error.isEmpty())
                job.error = QStringLiteral("?");
        }
    }
    return jobs;
}

void AutoSaver::writePending()
{
    waitForBackground();
    applyWritten(writeJobs(takePending()));
}

// On the UI thread: which articles to write and a snapshot of their texts.
QList<AutoSaver::Job> AutoSaver::takePending()
{
    m_timer->stop();
    m_firstPending.invalidate();
    const QSet<int> pending = std::exchange(m_pending, {});
    QList<Job> jobs;
    ArticleSet* articles = m_articles.data(); // one load: the compiler then knows it is not null
    if (!articles)
        return jobs;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int index : pending) {
        if (index < 0 || index >= articles->count())
            continue;
        if (!articles->isModified(index)) {
            remove(index); // undone back to the file's text
            setFailure(index, {});
            continue;
        }
        QString error;
        if (!ensureSession(&error)) {
            setFailure(index, error);
            continue;
        }
        const QString path = articles->path(index);
        if (m_writtenPaths.value(index, path) != path)
            remove(index); // saved under another name meanwhile
        // articles->text(): an article changed across articles without being shown has no text document.
        jobs.append({ path, recoveryFileFor(path), articles->text(index), now, {} });
    }
    return jobs;
}

// The timer's write: the disk work (a sync per copy, seconds for thousands of articles) happens on
// the writer thread. Changes made meanwhile stay pending and go in the next batch.
void AutoSaver::writeInBackground()
{
    if (m_backgroundRunning)
        return; // finishBackground() starts the next batch
    QList<Job> jobs = takePending();
    if (jobs.isEmpty())
        return;
    m_backgroundRunning = true;
    m_background = QtConcurrent::run(&m_writer, writeJobs, std::move(jobs));
    m_backgroundWatcher.setFuture(m_background);
}

void AutoSaver::waitForBackground()
{
    if (!m_backgroundRunning)
        return;
    m_background.waitForFinished();
    finishBackground();
}

void AutoSaver::finishBackground()
{
    if (!m_backgroundRunning || !m_background.isFinished())
        return; // already applied by waitForBackground()
    m_backgroundRunning = false;
    const QList<Job> jobs = m_background.result();
    m_background = {};
    applyWritten(jobs);
    if (!m_pending.isEmpty() && !m_timer->isActive())
        writeInBackground(); // changed while writing, and the timer already went off
}

// On the UI thread, after writing: the articles may have been saved, closed, moved or renamed
// while their copies were written, so each copy is matched to its article by path again.
void AutoSaver::applyWritten(const QList<Job>& jobs)
{
    const ArticleSet* articles = m_articles.data();
    for (const Job& job : jobs) {
        const int index = articles ? articles->indexOfPath(job.path) : -1;
        if (!job.error.isEmpty()) {
            qWarning("Entente: could not write the recovery file %s: %s", qPrintable(job.recoveryFile),
                qPrintable(job.error));
            // A session folder removed meanwhile (cleaned up by hand or by a tool): the next attempt
            // starts a new one instead of failing for ever.
            if (!m_session.isEmpty() && !QFileInfo(m_session).isDir())
                closeSession();
            if (index >= 0)
                setFailure(index, tr("could not write %1: %2").arg(QDir::toNativeSeparators(job.recoveryFile), job.error));
            continue;
        }
        if (index < 0 || !articles->isModified(index)) {
            QFile::remove(job.recoveryFile); // saved or closed while it was written: nothing to recover
            continue;
        }
        m_writtenPaths.insert(index, job.path);
        setFailure(index, {});
        Q_EMIT written(index);
    }
}

QHash<QString, QString> AutoSaver::failures() const
{
    QHash<QString, QString> result;
    const ArticleSet* articles = m_articles.data();
    for (auto it = m_failed.cbegin(); it != m_failed.cend(); ++it)
        result.insert(articles ? articles->path(it.key()) : QString(), it.value());
    return result;
}

void AutoSaver::retryNow()
{
    m_retry->stop();
    for (auto it = m_failed.cbegin(); it != m_failed.cend(); ++it)
        m_pending.insert(it.key());
    writePending();
}

void AutoSaver::setFailure(int index, const QString& reason)
{
    if (reason.isEmpty()) {
        if (m_failed.remove(index) > 0)
            Q_EMIT failuresChanged();
        if (m_failed.isEmpty())
            m_retry->stop();
        return;
    }
    const bool changed = m_failed.value(index) != reason;
    m_failed.insert(index, reason);
    m_retry->start(m_retryMs); // every failure is tried again: a full disk gets space, a folder comes back
    Q_EMIT writeFailed(index, reason);
    if (changed)
        Q_EMIT failuresChanged();
}

void AutoSaver::remove(int index)
{
    const auto it = m_writtenPaths.constFind(index);
    if (it == m_writtenPaths.cend())
        return;
    QFile::remove(recoveryFileFor(it.value()));
    m_writtenPaths.erase(it);
}

// Closed articles (closed after the analyst was asked) leave no copies behind.
void AutoSaver::syncArticles()
{
    const ArticleSet* articles = m_articles.data();
    if (!articles)
        return;
    // Closing an article moves the ones after it down an index: copies follow their article's
    // path, and the copy of an article no longer open (closed, or saved under another name) goes.
    QHash<int, QString> written;
    for (auto it = m_writtenPaths.cbegin(); it != m_writtenPaths.cend(); ++it) {
        const int now = articles->indexOfPath(it.value());
        if (now >= 0)
            written.insert(now, it.value());
        else
            QFile::remove(recoveryFileFor(it.value()));
    }
    m_writtenPaths = written;
    const int count = articles->count();
    if (!m_pending.isEmpty()) {
        // Which article a pending index meant is not known after a shift: every changed one is
        // written again.
        m_pending.clear();
        for (int i = 0; i < count; ++i) {
            if (articles->isModified(i))
                m_pending.insert(i);
        }
    }
    // A failure whose article is gone is over; the others are tried again with the pending ones.
    const QList<int> failed = m_failed.keys();
    for (int index : failed) {
        if (index >= count)
            setFailure(index, {});
    }
}

void AutoSaver::discardAll()
{
    waitForBackground(); // its copies are removed with the others
    m_timer->stop();
    m_firstPending.invalidate();
    m_pending.clear();
    const QList<int> indexes = m_writtenPaths.keys();
    for (int index : indexes)
        remove(index);
    const QList<int> failed = m_failed.keys();
    for (int index : failed)
        setFailure(index, {});
    closeSession();
}

bool AutoSaver::ensureSession(QString* error)
{
    if (!m_session.isEmpty())
        return true;
    QDir root(m_directory);
    if (!root.mkpath(QStringLiteral("."))) {
        qWarning("Entente: could not create the recovery folder %s", qPrintable(m_directory));
        *error = tr("could not create the recovery folder %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // Sessions that ended with nothing to recover are only clutter.
    const QFileInfoList sessions = root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& session : sessions)
        removeIfEmpty(session.filePath());
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString session = root.filePath(
            QStringLiteral("session-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!root.mkpath(session))
            continue;
        auto lock = std::make_unique<QLockFile>(session + u'/' + lockName);
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
            m_session = session;
            return true;
        }
    }
    qWarning("Entente: could not start a recovery session in %s", qPrintable(m_directory));
    *error = tr("could not start a recovery session in %1 (is the folder writable?)").arg(QDir::toNativeSeparators(m_directory));
    return false;
}

void AutoSaver::closeSession()
{
    if (m_session.isEmpty())
        return;
    if (m_backgroundRunning)
        m_background.waitForFinished(); // its copies go into this session's folder
    const bool empty = recoveryFiles(m_session).isEmpty();
    m_lock.reset(); // unlocks: from now on the copies are another start's to recover
    if (empty)
        QDir(m_session).removeRecursively();
    m_session.clear();
}

} // namespace Entente
