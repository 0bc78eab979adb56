#include "readingdocument.h"

#include "format.h"
#include "linemarks.h"
#include "readinglayout.h"

#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Entente {

namespace {

struct Edit
{
    int start = 0;
    int end = 0;
    QString text;
};

QString textBetween(QTextDocument* document, int from, int to)
{
    QTextCursor cursor(document);
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

// The ranges of the annotated line (from base) that remove its words [from, to): a mark whose words
// all go goes with its markup; one that keeps some words keeps its markup.
void removeWords(const LineMarks& line, int lineLength, int from, int to, int base, QList<Edit>* out)
{
    int plain = 0;
    int annotated = 0;
    const auto gap = [&](int plainEnd) {
        const int start = std::max(from, plain);
        const int end = std::min(to, plainEnd);
        if (start < end)
            out->append({ base + annotated + (start - plain), base + annotated + (end - plain), {} });
    };
    for (const LineMark& mark : line.marks) {
        gap(mark.plainStart);
        if (from < to && from <= mark.plainStart && to >= mark.plainEnd) {
            out->append({ base + mark.start, base + mark.end, {} });
        } else {
            const int start = std::max(from, mark.plainStart);
            const int end = std::min(to, mark.plainEnd);
            if (start < end)
                out->append({ base + mark.wordsStart + (start - mark.plainStart),
                    base + mark.wordsStart + (end - mark.plainStart), {} });
        }
        plain = mark.plainEnd;
        annotated = mark.end;
    }
    gap(lineLength);
}

} // namespace

ReadingDocument* ReadingDocument::of(QTextDocument* annotated)
{
    if (!annotated)
        return nullptr;
    if (auto* existing = annotated->findChild<ReadingDocument*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ReadingDocument(annotated);
}

ReadingDocument::ReadingDocument(QTextDocument* annotated)
    : QObject(annotated)
    , m_annotated(annotated)
    , m_reading(new QTextDocument(this))
    , m_layout(new ReadingLayout(m_reading))
{
    m_reading->setDocumentLayout(m_layout);
    m_reading->setUndoRedoEnabled(false); // the annotated text keeps the one history
    build();
    connect(m_annotated, &QTextDocument::contentsChange, this, &ReadingDocument::annotatedChanged);
    connect(m_reading, &QTextDocument::contentsChange, this, &ReadingDocument::readingChanged);
}

ReadingDocument::~ReadingDocument() = default;

void ReadingDocument::build()
{
    QString text = m_annotated->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    const Document doc = Format::parse(text);
    QStringList plainLines;
    QList<LineMarks> lines = LineMarks::fromDocument(doc, &plainLines);
    m_delimiterLine = doc.recordsStart < 0 ? -1 : int(QStringView(text).first(doc.recordsStart).count(u'\n'));
    m_syncing = true;
    QTextCursor(m_reading).insertText(plainLines.join(u'\n'));
    m_syncing = false;
    setLines(0, lines);
    m_annotatedLines = m_annotated->blockCount();
    m_readingLines = m_reading->blockCount();
}

void ReadingDocument::setLines(int firstLine, QList<LineMarks>& marks)
{
    QTextBlock block = m_reading->findBlockByNumber(firstLine);
    for (qsizetype i = 0; i < marks.size() && block.isValid(); ++i, block = block.next()) {
        const bool had = block.userData() != nullptr;
        block.setUserData(marks.at(i).isEmpty() ? nullptr : new LineMarks(std::move(marks[i])));
        if (had || block.userData())
            m_layout->repaintBlock(block);
    }
}

void ReadingDocument::setLook(const QFont& font, qreal margin)
{
    // Each lays every block out again: only when it changes.
    m_syncing = true;
    if (m_reading->defaultFont() != font)
        m_reading->setDefaultFont(font);
    if (m_reading->documentMargin() != margin)
        m_reading->setDocumentMargin(margin);
    m_syncing = false;
}

const LineMarks* ReadingDocument::lineMarks(const QTextBlock& readingBlock)
{
    return static_cast<const LineMarks*>(readingBlock.userData());
}

QString ReadingDocument::annotatedLine(int line) const
{
    if (m_delimiterLine == 0)
        return {}; // no article lines: the reading text's one empty line stands for none
    return m_annotated->findBlockByNumber(line).text();
}

int ReadingDocument::findDelimiter(int fromLine) const
{
    for (QTextBlock block = m_annotated->findBlockByNumber(fromLine); block.isValid(); block = block.next()) {
        if (block.text() == Format::recordsDelimiter)
            return block.blockNumber();
    }
    return -1;
}

int ReadingDocument::toReading(int annotatedPosition) const
{
    const QTextBlock annotatedBlock = m_annotated->findBlock(annotatedPosition);
    const int line = annotatedBlock.blockNumber();
    if (!annotatedBlock.isValid() || (m_delimiterLine >= 0 && line >= m_delimiterLine))
        return m_reading->characterCount() - 1;
    const QTextBlock readingBlock = m_reading->findBlockByNumber(line);
    const int offset = annotatedPosition - annotatedBlock.position();
    const LineMarks* marks = lineMarks(readingBlock);
    const int plain = marks ? marks->plainOffset(offset) : offset;
    return readingBlock.position() + std::clamp(plain, 0, readingBlock.length() - 1);
}

int ReadingDocument::toAnnotated(int readingPosition) const
{
    const QTextBlock readingBlock = m_reading->findBlock(readingPosition);
    if (!readingBlock.isValid() || m_delimiterLine == 0)
        return readingBlock.isValid() ? 0 : m_annotated->characterCount() - 1;
    const QTextBlock annotatedBlock = m_annotated->findBlockByNumber(readingBlock.blockNumber());
    const int offset = readingPosition - readingBlock.position();
    const LineMarks* marks = lineMarks(readingBlock);
    return annotatedBlock.position() + (marks ? marks->annotatedOffset(offset) : offset);
}

bool ReadingDocument::isInArticle(int annotatedPosition) const
{
    return m_delimiterLine < 0 || m_annotated->findBlock(annotatedPosition).blockNumber() < m_delimiterLine;
}

// The reading text changed (typing, pasting, cutting): the annotated text, not yet changed, tells
// what the changed lines were; the same words change there, and marks keep what is left of them.
void ReadingDocument::readingChanged(int position, int charsRemoved, int charsAdded)
{
    Q_UNUSED(charsRemoved)
    if (m_syncing)
        return;
    const QString inserted = textBetween(m_reading, position, position + charsAdded);
    const int lines = m_reading->blockCount();
    const int removedBreaks = int(inserted.count(u'\n')) - (lines - m_readingLines);
    m_readingLines = lines;
    const QTextBlock startBlock = m_reading->findBlock(position);
    const QTextBlock endBlock = m_reading->findBlock(position + charsAdded);
    const int firstLine = startBlock.blockNumber();
    const int suffix = endBlock.position() + endBlock.length() - 1 - (position + charsAdded);

    // The old words of the lines the change touched, and the old text it replaced.
    QList<LineMarks> marks;
    QStringList plains;
    for (int line = firstLine; line <= firstLine + removedBreaks; ++line) {
        QString plain;
        marks.append(LineMarks::parse(annotatedLine(line), &plain));
        plains.append(std::move(plain));
    }
    const QString old = plains.join(u'\n');
    int from = position - startBlock.position();
    int to = int(old.size()) - suffix;
    // Only what really differs changes: replacing words with the same words keeps their marks.
    int prefix = 0;
    while (from + prefix < to && prefix < inserted.size() && old.at(from + prefix) == inserted.at(prefix))
        ++prefix;
    int common = 0;
    while (to - common > from + prefix && inserted.size() - common > prefix
        && old.at(to - common - 1) == inserted.at(inserted.size() - common - 1))
        ++common;
    from += prefix;
    to -= common;
    const QString text = inserted.sliced(prefix, inserted.size() - prefix - common);
    if (from == to && text.isEmpty())
        return;

    // Old-text offsets to (line, offset in line).
    const auto locate = [&plains](int offset) {
        int line = 0;
        while (line + 1 < plains.size() && offset > plains.at(line).size()) {
            offset -= int(plains.at(line).size()) + 1;
            ++line;
        }
        return std::pair { line, offset };
    };
    const auto [startLine, startOffset] = locate(from);
    const auto [endLine, endOffset] = locate(to);
    const auto lineStart = [this, firstLine](int line) {
        return m_delimiterLine == 0 ? 0 : m_annotated->findBlockByNumber(firstLine + line).position();
    };
    QList<Edit> edits;
    if (startLine == endLine) {
        removeWords(marks.at(startLine), int(plains.at(startLine).size()), startOffset, endOffset,
            lineStart(startLine), &edits);
    } else {
        removeWords(marks.at(startLine), int(plains.at(startLine).size()), startOffset, int(plains.at(startLine).size()),
            lineStart(startLine), &edits);
        // The line breaks and the whole lines between go with all their markup.
        const QTextBlock startAnnotated = m_annotated->findBlockByNumber(firstLine + startLine);
        edits.append({ startAnnotated.position() + startAnnotated.length() - 1, lineStart(endLine), {} });
        removeWords(marks.at(endLine), int(plains.at(endLine).size()), 0, endOffset, lineStart(endLine), &edits);
    }
    const LineMarks& startMarks = marks.at(startLine);
    const int insertAt = lineStart(startLine) + startMarks.annotatedOffset(startOffset);
    // A line break or a bracket inside a mark's words would break its markup: the mark is unwrapped.
    const int inside = startMarks.markAt(startOffset);
    if (!text.isEmpty() && inside >= 0 && startOffset > startMarks.marks.at(inside).plainStart
        && (text.contains(u'\n') || text.contains(u'[') || text.contains(u']'))) {
        const LineMark& mark = startMarks.marks.at(inside);
        const int base = lineStart(startLine);
        edits.append({ base + mark.start, base + mark.wordsStart, {} });
        edits.append({ base + mark.wordsEnd, base + mark.end, {} });
        const QString words = plains.at(startLine).sliced(mark.plainStart, mark.plainEnd - mark.plainStart);
        Q_EMIT message(tr("The tag on “%1” was taken off: a mark’s words cannot hold a line break or a "
                          "bracket (Ctrl+Z brings it back)")
                           .arg(words));
    }
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.start < b.start; });
    QList<Edit> merged;
    for (const Edit& edit : std::as_const(edits)) {
        if (!merged.isEmpty() && edit.start <= merged.constLast().end)
            merged.last().end = std::max(merged.constLast().end, edit.end);
        else
            merged.append(edit);
    }
    // The words typed go where the removed words started, or where the cursor was.
    auto at = std::find_if(merged.begin(), merged.end(), [insertAt](const Edit& e) { return e.start == insertAt; });
    if (at != merged.end()) {
        at->text = text;
    } else if (!text.isEmpty()) {
        const auto before = [](const Edit& e, int p) { return e.start < p; };
        merged.insert(std::lower_bound(merged.begin(), merged.end(), insertAt, before), { insertAt, insertAt, text });
    }
    if (m_delimiterLine == 0 && !merged.isEmpty())
        merged.last().text += u'\n'; // the first words of an article that had only records

