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

struct Document
{
    QString fileName;
    QString text; // the document text: marks and records included, '\n' line ends, no BOM
    bool hasBom = false;
    QString lineEnding = QStringLiteral("\n"); // as found in the file, restored on save

    ArticleInfo article;
    QList<Mark> marks; // in text order
    QList<Actor> actors;
    QList<Meeting> meetings;
    QList<Issue> issues;
    QList<Diagnostic> diagnostics;
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
};

} // namespace Entente
