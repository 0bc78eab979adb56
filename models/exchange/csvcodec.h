// RFC 4180 tables: fields quoted when they hold a comma, a quote or a line break, CRLF between rows,
// UTF-8 without a byte-order mark (what R, pandas and spreadsheets' text import read by default).
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Entente::Exchange::Csv {

class Writer
{
public:
    void row(const QStringList& fields);
    QByteArray data() const { return m_text.toUtf8(); }

private:
    QString m_text; // converted once: per-row conversions would cost more than the rest
};

struct Row
{
    int line = 0; // 1-based line of the row's first character
    QStringList fields;
    QList<int> columns; // 1-based column (in characters) where each field starts on its line
};

struct Table
{
    QStringList header;
    QList<Row> rows; // without the header and without blank lines
    QString error; // empty when the whole text was read
    int errorLine = 0;
    int errorColumn = 0;
};

// Reads a table; a leading byte-order mark is skipped, LF and CRLF rows both work. An unclosed
// quote stops reading there and sets error (the rows before it are kept). Invalid UTF-8 is an error.
Table read(const QByteArray& bytes);

} // namespace Entente::Exchange::Csv
