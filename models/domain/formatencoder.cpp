// Document text back to bytes in the file's encoding, BOM and line breaks (see formatdecoder.cpp).
#include "format.h"
#include "formatcodec_p.h"

#include <QStringEncoder>

namespace Entente::Format {

using namespace Detail;

namespace {

// Encodes pieces of document text, in order, with the document's encoding, BOM and line breaks. With a
// sink, the bytes go out about a megabyte at a time; without, they gather in bytes().
class PieceEncoder
{
public:
    PieceEncoder(const Document& document, const std::function<void(QByteArrayView)>* sink = nullptr)
        : m_encoder(converterEncoding(document.encoding), QStringEncoder::Flag::Stateless)
        , m_mixed(document.mixedLineBreaks)
        , m_style(breakStyle(document.lineEnding))
        , m_sink(sink)
    {
        if (document.hasBom)
            m_bytes = byteOrderMark(document.encoding).toByteArray();
    }
    void reserve(qsizetype characters) { m_bytes.reserve(characters + characters / 10 + 4); }
    void add(QStringView piece)
    {
        if (m_style == lf && m_mixed.isEmpty()) { // the usual file: no break to change
            convert(piece);
        } else {
            for (qsizetype lineEnd = piece.indexOf(u'\n'); lineEnd >= 0; lineEnd = piece.indexOf(u'\n')) {
                convert(piece.first(lineEnd));
                convert(breakText(m_breaks < m_mixed.size() ? m_mixed.at(m_breaks) : m_style));
                ++m_breaks;
                piece = piece.sliced(lineEnd + 1);
            }
            convert(piece);
        }
        if (m_sink && m_bytes.size() >= (1 << 20))
            flush();
    }
    void flush()
    {
        if (!m_bytes.isEmpty())
            (*m_sink)(m_bytes);
        m_bytes.clear();
    }
    QByteArray bytes() { return std::move(m_bytes); }

private:
    void convert(QStringView text)
    {
        if (text.isEmpty())
            return;
        const qsizetype before = m_bytes.size();
        const qsizetype needed = before + m_encoder.requiredSpace(text.size());
        if (needed > m_bytes.capacity())
            m_bytes.reserve(std::max(needed, m_bytes.capacity() * 2));
        m_bytes.resize(needed);
        char* end = m_encoder.appendToBuffer(m_bytes.data() + before, text);
        m_bytes.truncate(end - m_bytes.constData());
    }

    QStringEncoder m_encoder;
    const QByteArray& m_mixed;
    char m_style;
    const std::function<void(QByteArrayView)>* m_sink;
    QByteArray m_bytes;
    qsizetype m_breaks = 0;
};

// The plain text's pieces: the text between marks and the marks' words.
template<typename Add>
void forEachPlainPiece(const Document& document, Add add)
{
    const QStringView text(document.text);
    qsizetype position = 0;
    for (const Mark& mark : document.marks) {
        add(text.sliced(position, mark.start - position));
        add(text.sliced(mark.textStart, mark.textEnd - mark.textStart));
        position = mark.end;
    }
    add(text.sliced(position, document.articleEnd() - position));
}

} // namespace

QByteArray encode(const Document& document)
{
    PieceEncoder encoder(document);
    encoder.reserve(document.text.size());
    encoder.add(document.text);
    return encoder.bytes();
}

QByteArray encodePlainText(const Document& document)
{
    // Marks lie on one line, so the plain text's line breaks are the first ones of the text.
    PieceEncoder encoder(document);
    encoder.reserve(document.articleEnd());
    forEachPlainPiece(document, [&encoder](QStringView piece) { encoder.add(piece); });
    return encoder.bytes();
}

void encodePlainText(const Document& document, const std::function<void(QByteArrayView)>& write)
{
    PieceEncoder encoder(document, &write);
    forEachPlainPiece(document, [&encoder](QStringView piece) { encoder.add(piece); });
    encoder.flush();
}

} // namespace Entente::Format

namespace Entente {

void Document::adoptFileForm(const Document& previous)
{
    hasBom = previous.hasBom;
    encoding = previous.encoding;
    lineEnding = previous.lineEnding;
    mixedLineBreaks.clear();
    if (previous.mixedLineBreaks.isEmpty())
        return;
    // The edit lies between the common start and the common end of the two texts: the breaks before
    // it and after it are the previous text's, in order; the ones inside it are new.
    const QStringView before(previous.text);
    const QStringView after(text);
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    const qsizetype breaksBefore = after.first(prefix).count(u'\n');
    const qsizetype breaksAfter = after.last(suffix).count(u'\n');
    const qsizetype total = after.count(u'\n');
    const QByteArray& old = previous.mixedLineBreaks;
    const char style = lineEnding == u"\r\n" ? 'R' : lineEnding == u"\r" ? '\r' : '\n';
    mixedLineBreaks = old.first(std::min(breaksBefore, old.size()));
    mixedLineBreaks.append(QByteArray(std::max<qsizetype>(0, total - breaksBefore - breaksAfter), style));
    mixedLineBreaks.append(old.last(std::min(breaksAfter, old.size() - std::min(breaksBefore, old.size()))));
    mixedLineBreaks.resize(total, style);
    if (mixedLineBreaks.count(style) == mixedLineBreaks.size())
        mixedLineBreaks.clear(); // no longer mixed
}

} // namespace Entente
