// Bytes to document text. Text always has '\n' line breaks (what QTextDocument shows, and what the
// parser counts), so a lone CR is a line break everywhere; the file's own breaks, encoding and BOM are
// remembered (Decoded) and restored by the encoder, so open + save without edits gives the same bytes.
#include "format.h"
#include "formatcodec_p.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace Entente::Format {

using namespace Detail;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Format)
};

// Turns CRLF and lone CR into '\n' in place (one pass, no copy) and tells the file's breaks.
void normaliseLineBreaks(QString& text, Decoded& result)
{
    const qsizetype firstCr = text.indexOf(u'\r');
    const qsizetype firstBreak = text.indexOf(u'\n');
    if (firstCr < 0) {
        result.lineEnding = QStringLiteral("\n");
        return;
    }
    qsizetype counts[3] = { 0, 0, 0 }; // lf, cr, crlf
    QByteArray styles; // filled only once a second style shows up
    qsizetype breaks = 0;
    char firstStyle = 0;
    QChar* data = text.data();
    const qsizetype size = text.size();
    // Everything before the first CR is copied as is; breaks in it are all LF.
    qsizetype from = firstCr;
    qsizetype to = firstCr;
    if (firstBreak >= 0 && firstBreak < firstCr) {
        firstStyle = lf;
        breaks = QStringView(text).first(firstCr).count(u'\n');
        counts[0] = breaks;
    }
    const auto noteBreak = [&](char style) {
        if (firstStyle == 0)
            firstStyle = style;
        if (style != firstStyle && styles.isEmpty())
            styles = QByteArray(breaks, firstStyle);
        if (!styles.isEmpty())
            styles.append(style);
        ++counts[style == lf ? 0 : style == cr ? 1 : 2];
        ++breaks;
    };
    while (from < size) {
        const char16_t c = data[from].unicode();
        if (c == u'\r') {
            const bool pair = from + 1 < size && data[from + 1] == u'\n';
            noteBreak(pair ? crlf : cr);
            data[to++] = u'\n';
            from += pair ? 2 : 1;
        } else {
            if (c == u'\n')
                noteBreak(lf);
            data[to++] = data[from++];
        }
    }
    text.truncate(to);
    const char styleOrder[3] = { lf, cr, crlf };
    int dominant = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[dominant])
            dominant = i;
    }
    result.lineEnding = breakText(styleOrder[dominant]).toString();
    result.mixedLineBreaks = std::move(styles);
}

// Line and column (1-based) of the end of text, counting LF, CRLF and a lone CR as one break each.
std::pair<int, int> endPosition(QStringView text)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n' || (c == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    return { line, int(text.size() - lineStart) + 1 };
}

} // namespace

struct StreamDecoder::Private
{
    QByteArray head; // the first bytes, until the BOM is known
    bool started = false;
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    qsizetype expected = 0;
    QString text;
    QByteArray carry; // an incomplete character at the end of the last piece
    qint64 offset = 0; // bytes of the file before carry (BOM included)
    qint64 badByte = -1;
    qsizetype invalidAt = -1; // where in text the first invalid UTF-8 sequence is, while reading goes on
    QString error;

    void start(QByteArrayView first)
    {
        started = true;
        // UTF-32 first: its little-endian BOM begins like UTF-16's.
        for (TextEncoding e : { TextEncoding::Utf8, TextEncoding::Utf32LE, TextEncoding::Utf32BE, TextEncoding::Utf16LE,
                 TextEncoding::Utf16BE }) {
            if (first.startsWith(byteOrderMark(e))) {
                encoding = e;
                hasBom = true;
                break;
            }
        }
        const qsizetype bom = hasBom ? byteOrderMark(encoding).size() : 0;
        offset = bom;
        text.reserve(qsizetype(expected > bom ? (expected - bom) / unitSize(encoding) + 1 : 16));
        take(first.sliced(bom));
    }

    void fail(qint64 at, const QString& message)
    {
        badByte = at;
        error = message;
    }

