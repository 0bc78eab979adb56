// Reading brat .ann files: one annotation a line (T, E, R, A/M, N, # notes, * equivalences), and
// the offsets of the .txt they count in. See http://brat.nlplab.org/standoff.html.
#pragma once

#include "types.h"

#include <QByteArray>

namespace Entente::Exchange::Brat {

struct TextBound
{
    QString id;
    QString type;
    QList<std::pair<int, int>> fragments; // [start, end) offsets; more than one when discontinuous
    QString text;
    int line = 0;
};

struct EventLine
{
    QString id;
    QString type;
    QString trigger; // a T id
    QList<std::pair<QString, QString>> arguments; // role (Participant, Participant2, ...) → T or E id
    int line = 0;
};

struct RelationLine
{
    QString id;
    QString type;
    QString arg1;
    QString arg2;
    int line = 0;
};

struct AttributeLine
{
    QString name;
    QString target;
    QString value; // empty for a binary attribute
    int line = 0;
};

struct NormalizationLine
{
    QString target;
    QString database;
    QString key;
    int line = 0;
};

struct NoteLine
{
    QString target;
    QString text;
    int line = 0;
};

struct Annotations
{
    QList<TextBound> textBounds;
    QList<EventLine> events;
    QList<RelationLine> relations;
    QList<AttributeLine> attributes;
    QList<NormalizationLine> normalizations;
    QList<NoteLine> notes;
    QList<QStringList> equivalences;
};

// Malformed lines are reported with file:line and skipped.
Annotations parse(const QString& text, const QString& fileName, QList<Diagnostic>* problems);

// What brat's offsets count. brat means Unicode characters; tools written in Java or JavaScript
// count UTF-16 units, some count UTF-8 bytes: an import checks each T line's text to tell.
enum class OffsetUnit { CodePoints, Utf16, Utf8Bytes };

// Offsets of a .txt file's bytes to positions in the text as Entente reads it (no byte-order mark,
// '\n' line ends).
class OffsetMap
{
public:
    OffsetMap(const QByteArray& bytes, OffsetUnit unit);
    // -1 when the offset is out of range or inside a character.
    int position(int offset) const;

private:
    QList<int> m_positions; // offset → position
};

} // namespace Entente::Exchange::Brat
