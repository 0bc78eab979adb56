// One line of the article as the reading view shows it: its words without markup, the marks on them
// and the marks that could not be read. Marks lie on one line (docs/format.md), so every line of the
// reading text maps to the same line of the annotated text, and positions map within the line.
#pragma once

#include "types.h"

#include <QTextBlockUserData>

namespace Entente {

struct Document;

struct LineMark
{
    MarkKind kind = MarkKind::Actor;
    QString ref;
    QString anchor;
    int plainStart = 0; // the words in the reading line
    int plainEnd = 0;
    int start = 0; // the whole mark in the annotated line: [words]{kind=ref}
    int wordsStart = 0;
    int wordsEnd = 0;
    int end = 0;
};

// Markup that looks like a mark but is not one (an unknown kind, a bad date…): in the reading line
// it is plain text, drawn as an error.
struct LineError
{
    int plainStart = 0;
    int plainEnd = 0;
    QString message;
};

class LineMarks : public QTextBlockUserData
{
public:
    QList<LineMark> marks; // in line order
    QList<LineError> errors;

    bool isEmpty() const { return marks.isEmpty() && errors.isEmpty(); }

    // Reads one annotated line (no line break in it); plain receives its reading text.
    static LineMarks parse(QStringView line, QString* plain);
    // The marks and errors of every article line of a parsed document, by line (empty ones for
    // lines without marks), with the reading text of each line.
    static QList<LineMarks> fromDocument(const Document& doc, QStringList* plainLines);

    // A reading position of the line in the annotated line. At a mark's edge it stays outside the
    // mark, so that words typed there stay out of it (as Document::textPosition).
    int annotatedOffset(int plainOffset) const;
    // An annotated position of the line in the reading line; markup goes to the nearest edge of the
    // mark's words (as Document::plainPosition).
    int plainOffset(int annotatedOffset) const;
    // The mark whose words hold the reading position (its start included, its end excluded), or -1.
    int markAt(int plainOffset) const;
    int errorAt(int plainOffset) const;

    // The markup around a problem's position in a line: from the '[' before it to the '}' after it
    // (or to where the mark scanner gave up: the next '[' or the end of the line).
    static std::pair<int, int> markupExtent(QStringView line, int position);

private:
    void addError(const QString& plain, int plainPosition, const QString& message);
};

} // namespace Entente
