// Files as Entente reads and writes them: only regular files are read (a FIFO or a device would hang
// or never end) and only regular files are replaced by a save (never a device node or a FIFO), reads
// are bounded, and writes are atomic. The window's saves, the command line and exports share this.
#pragma once

#include <QByteArray>
#include <QString>

namespace Entente::SafeFile {

enum class Kind { Missing, Regular, Directory, Fifo, Socket, Device, BrokenLink, LinkLoop, Unreadable, Other };

// What path is, following symbolic links (a broken or looping link says so).
Kind kindOf(const QString& path);
// Why a path of that kind is not read or replaced, translated; empty for Regular.
QString describe(Kind kind);

// Empty when path is a regular file or absent (a save may write it), else why it must not be replaced.
QString whyNotWritable(const QString& path);
// Writes bytes atomically (a temporary file renamed over the target) after whyNotWritable(); on
// failure the target is untouched, and error says which file and why.
bool write(const QString& path, const QByteArray& bytes, QString* error);

// Calls consume with successive pieces of a regular file, at most maxBytes in all; a bigger file, a
// file that is not regular, or a read error gives false and a translated reason in error.
template<typename Consume>
bool readPieces(const QString& path, qint64 maxBytes, Consume consume, QString* error, qint64* size = nullptr);

} // namespace Entente::SafeFile

#include <QFile>

namespace Entente::SafeFile {

namespace Detail {
// Opens path for reading if it is a regular file no bigger than maxBytes (checked again on the open
// handle, so a file swapped for a FIFO in between is not read either).
bool openRegular(QFile& file, qint64 maxBytes, QString* error, qint64* size);
QString tooLarge(qint64 bytes, qint64 maxBytes);
QString readFailed(const QFile& file);
} // namespace Detail

template<typename Consume>
bool readPieces(const QString& path, qint64 maxBytes, Consume consume, QString* error, qint64* size)
{
    QFile file(path);
    qint64 expected = 0;
    if (!Detail::openRegular(file, maxBytes, error, &expected))
        return false;
    if (size)
        *size = expected;
    QByteArray buffer(qsizetype(1) << 20, Qt::Uninitialized);
    qint64 total = 0;
    while (true) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            *error = Detail::readFailed(file);
            return false;
        }
        if (got == 0)
            return true;
        total += got;
        if (total > maxBytes) { // the file grew while being read
            *error = Detail::tooLarge(total, maxBytes);
            return false;
        }
        if (!consume(QByteArrayView(buffer.constData(), qsizetype(got))))
            return true; // the consumer has seen enough
    }
}

} // namespace Entente::SafeFile
