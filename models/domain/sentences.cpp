#include "sentences.h"

#include <algorithm>

namespace Entente {

namespace {

bool endsSentence(QStringView text, int i)
{
    const QChar c = text.at(i);
    if (c == u'\n')
        return true;
    if (c != u'.' && c != u'!' && c != u'?')
        return false;
    return i + 1 >= text.size() || text.at(i + 1).isSpace();
}

} // namespace

QString sentenceAt(const Document& document, int position)
{
    const int end = document.articleEnd();
    if (position < 0 || position >= end)
        return {};
    const QStringView text(document.text);
    // A sentence never ends inside a mark: "[Mr. Xi]{actor=xi}" is one name.
    const auto insideMark = [&](int i) {
        const int mark = document.markIndexAt(i);
        return mark >= 0 && i < document.marks.at(mark).end - 1;
    };
    int first = position;
    while (first > 0 && !(endsSentence(text, first - 1) && !insideMark(first - 1)))
        --first;
    int last = position;
    while (last < end && !(endsSentence(text, last) && !insideMark(last)))
        ++last;
    if (last < end && text.at(last) != u'\n')
        ++last; // keep the full stop
    QString sentence;
    int i = first;
    while (i < last) {
        const int mark = document.markIndexAt(i);
        if (mark >= 0) {
            const Mark& m = document.marks.at(mark);
            sentence += text.sliced(m.textStart, m.textEnd - m.textStart);
            i = m.end;
            continue;
        }
        sentence += text.at(i);
        ++i;
    }
    return sentence.simplified();
}

} // namespace Entente
