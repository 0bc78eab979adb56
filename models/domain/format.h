// Entente's annotated-text format: reading files, parsing, and writing records. See docs/format.md.
#pragma once

#include "document.h"

#include <QByteArray>

namespace Entente::Format {

// The line that starts the records section.
inline constexpr QStringView recordsDelimiter = u"=== entente ===";
// Files larger than this are refused rather than read into memory.
inline constexpr qint64 maximumFileSize = 256ll * 1024 * 1024;

struct Decoded
{
    QString text; // '\n' line ends, BOM removed
    bool hasBom = false;
    QString lineEnding = QStringLiteral("\n");
    QString error; // empty on success
    int errorLine = 0;
    int errorColumn = 0;
};

// Bytes to text: refuses binary data and invalid UTF-8 with the position of the first bad byte.
Decoded decode(const QByteArray& bytes);
// Text back to bytes with the document's BOM and line ending.
QByteArray encode(const Document& document);
// The article's words without markup, with the document's BOM and line ending: for a file that
// was annotated in Entente, the bytes of the article before annotation.
QByteArray encodePlainText(const Document& document);

// Parses document text (as decode() returns it). Never fails: problems become diagnostics and the
// rest of the document still loads.
Document parse(const QString& text, const QString& fileName = {});
// Reads and parses a file; unreadable, binary or oversized files give a document with one error.
Document load(const QString& path);

// Files as given and, for folders, the .entente and .txt files in them and their subfolders, sorted.
QStringList articleFiles(const QStringList& paths);

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
