// One article file as Entente reads it: the annotated text (the single source of truth) and what the
// parser found in it.
#pragma once

#include "types.h"

#include <QDate>

namespace Entente {

struct ArticleInfo
{
    QDate date; // publication date, the anchor for relative dates
    QString title;
    ExtraFields extra;
    friend bool operator==(const ArticleInfo&, const ArticleInfo&) = default;
};

// How a file stores its text, restored on save so that a file opened and saved unchanged keeps its bytes.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

// An id a mark or a meeting names that the document itself does not define (the definition may be in
// another article of the corpus: see Format::resolveAcrossArticles).
struct Reference
{
    MarkKind kind = MarkKind::Actor;
    QString id;
    int line = 0;
    int column = 0;
    bool inMark = true; // a mark; else a meeting's participants or issues
    friend bool operator==(const Reference&, const Reference&) = default;
};

struct Document
{
    QString fileName;
    QString text; // the document text: marks and records included, '\n' line breaks, no BOM
    bool hasBom = false;
    TextEncoding encoding = TextEncoding::Utf8;
    // The file's line break ("\n", "\r\n" or "\r"); when it mixes them, the most frequent one. New lines
    // get it.
    QString lineEnding = QStringLiteral("\n");
    // Only for a file that mixes line breaks: each break of text in order, '\n' (LF), '\r' (CR) or 'R'
    // (CRLF), so that saving restores each one. Empty otherwise, so it costs nothing for most files.
    QByteArray mixedLineBreaks;

    ArticleInfo article;
    QList<Mark> marks; // in text order
    QList<Actor> actors;
    QList<Meeting> meetings;
    QList<Issue> issues;
    QList<Diagnostic> diagnostics;
    QList<Reference> unresolved; // each has a warning in diagnostics
    int recordsStart = -1; // position of the records delimiter line in text, -1 without records
    bool unreadable = false; // the file could not be read as text: diagnostics say why

    // The article's words: text without marks and without the records section.
    QString plainText() const;
    // The end of the article part of text (exclusive).
    int articleEnd() const;

    int markIndexAt(int position) const; // the mark covering position, or -1
    // The position in plainText() of a position of text in the article part; a position in a mark's
    // markup goes to the nearest edge of its words.
    int plainPosition(int textPosition) const;
    // The position in text of a position of plainText(): outside marks, or inside a mark's words.
    // A position at a mark's edge maps outside the mark, so spans of plain words stay outside marks.
    int textPosition(int plainPosition) const;
    QList<int> markIndexesFor(MarkKind kind, QStringView ref) const;

    int actorIndex(QStringView id) const;
    int meetingIndex(QStringView id) const;
    int issueIndex(QStringView id) const;

    bool hasErrors() const;

    // After an edit re-parsed the text: keeps previous's encoding, BOM and line breaks. With mixed
    // line breaks, the lines before and after the edited part keep their own; new lines get lineEnding.
    void adoptFileForm(const Document& previous);
};

} // namespace Entente