    m_applying = true;
    QTextCursor cursor(m_annotated);
    // One edit is left to QTextDocument, which joins successive typing into one undo step.
    if (merged.size() > 1)
        cursor.beginEditBlock();
    for (auto it = merged.crbegin(); it != merged.crend(); ++it) {
        cursor.setPosition(it->start);
        cursor.setPosition(it->end, QTextCursor::KeepAnchor);
        cursor.insertText(it->text);
    }
    if (merged.size() > 1)
        cursor.endEditBlock();
    m_applying = false;
}

// The annotated text changed: its changed lines are read again and the reading text follows.
void ReadingDocument::annotatedChanged(int position, int charsRemoved, int charsAdded)
{
    Q_UNUSED(charsRemoved)
    const int lines = m_annotated->blockCount();
    const int delta = lines - m_annotatedLines;
    m_annotatedLines = lines;
    const int first = m_annotated->findBlock(position).blockNumber();
    QTextBlock lastBlock = m_annotated->findBlock(position + charsAdded);
    const int last = lastBlock.isValid() ? lastBlock.blockNumber() : lines - 1;
    const int oldDelimiter = m_delimiterLine;
    if (first < 0 || (oldDelimiter >= 0 && first > oldDelimiter))
        return; // only the records changed

    // The records start at the first line that is exactly the delimiter.
    int delimiter = -1;
    for (QTextBlock block = m_annotated->findBlockByNumber(first); block.isValid() && block.blockNumber() <= last;
         block = block.next()) {
        if (block.text() == Format::recordsDelimiter) {
            delimiter = block.blockNumber();
            break;
        }
    }
    if (delimiter < 0 && oldDelimiter >= 0)
        delimiter = oldDelimiter > last - delta ? oldDelimiter + delta : findDelimiter(last + 1);
    m_delimiterLine = delimiter;
    const int articleLines = delimiter >= 0 ? delimiter : lines;

    // The reading lines the change replaced: when the change came from the reading text, it holds
    // the new lines already.
    const int shown = oldDelimiter == 0 ? 0 : m_reading->blockCount();
    const int oldLast = std::min(m_applying ? last : last - delta, shown - 1);
    const int newLast = std::min(last, articleLines - 1);
    m_syncing = true;
    if (first <= oldLast && first <= newLast) {
        QList<LineMarks> marks;
        const QStringList plains = readLines(first, newLast + 1, &marks);
        if (oldLast == newLast) {
            QTextBlock block = m_reading->findBlockByNumber(first);
            for (const QString& plain : plains) {
                if (block.text() != plain)
                    replaceReading(block.position(), block.position() + block.length() - 1, plain);
                block = block.next();
            }
        } else {
            const QTextBlock from = m_reading->findBlockByNumber(first);
            const QTextBlock to = m_reading->findBlockByNumber(oldLast);
            replaceReading(from.position(), to.position() + to.length() - 1, plains.join(u'\n'));
        }
        setLines(first, marks);
    }
    // The records delimiter moved (typed, removed, or the records section was made): the reading
    // text ends where the article ends.
    const int have = oldDelimiter == 0 ? 0 : m_reading->blockCount();
    const int end = m_reading->characterCount() - 1;
    if (articleLines == 0) {
        replaceReading(0, end, {});
        m_reading->firstBlock().setUserData(nullptr);
    } else if (have > articleLines) {
        const QTextBlock lastKept = m_reading->findBlockByNumber(articleLines - 1);
        replaceReading(lastKept.position() + lastKept.length() - 1, end, {});
    } else if (have < articleLines) {
        QList<LineMarks> marks;
        const QStringList plains = readLines(have, articleLines, &marks);
        replaceReading(have == 0 ? 0 : end, end, (have == 0 ? QString() : QStringLiteral("\n")) + plains.join(u'\n'));
        setLines(have, marks);
    }
    m_syncing = false;
    m_readingLines = m_reading->blockCount();
}

QStringList ReadingDocument::readLines(int from, int to, QList<LineMarks>* marks) const
{
    QStringList plains;
    for (QTextBlock block = m_annotated->findBlockByNumber(from); block.isValid() && block.blockNumber() < to;
         block = block.next()) {
        QString plain;
        marks->append(LineMarks::parse(block.text(), &plain));
        plains.append(std::move(plain));
    }
    return plains;
}

// Replaces [from, to) of the reading text, touching only what differs, so that cursors in the
// unchanged words stay where they are.
void ReadingDocument::replaceReading(int from, int to, const QString& text)
{
    const QString old = textBetween(m_reading, from, to);
    qsizetype prefix = 0;
    while (prefix < old.size() && prefix < text.size() && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < old.size() - prefix && suffix < text.size() - prefix
        && old.at(old.size() - suffix - 1) == text.at(text.size() - suffix - 1))
        ++suffix;
    if (prefix == old.size() && prefix == text.size())
        return;
    QTextCursor cursor(m_reading);
    cursor.setPosition(from + int(prefix));
    cursor.setPosition(to - int(suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.sliced(prefix, text.size() - prefix - suffix));
}

} // namespace Entente
