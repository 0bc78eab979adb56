// Shared by the edits of marks (markedits.cpp) and of records (recordedits.cpp): the records section
// as editable lines, and the check every result passes before it is handed out (documentedits.cpp).
#pragma once

#include "documentedits.h"

namespace Entente::DocumentEdits::Detail {

EditResult failure(const QString& message);
QString badId(QStringView id);

// The records section as editable lines (line 0 is the delimiter). Changes are collected per line and
// appendEdit() turns them into one edit; a document without records gets a new section at its end.
class Section
{
public:
    explicit Section(const Document& doc);

    // The section line of a record's Origin::line; a bad one makes the whole change fail.
    int lineOf(int fileLine);
    QList<int> find(QStringView type, QStringView id) const;
    // The last record line at or before rank in canonical order (article, actors, meetings, issues
    // with their status lines), else the delimiter.
    int lastOfRank(int rank) const;
    bool isRemoved(int line);
    void replace(int line, const QString& text);
    void remove(int line);
    void insertAfter(int line, const QString& text);
    // "type id: fields" with the id replaced and the fields kept as written.
    void renameHead(int line, QStringView to);
    bool broken() const { return m_broken; }

    void appendEdit(QList<TextEdit>& edits) const;

private:
    struct Line
    {
        QString text;
        QString type; // empty for comments, blank lines and the delimiter
        QString id;
        qsizetype colon = 0;
        bool removed = false;
        QStringList after; // lines inserted after this one
    };

    static Line classify(QStringView text);
    Line& at(int line);

    const Document& m_doc;
    QList<Line> m_lines;
    Line m_nowhere; // what a bad line index edits
    int m_firstLine = 0;
    bool m_trailingNewline = true;
    bool m_broken = false;
};

// Every result is parsed: a change that would alter the article's words or add an error is refused
// rather than trusted to the reasoning that computed it.
EditResult finish(const Document& doc, QList<TextEdit> edits, const Section* section = nullptr);

// "]{kind=ref #anchor}": what follows a mark's words.
QString markSuffix(MarkKind kind, QStringView ref, QStringView anchor);
// The edits that take a mark's brackets away, keeping its words.
void unwrap(const Mark& mark, QList<TextEdit>& edits);
// Status changes whose evidence mark goes away lose their evidence rather than point at nothing.
void dropLostEvidence(const Document& doc, Section& section, const QList<int>& removedMarks);

} // namespace Entente::DocumentEdits::Detail
