#include "wordspan.h"

#include <algorithm>

namespace Entente::WordSpan {

namespace {

// Letters, digits and the joiners inside words ("Blinken's", "US-China", "3.5").
bool isWordChar(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isLetterOrNumber())
        return true;
    const bool joiner = c == u'\'' || c == u'\u2019' || c == u'-' || c == u'.' || c == u'&';
    return joiner && i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber()
        && text.at(i + 1).isLetterOrNumber();
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == QChar::ParagraphSeparator;
}

} // namespace

Span trim(QStringView text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    while (start < end && !isWordChar(text, start))
        ++start;
    while (end > start && !isWordChar(text, end - 1))
        --end;
    if (start >= end)
        return {};
    while (start > 0 && isWordChar(text, start - 1))
        --start;
    while (end < text.size() && isWordChar(text, end))
        ++end;
    return { start, end };
}

Span wordAt(QStringView text, int position)
{
    if (position < 0 || position > text.size())
        return {};
    if (position < text.size() && isWordChar(text, position))
        return trim(text, position, position + 1);
    if (position > 0 && isWordChar(text, position - 1))
        return trim(text, position - 1, position);
    return {};
}

int nextWordEnd(QStringView text, int end)
{
    int i = end;
    while (i < text.size() && !isWordChar(text, i)) {
        if (isLineBreak(text.at(i)) || text.at(i) == u'[' || text.at(i) == u']')
            return -1;
        ++i;
    }
    if (i >= text.size())
        return -1;
    while (i < text.size() && isWordChar(text, i))
        ++i;
    return i;
}

int previousWordEnd(QStringView text, int start, int end)
{
    int i = end;
    while (i > start && isWordChar(text, i - 1))
        --i;
    while (i > start && !isWordChar(text, i - 1))
        --i;
    return i > start ? i : -1;
}

Span sentence(QStringView text, int start, int end)
{
    const auto endsSentence = [text](qsizetype i) {
        const QChar c = text.at(i);
        return (c == u'.' || c == u'!' || c == u'?') && (i + 1 >= text.size() || text.at(i + 1).isSpace());
    };
    int from = std::clamp(start, 0, int(text.size()));
    while (from > 0 && !isLineBreak(text.at(from - 1)) && !endsSentence(from - 1))
        --from;
    while (from < start && text.at(from).isSpace())
        ++from;
    int to = std::clamp(end, from, int(text.size()));
    while (to < text.size() && !isLineBreak(text.at(to)) && !endsSentence(to))
        ++to;
    if (to < text.size() && endsSentence(to))
        ++to;
    return { from, to };
}

} // namespace Entente::WordSpan
