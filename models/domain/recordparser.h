// Parses the records section of an Entente file (see docs/format.md): one record per line.
#pragma once

#include "document.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace Entente {

class RecordParser
{
public:
    explicit RecordParser(Document& document);

    // section starts at the delimiter line, which is on line firstLine of the file.
    void parse(QStringView section, int firstLine);

    // "2023-07-16..2023-07-19" or a single date (then both are the same); invalid dates on error.
    static std::pair<FuzzyDate, FuzzyDate> parseDateRange(QStringView text);
    // Splits "a, b ,c" into trimmed, non-empty items.
    static QStringList splitList(QStringView text);

    // The actor and issue ids the meetings name, where they are: for the unknown ones to be reported.
    const QList<Reference>& references() const { return m_references; }

    struct Field
    {
        QString key; // empty for positional fields
        QString value;
        int column = 0;
    };
    // Splits "a; key=b\; c" into fields, undoing the escapes.
    static QList<Field> splitFields(QStringView text, int firstColumn);

private:
    void parseLine(QStringView line, int lineNumber);
    void parseArticle(const QList<Field>& fields);
    void parseActor(const QString& id, const QList<Field>& fields);
    void parseMeeting(const QString& id, const QList<Field>& fields);
    void parseIssue(const QString& id, const QList<Field>& fields);
    void parseStatus(const QString& id, const QList<Field>& fields);
    void error(int column, const QString& message, Severity severity = Severity::Error);
    // The field's list of ids: valid ones are returned (and kept in references), bad ones are errors.
    QStringList idList(const Field& field, MarkKind kind, QList<Reference>& references);

    Document& m_doc;
    int m_line = 0;
    QSet<QString> m_actorIds;
    QSet<QString> m_meetingIds;
    QHash<QString, int> m_issueIndexes;
    QList<Reference> m_references;
};

} // namespace Entente
