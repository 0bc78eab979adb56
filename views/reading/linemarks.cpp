#include "linemarks.h"

#include "format.h"

#include <span>

namespace Entente {

namespace {

// The plain text of one line and its marks, from marks given in positions of the whole text.
template<typename Marks>
QString collect(QStringView line, int lineStart, const Marks& marks, QList<LineMark>* out)
{
    QString plain;
    plain.reserve(line.size());
    int position = 0; // in the line
    for (const Mark& mark : marks) {
        const int start = mark.start - lineStart;
        plain.append(line.sliced(position, start - position));
        LineMark m { mark.kind, mark.ref, mark.anchor, int(plain.size()), 0, start, mark.textStart - lineStart,
            mark.textEnd - lineStart, mark.end - lineStart };
        plain.append(line.sliced(m.wordsStart, m.wordsEnd - m.wordsStart));
        m.plainEnd = int(plain.size());
        position = m.end;
        out->append(std::move(m));
    }
    plain.append(line.sliced(position));
    return plain;
}

} // namespace

LineMarks LineMarks::parse(QStringView line, QString* plain)
{
    LineMarks result;
    if (!line.contains(u'[')) {
        *plain = line.toString();
        return result;
    }
    // The format's own parser reads the line, so the reading view never disagrees with it.
    const Document doc = Format::parse(line.toString());
    *plain = collect(line, 0, doc.marks, &result.marks);
    for (const Diagnostic& d : doc.diagnostics) {
        if (d.severity == Severity::Error)
            result.addError(*plain, result.plainOffset(d.column - 1), d.message);
    }
    return result;
}

QList<LineMarks> LineMarks::fromDocument(const Document& doc, QStringList* plainLines)
{
    QList<LineMarks> lines;
    const QStringView article = QStringView(doc.text).first(doc.articleEnd());
    qsizetype mark = 0;
    qsizetype diagnostic = 0;
    int lineStart = 0;
    for (int number = 1;; ++number) {
        const qsizetype newline = article.indexOf(u'\n', lineStart);
        const int lineEnd = newline < 0 ? int(article.size()) : int(newline);
        const qsizetype firstMark = mark;
        while (mark < doc.marks.size() && doc.marks.at(mark).end <= lineEnd)
            ++mark;
        LineMarks line;
        plainLines->append(collect(article.sliced(lineStart, lineEnd - lineStart), lineStart,
            std::span<const Mark>(doc.marks.constData() + firstMark, size_t(mark - firstMark)), &line.marks));
        while (diagnostic < doc.diagnostics.size() && doc.diagnostics.at(diagnostic).line <= number) {
            const Diagnostic& d = doc.diagnostics.at(diagnostic++);
            if (d.line == number && d.severity == Severity::Error)
                line.addError(plainLines->constLast(), line.plainOffset(d.column - 1), d.message);
        }
        lines.append(std::move(line));
        if (newline < 0)
            break;
        lineStart = lineEnd + 1;
    }
    return lines;
}

std::pair<int, int> LineMarks::markupExtent(QStringView line, int position)
{
    position = std::clamp(position, 0, int(line.size()));
    const qsizetype open = line.first(std::min<qsizetype>(position + 1, line.size())).lastIndexOf(u'[');
    int start = open < 0 ? position : int(open);
    int end = int(line.size());
    if (const qsizetype close = line.indexOf(u'}', position); close >= 0)
        end = std::min(end, int(close) + 1);
    if (const qsizetype next = line.indexOf(u'[', position + 1); next >= 0)
        end = std::min(end, int(next));
    if (end <= start) {
        start = std::max(0, std::min(position, int(line.size()) - 1));
        end = std::min(int(line.size()), start + 1);
    }
    return { start, end };
}

void LineMarks::addError(const QString& plain, int position, const QString& message)
{
    const auto [start, end] = markupExtent(plain, position);
    errors.append({ start, end, message });
}

int LineMarks::annotatedOffset(int plain) const
{
    int markup = 0; // markup characters before the position
    for (const LineMark& m : marks) {
        if (plain <= m.plainStart)
            break;
        if (plain < m.plainEnd)
            return m.wordsStart + (plain - m.plainStart);
        markup += (m.wordsStart - m.start) + (m.end - m.wordsEnd);
    }
    return plain + markup;
}

int LineMarks::plainOffset(int annotated) const
{
    int markup = 0;
    for (const LineMark& m : marks) {
        if (annotated <= m.start)
            break;
        if (annotated < m.end)
            return m.plainStart + std::clamp(annotated, m.wordsStart, m.wordsEnd) - m.wordsStart;
        markup += (m.wordsStart - m.start) + (m.end - m.wordsEnd);
    }
    return annotated - markup;
}

int LineMarks::markAt(int plain) const
{
    for (qsizetype i = 0; i < marks.size(); ++i) {
        if (plain >= marks.at(i).plainStart && plain < marks.at(i).plainEnd)
            return int(i);
    }
    return -1;
}

int LineMarks::errorAt(int plain) const
{
    for (qsizetype i = 0; i < errors.size(); ++i) {
        if (plain >= errors.at(i).plainStart && plain < errors.at(i).plainEnd)
            return int(i);
    }
    return -1;
}

} // namespace Entente
