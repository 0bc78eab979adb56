#include "document.h"

#include <algorithm>

namespace Entente {

namespace {

template<typename Record>
int indexOfId(const QList<Record>& records, QStringView id)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace

int Document::articleEnd() const
{
    if (recordsStart < 0)
        return int(text.size());
    // The line break before the delimiter belongs to the delimiter line.
    return recordsStart > 0 ? recordsStart - 1 : 0;
}

QString Document::plainText() const
{
    const int end = articleEnd();
    QString plain;
    plain.reserve(end);
    int position = 0;
    for (const Mark& mark : marks) {
        plain.append(QStringView(text).sliced(position, mark.start - position));
        plain.append(QStringView(text).sliced(mark.textStart, mark.textEnd - mark.textStart));
        position = mark.end;
    }
    plain.append(QStringView(text).sliced(position, end - position));
    return plain;
}

int Document::plainPosition(int textPosition) const
{
    int markup = 0; // markup characters before textPosition
    for (const Mark& mark : marks) {
        if (mark.start >= textPosition)
            break;
        if (textPosition >= mark.end) {
            markup += (mark.textStart - mark.start) + (mark.end - mark.textEnd);
            continue;
        }
        const int inWords = std::clamp(textPosition, mark.textStart, mark.textEnd);
        return inWords - markup - (mark.textStart - mark.start);
    }
    return textPosition - markup;
}

int Document::textPosition(int plainPosition) const
{
    int markup = 0;
    for (const Mark& mark : marks) {
        const int opening = mark.textStart - mark.start;
        const int plainStart = mark.start - markup; // where the mark's words start in the plain text
        if (plainPosition <= plainStart)
            break;
        const int plainEnd = plainStart + (mark.textEnd - mark.textStart);
        if (plainPosition < plainEnd)
            return mark.textStart + (plainPosition - plainStart);
        markup += opening + (mark.end - mark.textEnd);
    }
    return plainPosition + markup;
}

int Document::markIndexAt(int position) const
{
    const auto it = std::upper_bound(marks.cbegin(), marks.cend(), position,
        [](int pos, const Mark& mark) { return pos < mark.start; });
    if (it == marks.cbegin())
        return -1;
    const auto candidate = std::prev(it);
    return position < candidate->end ? int(std::distance(marks.cbegin(), candidate)) : -1;
}

QList<int> Document::markIndexesFor(MarkKind kind, QStringView ref) const
{
    QList<int> found;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        if (marks.at(i).kind == kind && marks.at(i).ref == ref)
            found.append(int(i));
    }
    return found;
}

int Document::actorIndex(QStringView id) const
{
    return indexOfId(actors, id);
}

int Document::meetingIndex(QStringView id) const
{
    return indexOfId(meetings, id);
}

int Document::issueIndex(QStringView id) const
{
    return indexOfId(issues, id);
}

bool Document::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
        [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace Entente
