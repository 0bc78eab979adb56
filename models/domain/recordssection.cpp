// The records section of a document as editable lines: the record edits change lines here, and the
// section is written back as one edit of only the characters that differ.
#include "documentedits_p.h"
#include "format.h"

#include <algorithm>
#include <array>

namespace Entente::DocumentEdits::Detail {

using namespace Qt::StringLiterals;

Section::Section(const Document& doc)
    : m_doc(doc)
{
    if (doc.recordsStart < 0) {
        m_lines.append(classify(Format::recordsDelimiter));
        return;
    }
    const QStringView text(doc.text);
    m_firstLine = 1 + int(text.first(doc.recordsStart).count(u'\n'));
    for (qsizetype start = doc.recordsStart; start < text.size();) {
        const qsizetype lineBreak = text.indexOf(u'\n', start);
        const qsizetype end = lineBreak < 0 ? text.size() : lineBreak;
        m_lines.append(classify(text.sliced(start, end - start)));
        m_trailingNewline = lineBreak >= 0;
        start = end + 1;
    }
}

int Section::lineOf(int fileLine)
{
    const int line = fileLine - m_firstLine;
    return m_doc.recordsStart >= 0 && line >= 1 && line < m_lines.size() ? line : (m_broken = true, -1);
}

QList<int> Section::find(QStringView type, QStringView id) const
{
    QList<int> found;
    for (qsizetype i = 1; i < m_lines.size(); ++i) {
        if (m_lines.at(i).type == type && m_lines.at(i).id == id)
            found.append(int(i));
    }
    return found;
}

int Section::lastOfRank(int rank) const
{
    static constexpr std::array<QStringView, 5> order { u"article", u"actor", u"meeting", u"issue", u"status" };
    for (qsizetype i = m_lines.size() - 1; i > 0; --i) {
        const auto it = std::find(order.cbegin(), order.cend(), m_lines.at(i).type);
        if (it != order.cend() && std::min(int(it - order.cbegin()), 3) <= rank)
            return int(i);
    }
    return 0;
}

bool Section::isRemoved(int line)
{
    return at(line).removed;
}

void Section::replace(int line, const QString& text)
{
    at(line).text = text;
}

void Section::remove(int line)
{
    at(line).removed = true;
}

void Section::insertAfter(int line, const QString& text)
{
    at(line).after.append(text);
}

void Section::renameHead(int line, QStringView to)
{
    Line& l = at(line);
    l.text = l.type + u' ' + to + QStringView(l.text).sliced(l.colon);
}

void Section::appendEdit(QList<TextEdit>& edits) const
{
    QString section;
    for (const Line& line : m_lines) {
        if (!line.removed)
            section += line.text + u'\n';
        for (const QString& added : line.after)
            section += added + u'\n';
    }
    const QStringView text(m_doc.text);
    if (m_doc.recordsStart < 0) {
        // The line break before the delimiter belongs to it (docs/format.md), so the article keeps
        // its words whether or not it ends with one; an empty article starts with the delimiter.
        if (!m_lines.first().after.isEmpty())
            edits.append({ int(text.size()), 0, (text.isEmpty() ? u""_s : u"\n"_s) + section });
        return;
    }
    if (!m_trailingNewline)
        section.chop(1);
    const QStringView old = text.sliced(m_doc.recordsStart);
    // Only the characters between the common start and the common end change.
    const qsizetype shorter = std::min(old.size(), section.size());
    const qsizetype prefix
        = std::mismatch(old.begin(), old.begin() + shorter, section.cbegin()).first - old.begin();
    const qsizetype suffix
        = std::mismatch(old.rbegin(), old.rbegin() + (shorter - prefix), section.crbegin()).first - old.rbegin();
    if (old != section)
        edits.append({ int(m_doc.recordsStart + prefix), int(old.size() - prefix - suffix),
            section.sliced(prefix, section.size() - prefix - suffix) });
}

// The same reading of "type id:" as the record parser's.
Section::Line Section::classify(QStringView text)
{
    Line line { text.toString(), {}, {}, text.indexOf(u':'), false, {} };
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#') || line.colon < 0)
        return line;
    const QStringView head = text.first(line.colon).trimmed();
    const qsizetype space = head.indexOf(u' ');
    line.type = (space < 0 ? head : head.first(space)).toString();
    line.id = space < 0 ? QString() : head.sliced(space + 1).trimmed().toString();
    return line;
}

Section::Line& Section::at(int line)
{
    if (line >= 0 && line < m_lines.size())
        return m_lines[line];
    m_broken = true;
    return m_nowhere;
}

} // namespace Entente::DocumentEdits::Detail
