#include "recoveryfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUrl>

namespace Entente::RecoveryFiles {

namespace {

// The first line of every recovery file; the number changes when the format does.
constexpr QByteArrayView magic = "ENTENTE-RECOVERY 1";

} // namespace

const QString suffix = QStringLiteral(".entente-recovery");
const QString lockName = QStringLiteral("session.lock");

QStringList recoveryFiles(const QString& session)
{
    QStringList files;
    const QFileInfoList entries = QDir(session).entryInfoList({ u'*' + suffix }, QDir::Files);
    for (const QFileInfo& entry : entries)
        files.append(entry.filePath());
    return files;
}

// A session whose lock nobody holds belongs to a process that is gone. The lock's age does not
// matter (setStaleLockTime(0)): a long-running instance keeps its lock however old it is.
bool sessionIsDead(const QString& session)
{
    QLockFile lock(session + u'/' + lockName);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
}

// Format: the magic line, "path: <percent-encoded path>", "saved: <ISO time, UTC>", an empty line,
// then the document text as UTF-8, byte for byte.
QByteArray encodeRecovery(const QString& path, const QDateTime& time, const QString& text)
{
    QByteArray bytes = magic.toByteArray();
    bytes += '\n';
    bytes += "path: " + QUrl::toPercentEncoding(path) + '\n';
    bytes += "saved: " + time.toUTC().toString(Qt::ISODateWithMs).toUtf8() + '\n';
    bytes += '\n';
    bytes += text.toUtf8();
    return bytes;
}

std::optional<AutoSaver::Recoverable> readRecovery(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const qsizetype end = bytes.indexOf("\n\n");
    if (end < 0 || !bytes.startsWith(QByteArray(magic.toByteArray() + '\n')))
        return std::nullopt; // another version, or cut short: not ours to guess at
    AutoSaver::Recoverable result;
    result.recoveryFile = fileName;
    const QList<QByteArray> header = bytes.first(end).split('\n');
    for (const QByteArray& line : header) {
        if (line.startsWith("path: "))
            result.path = QUrl::fromPercentEncoding(line.sliced(6));
        else if (line.startsWith("saved: "))
            result.savedAt = QDateTime::fromString(QString::fromUtf8(line.sliced(7)), Qt::ISODateWithMs);
    }
    if (result.path.isEmpty())
        return std::nullopt;
    result.text = QString::fromUtf8(bytes.sliced(end + 2));
    return result;
}

// Removes a dead session's folder once it holds no copies.
void removeIfEmpty(const QString& session)
{
    if (recoveryFiles(session).isEmpty() && sessionIsDead(session))
        QDir(session).removeRecursively();
}

} // namespace Entente::RecoveryFiles
