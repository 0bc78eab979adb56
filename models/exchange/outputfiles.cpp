#include "outputfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Entente::Exchange {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Exchange::OutputFiles)
};

// Creates the folders files go in, each once (a set of 20,000 files has a handful of folders).
class Folders
{
public:
    bool make(const QString& file)
    {
        const QString folder = QFileInfo(file).absolutePath();
        if (m_made.contains(folder))
            return true;
        if (!QDir().mkpath(folder))
            return false;
        m_made.insert(folder);
        return true;
    }

private:
    QSet<QString> m_made;
};

#ifdef Q_OS_LINUX
// A file of the staging folder: written plainly, made durable by one syncfs() for the whole set
// (each file's own temporary file, fsync and rename took most of the time of a brat export).
bool writeStaged(const QString& path, const QByteArray& bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = Text::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool syncStaged(const QString& folder, QString* error)
{
    const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = descriptor >= 0 && ::syncfs(descriptor) == 0;
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    if (descriptor >= 0)
        ::close(descriptor);
    if (!synced)
        *error = Text::tr("%1: %2").arg(folder, reason);
    return synced;
}
#endif

} // namespace

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Text::tr("%1: cannot create the folder %2").arg(path, info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Text::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString safeRelativePath(const QString& name)
{
    QStringList parts;
    for (const QString& part : QString(name).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"." || part == u"..")
            continue;
        parts.append(part);
    }
    if (parts.isEmpty() || name.startsWith(u'/') || (name.size() > 1 && name.at(1) == u':'))
        return parts.isEmpty() ? QString() : parts.constLast(); // absolute: the file name only
    return parts.join(u'/');
}

bool writeFiles(const QString& folder, const QList<OutputFile>& files, Existing existing,
                QStringList* written, QString* error)
{
    const QDir target(folder);
    if (!QDir().mkpath(target.absolutePath())) {
        *error = Text::tr("cannot create the folder %1").arg(folder);
        return false;
    }
    if (existing == Existing::Refuse) {
        for (const OutputFile& file : files) {
            if (QFileInfo::exists(target.filePath(file.path))) {
                *error = Text::tr("%1 already exists; nothing was written").arg(target.filePath(file.path));
                return false;
            }
        }
    }
    QTemporaryDir staging(target.filePath(QStringLiteral(".entente-XXXXXX")));
    if (!staging.isValid()) {
        *error = Text::tr("cannot write in %1: %2").arg(folder, staging.errorString());
        return false;
    }
#ifdef Q_OS_LINUX
    Folders stagingFolders;
#endif
    for (const OutputFile& file : files) {
        const QString path = staging.filePath(file.path);
#ifdef Q_OS_LINUX
        if (!stagingFolders.make(path)) {
            *error = Text::tr("%1: cannot create the folder %2").arg(path, QFileInfo(path).absolutePath());
            return false;
        }
        if (!writeStaged(path, file.bytes, error))
            return false;
#else
        if (!writeFile(path, file.bytes, error))
            return false;
#endif
    }
#ifdef Q_OS_LINUX
    if (!syncStaged(staging.path(), error))
        return false;
#endif
    Folders targetFolders;
    QStringList moved;
    for (const OutputFile& file : files) {
        const QString destination = target.filePath(file.path);
        std::error_code code;
        if (targetFolders.make(destination))
            std::filesystem::rename(QFile::encodeName(staging.filePath(file.path)).toStdString(),
                                    QFile::encodeName(destination).toStdString(), code);
        else
            code = std::make_error_code(std::errc::permission_denied);
        if (code) {
            *error = Text::tr("%1: %2").arg(destination, QString::fromLocal8Bit(code.message()));
            if (existing == Existing::Refuse) {
                for (const QString& path : std::as_const(moved))
                    QFile::remove(path);
            }
            return false;
        }
        moved.append(destination);
    }
    if (written)
        *written = moved;
    return true;
}

} // namespace Entente::Exchange
