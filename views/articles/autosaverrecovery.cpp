// AutoSaver: finding what a session that is gone left to recover, restoring and discarding it.
#include "articleset.h"
#include "autosaver.h"
#include "recoveryfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextDocument>
#include <algorithm>

namespace Entente {

using namespace RecoveryFiles;

QList<AutoSaver::Recoverable> AutoSaver::findRecoverable(const QString& directory)
{
    QList<Recoverable> result;
    const QFileInfoList sessions = QDir(directory).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& session : sessions) {
        if (!sessionIsDead(session.filePath()))
            continue; // a running instance's
        const QStringList files = recoveryFiles(session.filePath());
        for (const QString& file : files) {
            if (std::optional<Recoverable> recoverable = readRecovery(file))
                result.append(std::move(*recoverable));
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Recoverable& a, const Recoverable& b) { return a.savedAt > b.savedAt; });
    return result;
}

bool AutoSaver::restore(const Recoverable& recoverable, QString* error)
{
    ArticleSet* articles = m_articles.data();
    if (!articles)
        return false;
    int index = articles->indexOfPath(recoverable.path);
    if (index < 0 && QFileInfo::exists(recoverable.path)) {
        const QList<ArticleSet::LoadError> errors = articles->open({ recoverable.path });
        if (!errors.isEmpty()) {
            if (error)
                *error = errors.constFirst().message;
            return false;
        }
        index = articles->indexOfPath(recoverable.path);
    } else if (index < 0) {
        index = articles->openMissing(recoverable.path);
    }
    QTextDocument* document = articles->textDocument(index);
    if (!document) {
        if (error)
            *error = tr("Could not open %1.").arg(recoverable.path);
        return false;
    }
    const QString current = ArticleSet::documentText(document);
    if (current != recoverable.text) {
        // One undo step: undo shows the file as it is on disk, redo the recovered text.
        if (!articles->applyEdits(index, { { { 0, int(current.size()), recoverable.text } }, {} }, error))
            return false;
        m_pending.insert(index);
        writePending(); // this session's own copy, before the old one goes
    }
    discard(recoverable);
    return true;
}

int AutoSaver::restoreAll(const QList<Recoverable>& recoverables, QStringList* errors)
{
    QList<Recoverable> newestFirst = recoverables;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const Recoverable& a, const Recoverable& b) { return a.savedAt > b.savedAt; });
    QSet<QString> done;
    int restored = 0;
    for (const Recoverable& recoverable : std::as_const(newestFirst)) {
        if (done.contains(recoverable.path)) {
            discard(recoverable); // an older copy of a file restored from a newer one
            continue;
        }
        QString error;
        if (restore(recoverable, &error)) {
            done.insert(recoverable.path);
            ++restored;
        } else if (errors) {
            errors->append(error); // the copy stays, to be offered again
        }
    }
    return restored;
}

void AutoSaver::discard(const Recoverable& recoverable)
{
    QFile::remove(recoverable.recoveryFile);
    removeIfEmpty(QFileInfo(recoverable.recoveryFile).absolutePath());
}

} // namespace Entente
