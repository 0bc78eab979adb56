#include "safefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Entente::SafeFile {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::SafeFile)
};

#ifdef Q_OS_UNIX
Kind kindOfMode(mode_t mode)
{
    if (S_ISREG(mode))
        return Kind::Regular;
    if (S_ISDIR(mode))
        return Kind::Directory;
    if (S_ISFIFO(mode))
        return Kind::Fifo;
    if (S_ISSOCK(mode))
        return Kind::Socket;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Kind::Device;
    return Kind::Other;
}
#endif

} // namespace

Kind kindOf(const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat info;
    if (::stat(name.constData(), &info) == 0)
        return kindOfMode(info.st_mode);
    const int reason = errno;
    if (reason == ELOOP)
        return Kind::LinkLoop;
    struct stat link;
    if (::lstat(name.constData(), &link) == 0 && S_ISLNK(link.st_mode))
        return reason == ENOENT ? Kind::BrokenLink : Kind::Unreadable;
    return reason == ENOENT || reason == ENOTDIR ? Kind::Missing : Kind::Unreadable;
#else
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return Kind::BrokenLink;
    if (!info.exists())
        return Kind::Missing;
    if (info.isDir())
        return Kind::Directory;
    return info.isFile() ? Kind::Regular : Kind::Other;
#endif
}

QString describe(Kind kind)
{
    switch (kind) {
    case Kind::Regular: return {};
    case Kind::Missing: return Text::tr("no such file");
    case Kind::Directory: return Text::tr("this is a folder, not a file");
    case Kind::Fifo: return Text::tr("this is a FIFO (named pipe), not a regular file");
    case Kind::Socket: return Text::tr("this is a socket, not a regular file");
    case Kind::Device: return Text::tr("this is a device, not a regular file");
    case Kind::BrokenLink: return Text::tr("this is a broken symbolic link (what it points to does not exist)");
    case Kind::LinkLoop: return Text::tr("this symbolic link loops (it leads back to itself)");
    case Kind::Unreadable: return Text::tr("cannot look at this file (no permission?)");
    case Kind::Other: return Text::tr("this is not a regular file");
    }
    return {};
}

QString whyNotWritable(const QString& path)
{
    const Kind kind = kindOf(path);
    if (kind == Kind::Missing || kind == Kind::Regular)
        return {};
    return Text::tr("%1: will not replace it: %2").arg(path, describe(kind));
}

bool write(const QString& path, const QByteArray& bytes, QString* error)
{
    if (const QString refused = whyNotWritable(path); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Text::tr("%1: cannot write: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

namespace Detail {

QString tooLarge(qint64 bytes, qint64 maxBytes)
{
    return Text::tr("the file is too large (%1 MB; Entente opens files up to %2 MB)")
        .arg(bytes / (1024 * 1024))
        .arg(maxBytes / (1024 * 1024));
}

QString readFailed(const QFile& file)
{
    return Text::tr("cannot read the file: %1").arg(file.errorString());
}

bool openRegular(QFile& file, qint64 maxBytes, QString* error, qint64* size)
{
    const Kind kind = kindOf(file.fileName());
    if (kind != Kind::Regular) {
        *error = describe(kind);
        return false;
    }
#ifdef Q_OS_UNIX
    // Opened without blocking (opening a FIFO waits for a writer) and checked again on the handle, so
    // a file swapped for a FIFO or a device after the check above is not read either.
    const int fd = ::open(QFile::encodeName(file.fileName()).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat info;
    if (fd < 0 || ::fstat(fd, &info) != 0 || kindOfMode(info.st_mode) != Kind::Regular) {
        *error = fd < 0 ? Text::tr("cannot read the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))
                        : describe(Kind::Other);
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = readFailed(file);
        return false;
    }
    *size = info.st_size;
#else
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = readFailed(file);
        return false;
    }
    *size = file.size();
#endif
    if (*size > maxBytes) {
        *error = tooLarge(*size, maxBytes);
        return false;
    }
    return true;
}

} // namespace Detail

} // namespace Entente::SafeFile
