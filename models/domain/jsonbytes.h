// JSON written straight to UTF-8 bytes, exactly as QJsonDocument::toJson(QJsonDocument::Indented)
// writes the same values (four spaces a level, "key": value, strings escaped as Qt does), without
// building a QJsonObject per record: `--dump` of 10,000 articles spent most of its time in them.
// The caller gives an object's keys in QJsonObject's order (sorted), as a QJsonObject would hold them.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringView>
#include <QVarLengthArray>

namespace Entente::Json {

class IndentedBytes
{
public:
    // depth: the level of the first value written (0 for a document of its own).
    explicit IndentedBytes(QByteArray& out, int depth = 0)
        : m_out(out)
        , m_base(depth)
    { }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // An object's member: its key (plain ASCII, no escapes), then one value or container.
    void key(QByteArrayView name);
    void key(QStringView name); // any text, escaped
    // An array's element: one value or container follows.
    void element();

    void string(QStringView text);
    void number(qint64 value);
    void null() { m_out += "null"; }
    // "2023-07-13" as QDate::toString(Qt::ISODate) gives it (an empty string for an invalid date).
    void isoDate(QDate date);

    // Qt's escaping of a JSON string's contents, into UTF-8 (without the quotes).
    static void appendEscaped(QByteArray& out, QStringView text);

private:
    void open(char bracket);
    void close(char bracket);
    void indent(int levels) { m_out.append(qsizetype(4) * levels, ' '); }

    QByteArray& m_out;
    int m_base = 0;
    QVarLengthArray<int, 8> m_counts; // members or elements written in each open container
};

} // namespace Entente::Json
