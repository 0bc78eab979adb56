// Every change an analyst makes (tagging words, editing a record in a form, merging actors) is a
// text edit of the document text, so that it lands in the editor's one undo history and undo gives
// back the same bytes. These functions compute those edits from a parsed Document; they never change
// the article's words (Document::plainText() is the same before and after).
#pragma once

#include "document.h"

namespace Entente::DocumentEdits {

// Replaces [start, start + length) of the text with replacement.
struct TextEdit
{
    int start = 0;
    int length = 0;
    QString replacement;
    friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

// The edits are in text order and do not overlap; an insertion listed before an edit that starts at
// the same position goes before it. Apply them from the last to the first so that positions stay
// valid (that is what apply() does, and what a QTextCursor loop should do).
struct EditResult
{
    QList<TextEdit> edits;
    QString error; // translated, empty on success; a refused change has no edits
    bool ok() const { return error.isEmpty(); }
};

QString apply(QString text, const QList<TextEdit>& edits);
// The edits that turn apply(text, edits) back into text (for tests and for a plain-text undo).
QList<TextEdit> inverse(const QString& text, const QList<TextEdit>& edits);

// The format's id rule (types.h), so callers of these edits need no other header.
using Entente::isValidId;

// Marks. Positions index doc.text. The words must be plain article words on one line, outside every
// other mark, without '[' or ']'; ref must be a valid id (a date or start..end for MarkKind::Date).
EditResult addMark(const Document& doc, int start, int end, MarkKind kind, const QString& ref,
    const QString& anchor = {});
// Removing a mark keeps its words; a status whose evidence was its anchor loses the evidence.
EditResult removeMark(const Document& doc, int markIndex);
EditResult changeMark(const Document& doc, int markIndex, MarkKind kind, const QString& ref);
// The new span may reach over neighbouring plain words or leave some of the mark's words out.
EditResult resizeMark(const Document& doc, int markIndex, int newTextStart, int newTextEnd);

// Records. line is one article, actor, meeting or issue record line (Format::formatActor etc.); it
// replaces the record of the same type and id or is added in canonical order, creating the records
// section when the document has none. Status lines go through the status functions below.
EditResult setRecord(const Document& doc, const QString& line);
EditResult addStatus(const Document& doc, const QString& issueId, const StatusChange& change);
// historyIndex indexes doc.issues[...].history; the status lines stay in date order.
EditResult setStatus(const Document& doc, const QString& issueId, int historyIndex,
    const StatusChange& change);
EditResult removeStatus(const Document& doc, const QString& issueId, int historyIndex);
// Removes an actor, meeting or issue (with its status lines) and its id from the meetings' lists;
// removeMarks also unwraps the marks naming it (the words stay). Removing the last participant of a
// meeting is refused.
EditResult removeRecord(const Document& doc, MarkKind kind, const QString& id, bool removeMarks);
// Renames the record, the marks naming it, the meetings' participants or issues and status lines.
EditResult renameId(const Document& doc, MarkKind kind, const QString& from, const QString& to);
// from's name and aliases become aliases of into, its marks and meetings go to into, its record goes.
EditResult mergeActors(const Document& doc, const QString& from, const QString& into);

} // namespace Entente::DocumentEdits
