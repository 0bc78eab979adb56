#include "jsonbytes.h"

#include <QChar>

#include <charconv>

namespace Entente::Json {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10); // lower case, as Qt writes
}

} // namespace

void IndentedBytes::open(char bracket)
{
    m_out += bracket;
    m_out += '\n';
    m_counts.append(0);
}

void IndentedBytes::close(char bracket)
{
    // Qt ends the last member's line even when it opened none: "[\n    ]" for an empty array.
    const int count = m_counts.last();
    m_counts.removeLast();
    if (count > 0)
        m_out += '\n';
    indent(m_base + int(m_counts.size()));
    m_out += bracket;
}

void IndentedBytes::element()
{
    if (m_counts.last()++ > 0)
        m_out += ",\n";
    indent(m_base + int(m_counts.size()));
}

void IndentedBytes::key(QByteArrayView name)
{
    element();
    m_out += '"';
    m_out += name;
    m_out += "\": ";
}

void IndentedBytes::key(QStringView name)
{
    element();
    string(name);
    m_out += ": ";
}

void IndentedBytes::string(QStringView text)
{
    m_out += '"';
    appendEscaped(m_out, text);
    m_out += '"';
}

void IndentedBytes::number(qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    m_out.append(digits, result.ptr - digits);
}

void IndentedBytes::isoDate(QDate date)
{
    int year = 0, month = 0, day = 0;
    if (date.isValid())
        date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) { // invalid, or a year Qt writes its own way
        string(date.toString(Qt::ISODate));
        return;
    }
    char text[12] = { '"', char('0' + year / 1000), char('0' + year / 100 % 10), char('0' + year / 10 % 10),
                      char('0' + year % 10), '-', char('0' + month / 10), char('0' + month % 10), '-',
                      char('0' + day / 10), char('0' + day % 10), '"' };
    m_out.append(text, sizeof text);
}

void IndentedBytes::appendEscaped(QByteArray& out, QStringView text)
{
    // At most six bytes a UTF-16 unit ("\u001f"); the room is taken once and trimmed at the end.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6);
    char* cursor = out.data() + start;
    const char16_t* source = text.utf16();
    const char16_t* const end = source + text.size();
    const auto escapeUnit = [&cursor](char16_t unit) {
        *cursor++ = '\\';
        *cursor++ = 'u';
        *cursor++ = hexDigit(unit >> 12 & 0xf);
        *cursor++ = hexDigit(unit >> 8 & 0xf);
        *cursor++ = hexDigit(unit >> 4 & 0xf);
        *cursor++ = hexDigit(unit & 0xf);
    };
    while (source != end) {
        const char16_t unit = *source++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                *cursor++ = char(unit);
                continue;
            }
            switch (unit) {
            case u'"':
                *cursor++ = '\\';
                *cursor++ = '"';
                break;
            case u'\\':
                *cursor++ = '\\';
                *cursor++ = '\\';
                break;
            case u'\b':
                *cursor++ = '\\';
                *cursor++ = 'b';
                break;
            case u'\f':
                *cursor++ = '\\';
                *cursor++ = 'f';
                break;
            case u'\n':
                *cursor++ = '\\';
                *cursor++ = 'n';
                break;
            case u'\r':
                *cursor++ = '\\';
                *cursor++ = 'r';
                break;
            case u'\t':
                *cursor++ = '\\';
                *cursor++ = 't';
                break;
            default:
                escapeUnit(unit);
            }
        } else if (unit < 0x800) {
            *cursor++ = char(0xc0 | unit >> 6);
            *cursor++ = char(0x80 | (unit & 0x3f));
        } else if (!QChar::isSurrogate(unit)) {
            *cursor++ = char(0xe0 | unit >> 12);
            *cursor++ = char(0x80 | (unit >> 6 & 0x3f));
            *cursor++ = char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && source != end && QChar::isLowSurrogate(*source)) {
            const char32_t point = QChar::surrogateToUcs4(unit, *source++);
            *cursor++ = char(0xf0 | point >> 18);
            *cursor++ = char(0x80 | (point >> 12 & 0x3f));
            *cursor++ = char(0x80 | (point >> 6 & 0x3f));
            *cursor++ = char(0x80 | (point & 0x3f));
        } else {
            escapeUnit(unit); // a surrogate without its other half is no UTF-8: Qt escapes it
        }
    }
    out.resize(cursor - out.constData());
}

} // namespace Entente::Json
