// Word-level spans for tagging: an analyst's rough selection becomes the words they meant, and a
// mark grows or shrinks one word at a time.
#pragma once

#include <QString>

namespace Entente::WordSpan {

struct Span
{
    int start = 0;
    int end = 0; // exclusive
    bool isEmpty() const { return end <= start; }
    friend bool operator==(const Span&, const Span&) = default;
};

// [start, end) without surrounding spaces and punctuation, widened to whole words when the
// selection stops inside one; quotes and brackets inside the span stay. Empty when nothing is left.
Span trim(QStringView text, int start, int end);
// The word at position (for a click without a selection), empty between words.
Span wordAt(QStringView text, int position);
// end moved past the next word on the same line, or -1 when the line ends first.
int nextWordEnd(QStringView text, int end);
// end moved back before the last word of [start, end), or -1 when only one word is left.
int previousWordEnd(QStringView text, int start, int end);
// The sentence around [start, end) on its line: from after the previous '.', '!' or '?' followed
// by a space (or the line start) to the next one (or the line end).
Span sentence(QStringView text, int start, int end);

} // namespace Entente::WordSpan
