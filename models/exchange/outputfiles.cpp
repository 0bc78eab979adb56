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
#include <sys/stat.h>
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
bool writeStaged(const QString& path, QByteArrayView bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), bytes.size()) != bytes.size()
        || !file.flush()) {
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
    return writeFile(
        path, [&bytes](QIODevice* file) { return file->write(bytes) == bytes.size(); }, error);
}

bool writeFile(const QString& path, const std::function<bool(QIODevice* device)>& write, QString* error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Text::tr("%1: cannot create the folder %2").arg(path, info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(&file) || !file.commit()) {
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
    if (existing == Existing::Refuse) {
        const QDir target(folder);
        for (const OutputFile& file : files) {
            if (QFileInfo::exists(target.filePath(file.path))) {
                *error = Text::tr("%1 already exists; nothing was written").arg(target.filePath(file.path));
                return false;
            }
        }
    }
    StagedFolder staged(folder, existing);
    for (const OutputFile& file : files) {
        if (!staged.add(file.path, file.bytes, error))
            return false;
    }
    return staged.commit(written, error);
}

StagedFolder::StagedFolder(const QString& folder, Existing existing)
    : m_folder(folder)
    , m_existing(existing)
{ }

StagedFolder::~StagedFolder() = default;

bool StagedFolder::open(QString* error)
{
    const QDir target(m_folder);
    const QFileInfo folder(target.absolutePath());
    m_stagingIsTheFolder = !folder.exists() && !folder.isSymLink() && folder.dir().mkpath(QStringLiteral("."));
    if (m_stagingIsTheFolder) {
        m_staging = std::make_unique<QTemporaryDir>(
            folder.dir().filePath(u'.' + folder.fileName() + QStringLiteral(".entente-XXXXXX")));
        if (m_staging->isValid())
            return true;
        m_stagingIsTheFolder = false; // no room beside it: staged inside it, as for an existing folder
    }
    if (!QDir().mkpath(target.absolutePath())) {
        *error = Text::tr("cannot create the folder %1").arg(m_folder);
        return false;
    }
    m_staging = std::make_unique<QTemporaryDir>(target.filePath(QStringLiteral(".entente-XXXXXX")));
    if (!m_staging->isValid()) {
        *error = Text::tr("cannot write in %1: %2").arg(m_folder, m_staging->errorString());
        return false;
    }
    return true;
}

bool StagedFolder::add(const QString& relativePath, QByteArrayView bytes, QString* error)
{
    if (!m_staging && !open(error))
        return false;
    if (m_existing == Existing::Refuse) {
        const QString destination = QDir(m_folder).filePath(relativePath);
        if (QFileInfo::exists(destination)) {
            *error = Text::tr("%1 already exists; nothing was written").arg(destination);
            return false;
        }
    }
    const QString path = m_staging->filePath(relativePath);
#ifdef Q_OS_LINUX
    const QString folder = QFileInfo(path).absolutePath();
    if (!m_stagingFolders.contains(folder)) {
        if (!QDir().mkpath(folder)) {
            *error = Text::tr("%1: cannot create the folder %2").arg(path, folder);
            return false;
        }
        m_stagingFolders.insert(folder);
    }
    if (!writeStaged(path, bytes, error))
        return false;
#else
    if (!writeFile(path, bytes.toByteArray(), error))
        return false;
#endif
    m_paths.append(relativePath);
    return true;
}

bool StagedFolder::commit(QStringList* written, QString* error)
{
    if (!m_staging && !open(error))
        return false;
#ifdef Q_OS_LINUX
    if (!syncStaged(m_staging->path(), error))
        return false;
#endif
    if (m_stagingIsTheFolder && commitWholeFolder(written))
        return true;
    const QDir target(m_folder);
    Folders targetFolders;
    QStringList moved;
    for (const QString& path : std::as_const(m_paths)) {
        const QString destination = target.filePath(path);
        std::error_code code;
        if (targetFolders.make(destination))
            std::filesystem::rename(QFile::encodeName(m_staging->filePath(path)).toStdString(),
                                    QFile::encodeName(destination).toStdString(), code);
        else
            code = std::make_error_code(std::errc::permission_denied);
        if (code) {
            *error = Text::tr("%1: %2").arg(destination, QString::fromLocal8Bit(code.message()));
            if (m_existing == Existing::Refuse) {
                for (const QString& done : std::as_const(moved))
                    QFile::remove(done);
            }
            return false;
        }
        moved.append(destination);
    }
    if (written)
        *written = moved;
    return true;
}

bool StagedFolder::commitWholeFolder(QStringList* written)
{
    const QString folder = QDir(m_folder).absolutePath();
    if (QFileInfo::exists(folder))
        return false; // made meanwhile: the files are moved one by one
    // The staging folder was made private (0700); the folder it becomes gets the usual permissions.
    const QByteArray staged = QFile::encodeName(m_staging->path());
#ifdef Q_OS_LINUX
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::chmod(staged.constData(), 0777 & ~mask) != 0)
        return false;
#endif
    std::error_code code;
    std::filesystem::rename(staged.toStdString(), QFile::encodeName(folder).toStdString(), code);
    if (code)
        return false;
    m_staging->setAutoRemove(false);
    if (written) {
        const QDir target(m_folder);
        written->clear();
        written->reserve(m_paths.size());
        for (const QString& path : std::as_const(m_paths))
            written->append(target.filePath(path));
    }
    return true;
}

} // namespace Entente::Exchange
