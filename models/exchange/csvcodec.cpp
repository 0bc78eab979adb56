#include "csvcodec.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Entente::Exchange::Csv {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Exchange::Csv)
};

bool needsQuotes(QStringView field)
{
    for (QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

} // namespace

void Writer::row(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += u',';
        const QString& field = fields.at(i);
        if (needsQuotes(field))
            m_text += u'"' + QString(field).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            m_text += field;
    }
    m_text += QStringView(u"\r\n");
}

Table read(const QByteArray& bytes)
{
    Table table;
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(view);
    if (decoder.hasError()) {
        table.error = Text::tr("the file is not UTF-8 text");
        return table;
    }

    int line = 1;
    int lineStart = 0;
    Row row;
    QString field;
    bool rowStarted = false;
    const auto finishField = [&] {
        row.fields.append(field);
        field.clear();
    };
    const auto finishRow = [&] {
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty();
        if (!blank) {
            if (table.header.isEmpty() && table.rows.isEmpty())
                table.header = row.fields;
            else
                table.rows.append(row);
        }
        row = Row();
        rowStarted = false;
    };
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        if (!rowStarted) {
            row.line = line;
            rowStarted = true;
        }
        row.columns.append(int(i - lineStart) + 1);
        if (text.at(i) == u'"') {
            const int quoteLine = line;
            const int quoteColumn = int(i - lineStart) + 1;
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar c = text.at(i);
                if (c == u'"') {
                    if (i + 1 < size && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == u'\n') {
                    ++line;
                    lineStart = int(i + 1);
                }
                field += c;
                ++i;
            }
            if (!closed) {
                table.error = Text::tr("the quote opened here is never closed");
                table.errorLine = quoteLine;
                table.errorColumn = quoteColumn;
                return table;
            }
            // Text after the closing quote up to the separator is kept, as most readers do.
        }
        while (i < size && text.at(i) != u',' && text.at(i) != u'\n') {
            if (!(text.at(i) == u'\r' && (i + 1 == size || text.at(i + 1) == u'\n')))
                field += text.at(i);
            ++i;
        }
        finishField();
        if (i < size && text.at(i) == u',') {
            ++i;
            if (i == size) {
                row.columns.append(int(i - lineStart) + 1);
                finishField();
            }
            continue;
        }
        // A line break or the end of the text ends the row.
        finishRow();
        if (i < size) {
            ++i;
            ++line;
            lineStart = int(i);
        }
    }
    if (rowStarted)
        finishRow();
    return table;
}

} // namespace Entente::Exchange::Csv