    void take(QByteArrayView bytes)
    {
        if (!error.isEmpty())
            return;
        QByteArray joined;
        if (!carry.isEmpty()) {
            joined = carry + bytes;
            bytes = joined;
            carry.clear();
        }
        const qsizetype complete = completePart(bytes);
        carry = bytes.sliced(complete).toByteArray();
        decodePart(bytes.first(complete));
        offset += complete;
    }

    // The length of bytes that holds whole characters only.
    qsizetype completePart(QByteArrayView bytes) const
    {
        const qsizetype n = bytes.size();
        switch (encoding) {
        case TextEncoding::Utf8:
            for (qsizetype back = 1; back <= std::min<qsizetype>(3, n); ++back) {
                const auto b = std::uint8_t(bytes[n - back]);
                if ((b & 0xC0) == 0x80)
                    continue; // a continuation byte: look further back for the lead byte
                const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return length > back ? n - back : n;
            }
            return n;
        case TextEncoding::Utf16LE:
        case TextEncoding::Utf16BE: {
            qsizetype whole = n - n % 2;
            if (whole >= 2) { // a high surrogate waits for its pair
                const char16_t last = encoding == TextEncoding::Utf16LE
                    ? char16_t(std::uint8_t(bytes[whole - 2]) | std::uint8_t(bytes[whole - 1]) << 8)
                    : char16_t(std::uint8_t(bytes[whole - 2]) << 8 | std::uint8_t(bytes[whole - 1]));
                if (QChar::isHighSurrogate(last))
                    whole -= 2;
            }
            return whole;
        }
        case TextEncoding::Utf32LE:
        case TextEncoding::Utf32BE: return n - n % 4;
        }
        return n;
    }

    void decodePart(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return;
        if (encoding == TextEncoding::Utf8) {
            // Binary data is told as such even when it is not valid UTF-8 before the NUL.
            if (const void* nul = std::memchr(bytes.data(), 0, size_t(bytes.size()))) {
                const qsizetype at = static_cast<const char*>(nul) - bytes.data();
                // For the NUL's line and column; as any other piece, so that a BOM's bytes at the start
                // of this piece count as the character they are (QString::fromUtf8 would drop them).
                appendUtf8(bytes.first(at));
                fail(offset + at, nulMessage(offset + at));
                return;
            }
            appendUtf8(bytes);
            return;
        }
        appendWide(bytes);
    }

    QString nulMessage(qint64 at) const
    {
        // UTF-16 without a BOM has a NUL in every other byte of Latin text.
        if (head.size() >= 4 && !hasBom && ((head[1] == 0 && head[3] == 0 && head[0] != 0) || (head[0] == 0 && head[2] == 0 && head[1] != 0)))
            return Text::tr("this looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a byte-order mark)");
        return Text::tr("this is not a text file (a NUL byte at byte %1)").arg(at);
    }

    void appendUtf8(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return;
        // The file's BOM is already taken off: a BOM at the start of a piece is text.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        const qsizetype before = text.size();
        text.resize(before + decoder.requiredSpace(bytes.size()));
        QChar* end = decoder.appendToBuffer(text.data() + before, bytes);
        text.truncate(end - text.constData());
        if (!decoder.hasError() || invalidAt >= 0)
            return;
        // The first U+FFFD that is not spelled EF BF BD in the bytes marks the first invalid sequence
        // (the text may hold real replacement characters before it).
        qsizetype byte = 0;
        qsizetype from = before;
        qsizetype bad = text.indexOf(QChar::ReplacementCharacter, before);
        for (; bad >= 0; bad = text.indexOf(QChar::ReplacementCharacter, bad + 1)) {
            byte += QStringView(text).sliced(from, bad - from).toUtf8().size();
            if (!bytes.sliced(std::min(byte, bytes.size())).startsWith("\xEF\xBF\xBD"))
                break;
            byte += 3;
            from = bad + 1;
        }
        // Reading goes on: a NUL further on makes the file binary rather than badly encoded, wherever
        // the pieces of the file end.
        invalidAt = bad >= 0 ? bad : text.size();
    }

