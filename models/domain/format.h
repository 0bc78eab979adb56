// Entente's annotated-text format: reading files, parsing, and writing records. See docs/format.md.
#pragma once

#include "document.h"

#include <QByteArray>

#include <functional>

namespace Entente::Format {

// The line that starts the records section.
inline constexpr QStringView recordsDelimiter = u"=== entente ===";
// Files larger than this are refused rather than read into memory.
inline constexpr qint64 maximumFileSize = 256ll * 1024 * 1024;

struct Decoded
{
    QString text; // '\n' line breaks (from LF, CRLF or a lone CR), BOM removed
    bool hasBom = false;
    TextEncoding encoding = TextEncoding::Utf8;
    QString lineEnding = QStringLiteral("\n"); // as Document::lineEnding
    QByteArray mixedLineBreaks; // as Document::mixedLineBreaks
    QString error; // empty on success
    int errorLine = 0; // where the first bad byte is (a lone CR counts as a line break)
    int errorColumn = 0;

    // The decoded text's file form (encoding, BOM, line breaks) into document.
    void applyFileForm(Document& document) const;
};

// Bytes to text: UTF-8 (BOM or not), or UTF-16 or UTF-32 with a BOM. Refuses binary data and
// invalid text with the position of the first bad byte.
Decoded decode(const QByteArray& bytes);

// The same, fed in pieces as a file is read, so that the file's bytes are never all in memory
// next to its text.
class StreamDecoder
{
public:
    explicit StreamDecoder(qsizetype expectedBytes = 0);
    ~StreamDecoder();
    StreamDecoder(const StreamDecoder&) = delete;
    StreamDecoder& operator=(const StreamDecoder&) = delete;
    // The size of the whole input, when known before the first feed(): the text is allocated once.
    void expect(qsizetype bytes);
    // False once the bytes so far are not text; what follows is ignored.
    bool feed(QByteArrayView bytes);
    Decoded finish();

private:
    struct Private;
    Private* d;
};

// Text back to bytes with the document's encoding, BOM and line breaks.
QByteArray encode(const Document& document);
// The article's words without markup, with the document's encoding, BOM and line breaks: for a file
// that was annotated in Entente, the bytes of the article before annotation.
QByteArray encodePlainText(const Document& document);
// The same, handed to write about a megabyte at a time: a large article is not in memory twice.
void encodePlainText(const Document& document, const std::function<void(QByteArrayView)>& write);

// Parses document text (as decode() returns it, '\n' line breaks). Never fails: problems become
// diagnostics and the rest of the document still loads.
Document parse(const QString& text, const QString& fileName = {});
// Reads and parses a regular file; unreadable, binary, oversized and special files (FIFOs, devices,
// sockets) give a document with one error and are never read.
Document load(const QString& path);

// Unknown ids across articles: drops the warnings for marks and meetings naming an id that another
// of the documents defines. Each document alone keeps them (parse() cannot see the others).
void resolveAcrossArticles(QList<Document>& documents);

// A file or folder entry that is not read, and why (translated).
struct SkippedFile
{
    QString path;
    QString reason;
};
struct ArticleFiles
{
    QStringList files; // the files named, and the article files found in folders, sorted per folder
    QList<SkippedFile> skipped; // in folders: FIFOs, devices, sockets, broken or looping links, unreadable
    QStringList emptyFolders; // folders named that hold no article file
};
// Files as given and, for folders, the .entente and .txt files in them and their subfolders.
ArticleFiles findArticleFiles(const QStringList& paths);
QStringList articleFiles(const QStringList& paths); // findArticleFiles(paths).files

// Canonical record lines, as parse() reads them back.
QString formatArticle(const ArticleInfo& info);
QString formatActor(const Actor& actor);
QString formatMeeting(const Meeting& meeting);
QString formatIssue(const Issue& issue);
QString formatStatus(const QString& issueId, const StatusChange& change);
QString formatMark(MarkKind kind, QStringView ref, QStringView words, QStringView anchor = {});

// The whole document with a records section rebuilt from its values (canonical form). For a file in
// canonical form, write(parse(text)) == text.
QString write(const Document& document);

} // namespace Entente::Format
