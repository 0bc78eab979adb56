// What the fuzz harnesses share: a check that stops the run with a message (libFuzzer then saves the
// input as a crash artifact; the replay test fails), and a reader that turns the fuzzer's bytes into
// choices.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                        \
    do {                                                                                                   \
        if (!(condition)) {                                                                                \
            std::fprintf(stderr, "fuzz check failed at %s:%d: %s\n  (%s)\n", __FILE__, __LINE__, #condition, \
                qPrintable(Entente::Fuzz::visible(QString(what))));                                        \
            std::abort();                                                                                  \
        }                                                                                                  \
    } while (false)

namespace Entente::Fuzz {

// The message with control characters, NULs and U+FFFD spelled out as hex escapes: a NUL would end the printed
// text, and the rest of it (" -> " and the value that broke the invariant) would never be seen.
inline QString visible(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfffd)
            out += QStringLiteral("\\u{%1}").arg(c.unicode(), 0, 16);
        else
            out += c;
    }
    return out;
}

// Takes numbers and strings from the front of the fuzzer's input; past its end everything is zero.
class ByteReader
{
public:
    ByteReader(const std::uint8_t* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    bool atEnd() const { return m_position >= m_size; }
    std::uint8_t byte() { return m_position < m_size ? m_data[m_position++] : 0; }
    // A number in [0, bound) (0 when bound is 0), from two bytes.
    int below(int bound)
    {
        const int value = (int(byte()) << 8) | int(byte());
        return bound > 0 ? value % bound : 0;
    }
    // Up to maxLength bytes as UTF-8 text (invalid sequences become U+FFFD).
    QString text(int maxLength)
    {
        const int length = below(maxLength + 1);
        const std::size_t available = m_size - std::min(m_position, m_size);
        const std::size_t taken = std::min<std::size_t>(std::size_t(length), available);
        const QString result = QString::fromUtf8(reinterpret_cast<const char*>(m_data + m_position), qsizetype(taken));
        m_position += taken;
        return result;
    }
    QByteArray rest()
    {
        const std::size_t from = std::min(m_position, m_size);
        m_position = m_size;
        return QByteArray(reinterpret_cast<const char*>(m_data + from), qsizetype(m_size - from));
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_position = 0;
};

} // namespace Entente::Fuzz