    void appendWide(QByteArrayView bytes)
    {
        const bool utf16 = encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE;
        const bool little = encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf32LE;
        const int width = utf16 ? 2 : 4;
        const auto unitAt = [&](qsizetype i) {
            char32_t value = 0;
            for (int k = 0; k < width; ++k) {
                const char32_t b = std::uint8_t(bytes[i + (little ? width - 1 - k : k)]);
                value = value << 8 | b;
            }
            return value;
        };
        const QString name = utf16 ? QStringLiteral("UTF-16") : QStringLiteral("UTF-32");
        text.reserve(text.size() + bytes.size() / width + 1);
        for (qsizetype i = 0; i < bytes.size(); i += width) {
            const char32_t unit = unitAt(i);
            if (unit == 0) {
                fail(offset + i, Text::tr("this is not a text file (a NUL character at byte %1)").arg(offset + i));
                return;
            }
            if (utf16 && QChar::isHighSurrogate(unit) && i + 2 < bytes.size() && QChar::isLowSurrogate(unitAt(i + 2))) {
                text.append(QChar(char16_t(unit))).append(QChar(char16_t(unitAt(i + 2))));
                i += 2;
                continue;
            }
            if (QChar::isSurrogate(unit) || unit > 0x10FFFF) {
                fail(offset + i, Text::tr("this file is not valid %1 text").arg(name));
                return;
            }
            if (QChar::requiresSurrogates(unit))
                text.append(QChar(QChar::highSurrogate(unit))).append(QChar(QChar::lowSurrogate(unit)));
            else
                text.append(QChar(char16_t(unit)));
        }
    }
};

StreamDecoder::StreamDecoder(qsizetype expectedBytes)
    : d(new Private)
{
    d->expected = expectedBytes;
}

void StreamDecoder::expect(qsizetype bytes)
{
    d->expected = bytes;
}

StreamDecoder::~StreamDecoder()
{
    delete d;
}

bool StreamDecoder::feed(QByteArrayView bytes)
{
    if (!d->started) {
        if (d->head.size() + bytes.size() < 4) { // too few bytes to tell the BOM yet
            d->head.append(bytes);
            return true;
        }
        const QByteArray first = d->head + bytes;
        d->head = first.first(4);
        d->start(first);
        return d->error.isEmpty();
    }
    d->take(bytes);
    return d->error.isEmpty();
}

Decoded StreamDecoder::finish()
{
    if (!d->started)
        d->start(QByteArray(d->head));
    if (d->error.isEmpty() && d->invalidAt >= 0) {
        d->text.truncate(d->invalidAt);
        d->fail(d->offset, Text::tr("this file is not valid UTF-8 text"));
    }
    if (d->error.isEmpty() && !d->carry.isEmpty()) {
        if (d->encoding == TextEncoding::Utf8)
            d->fail(d->offset, Text::tr("this file is not valid UTF-8 text"));
        else
            d->fail(d->offset, Text::tr("the file ends in the middle of a character"));
    }
    Decoded result;
    result.hasBom = d->hasBom;
    result.encoding = d->encoding;
    if (!d->error.isEmpty()) {
        std::tie(result.errorLine, result.errorColumn) = endPosition(d->text);
        result.error = d->error;
        d->text.clear();
        return result;
    }
    normaliseLineBreaks(d->text, result);
    result.text = std::move(d->text);
    return result;
}

Decoded decode(const QByteArray& bytes)
{
    StreamDecoder decoder(bytes.size());
    decoder.feed(bytes);
    return decoder.finish();
}

void Decoded::applyFileForm(Document& document) const
{
    document.hasBom = hasBom;
    document.encoding = encoding;
    document.lineEnding = lineEnding;
    document.mixedLineBreaks = mixedLineBreaks;
}

} // namespace Entente::Format
