// Reading article files and finding them in folders. Only regular files are read, with a bound, in
// pieces decoded as they come, so that a file's bytes and its text are never both whole in memory.
#include "format.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Entente::Format {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Format)
};

Document unreadable(const QString& path, const QString& message, int line = 0, int column = 0)
{
    Document doc;
    doc.fileName = path;
    doc.unreadable = true;
    doc.diagnostics.append({ path, line, column, Severity::Error, message });
    return doc;
}

bool isArticleName(const QString& name)
{
    return name.endsWith(u".entente") || name.endsWith(u".txt");
}

// The article files under folder (sorted), and the entries that look like articles but are not read.
void walkFolder(const QString& folder, QStringList& files, QList<SkippedFile>& skipped)
{
    QStringList found;
    QStringList pending { folder };
    while (!pending.isEmpty()) {
        const QString dir = pending.takeLast();
        if (!QFileInfo(dir).isReadable() || !QDir(dir).isReadable()) {
            skipped.append({ dir, Text::tr("cannot read this folder") });
            continue;
        }
        // System entries are FIFOs, sockets, devices and broken links: listed so they can be reported.
        QDirIterator it(dir, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isDir() && !info.isSymLink()) { // linked folders are not followed: they may loop
                pending.append(path);
                continue;
            }
            if (!isArticleName(info.fileName()) || info.fileName().startsWith(u'.'))
                continue;
            const SafeFile::Kind kind = SafeFile::kindOf(path);
            if (kind == SafeFile::Kind::Regular && info.isReadable())
                found.append(path);
            else if (kind == SafeFile::Kind::Regular)
                skipped.append({ path, Text::tr("cannot read this file (no permission)") });
            else if (kind != SafeFile::Kind::Directory)
                skipped.append({ path, SafeFile::describe(kind) });
        }
    }
    found.sort();
    files.append(found);
}

} // namespace

Document load(const QString& path)
{
    StreamDecoder decoder;
    QString error;
    qint64 size = -1;
    const bool read = SafeFile::readPieces(
        path, maximumFileSize,
        [&](QByteArrayView piece) {
            if (size >= 0) { // the text's room is reserved once, from the file's size
                decoder.expect(qsizetype(size));
                size = -1;
            }
            return decoder.feed(piece);
        },
        &error, &size);
    if (!read)
        return unreadable(path, error);
    const Decoded decoded = decoder.finish();
    if (!decoded.error.isEmpty())
        return unreadable(path, decoded.error, decoded.errorLine, decoded.errorColumn);
    Document doc = parse(decoded.text, path);
    decoded.applyFileForm(doc);
    return doc;
}

ArticleFiles findArticleFiles(const QStringList& paths)
{
    ArticleFiles result;
    for (const QString& path : paths) {
        if (SafeFile::kindOf(path) != SafeFile::Kind::Directory) {
            result.files.append(path); // named directly: load() says what is wrong with it
            continue;
        }
        const qsizetype before = result.files.size();
        walkFolder(path, result.files, result.skipped);
        if (result.files.size() == before)
            result.emptyFolders.append(path);
    }
    return result;
}

QStringList articleFiles(const QStringList& paths)
{
    return findArticleFiles(paths).files;
}

} // namespace Entente::Format
