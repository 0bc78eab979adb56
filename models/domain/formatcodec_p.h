// Shared by the format's decoder and encoder: how a file's encoding and line breaks are spelled.
#pragma once

#include "document.h"

#include <QByteArrayView>
#include <QStringConverter>
#include <QStringView>

namespace Entente::Format::Detail {

// Line breaks as Document::mixedLineBreaks spells them.
inline constexpr char lf = '\n';
inline constexpr char cr = '\r';
inline constexpr char crlf = 'R';

inline QStringView breakText(char style)
{
    return style == crlf ? QStringView(u"\r\n") : style == cr ? QStringView(u"\r") : QStringView(u"\n");
}

inline char breakStyle(QStringView lineEnding)
{
    return lineEnding == u"\r\n" ? crlf : lineEnding == u"\r" ? cr : lf;
}

inline QStringConverter::Encoding converterEncoding(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringConverter::Utf8;
    case TextEncoding::Utf16LE: return QStringConverter::Utf16LE;
    case TextEncoding::Utf16BE: return QStringConverter::Utf16BE;
    case TextEncoding::Utf32LE: return QStringConverter::Utf32LE;
    case TextEncoding::Utf32BE: return QStringConverter::Utf32BE;
    }
    return QStringConverter::Utf8;
}

inline QByteArrayView byteOrderMark(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QByteArrayView("\xEF\xBB\xBF", 3);
    case TextEncoding::Utf16LE: return QByteArrayView("\xFF\xFE", 2);
    case TextEncoding::Utf16BE: return QByteArrayView("\xFE\xFF", 2);
    case TextEncoding::Utf32LE: return QByteArrayView("\xFF\xFE\0\0", 4);
    case TextEncoding::Utf32BE: return QByteArrayView("\0\0\xFE\xFF", 4);
    }
    return {};
}

inline int unitSize(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return 1;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: return 2;
    case TextEncoding::Utf32LE:
    case TextEncoding::Utf32BE: return 4;
    }
    return 1;
}

} // namespace Entente::Format::Detail
