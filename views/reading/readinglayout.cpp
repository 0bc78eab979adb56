#include "readinglayout.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace Entente {

namespace {
// Edits touching more blocks than this are laid out in the background rather than at once.
constexpr int immediateBlocks = 64;
// Milliseconds of background layout per turn of the event loop.
constexpr int backgroundSliceMs = 8;
} // namespace

ReadingLayout::ReadingLayout(QTextDocument* document)
    : QAbstractTextDocumentLayout(document)
{
    m_background.setInterval(0);
    connect(&m_background, &QTimer::timeout, this, &ReadingLayout::layoutInBackground);
    // Heights found while painting change the document's size: said once painting is over.
    m_sizeSignal.setSingleShot(true);
    m_sizeSignal.setInterval(0);
    connect(&m_sizeSignal, &QTimer::timeout, this, [this] { Q_EMIT documentSizeChanged(documentSize()); });
}

ReadingLayout::~ReadingLayout() = default;

void ReadingLayout::setLaneHeight(int pixels)
{
    if (pixels == m_lane)
        return;
    m_lane = pixels;
    documentChanged(0, 0, document()->characterCount());
}

void ReadingLayout::setBlockSpacing(int pixels)
{
    if (pixels == m_spacing)
        return;
    m_spacing = pixels;
    documentChanged(0, 0, document()->characterCount());
}

qreal ReadingLayout::availableWidth() const
{
    const qreal width = document()->pageSize().width();
    // Not shown yet: no wrapping until the view gives a width.
    return width > 0 ? std::max<qreal>(width - 2 * document()->documentMargin(), 20) : qreal(1 << 24);
}

int ReadingLayout::estimate(const QTextBlock& block) const
{
    const qreal width = std::max<qreal>(block.length() - 1, 0) * m_advance;
    const int lines = std::max(1, int(std::ceil(width / availableWidth())));
    return lines * (m_lane + m_lineHeight) + m_spacing;
}

bool ReadingLayout::layoutBlock(QTextBlock block)
{
    QTextLayout* layout = block.layout();
    layout->setTextOption(document()->defaultTextOption());
    const qreal margin = document()->documentMargin();
    const qreal width = availableWidth();
    int height = 0;
    qreal natural = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        height += m_lane;
        line.setPosition(QPointF(margin, height));
        m_lineHeight = int(std::ceil(line.height()));
        height += m_lineHeight;
        natural += line.naturalTextWidth();
    }
    layout->endLayout();
    height += m_spacing;
    if (block.length() > 1) {
        m_measuredWidth += natural;
        m_measuredCharacters += block.length() - 1;
        m_advance = m_measuredWidth / qreal(m_measuredCharacters);
    }
    const int old = block.lineCount();
    if (old == height)
        return false;
    block.setLineCount(height);
    Q_EMIT blockResized(blockTop(block), old, height);
    m_sizeSignal.start();
    return true;
}

void ReadingLayout::ensureLaidOut(const QTextBlock& block) const
{
    if (block.isValid() && block.layout()->lineCount() == 0)
        const_cast<ReadingLayout*>(this)->layoutBlock(block);
}

qreal ReadingLayout::blockTop(const QTextBlock& block) const
{
    return document()->documentMargin() + block.firstLineNumber();
}

QTextBlock ReadingLayout::blockAt(qreal y) const
{
    const QTextDocument* doc = document();
    const int offset = int(y - doc->documentMargin());
    if (offset <= 0)
        return doc->firstBlock();
    if (offset >= doc->lineCount())
        return doc->lastBlock();
    return doc->findBlockByLineNumber(offset);
}

void ReadingLayout::repaintBlock(const QTextBlock& block)
{
    Q_EMIT updateBlock(block);
}

void ReadingLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    Q_UNUSED(charsRemoved)
    QTextDocument* doc = document();
    const QTextBlock first = doc->findBlock(from);
    QTextBlock last = doc->findBlock(from + charsAdded);
    if (!last.isValid())
        last = doc->lastBlock();
    if (!first.isValid())
        return;
    // Not in a view yet (no page width): no block is laid out until one is asked for or the view gives
    // the width (which lays them out again anyway), so the look set before that costs no text shaping.
    const bool inView = doc->pageSize().width() > 0;
    const bool small = last.blockNumber() - first.blockNumber() < immediateBlocks;
    if (inView && small) {
        // Typing and tagging: the blocks are laid out now, and only a change of height moves what
        // is under them.
        bool moved = false;
        for (QTextBlock block = first; block.isValid(); block = block.next()) {
            block.clearLayout();
            moved = layoutBlock(block) || moved;
            if (block == last)
                break;
        }
        if (moved) {
            Q_EMIT update(QRectF(0, blockTop(first), 1e9, 1e9));
        } else {
            for (QTextBlock block = first; block.isValid(); block = block.next()) {
                Q_EMIT updateBlock(block);
                if (block == last)
                    break;
            }
        }
        return;
    }
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        block.clearLayout();
        block.setLineCount(estimate(block));
        if (block == last)
            break;
    }
    m_sizeSignal.start();
    if (!inView)
        return;
    m_backgroundBlock = std::min(m_background.isActive() ? m_backgroundBlock : doc->blockCount(), first.blockNumber());
    m_background.start();
    Q_EMIT update();
}

void ReadingLayout::layoutInBackground()
{
    QElapsedTimer timer;
    timer.start();
    QTextBlock block = document()->findBlockByNumber(m_backgroundBlock);
    for (; block.isValid() && !timer.hasExpired(backgroundSliceMs); block = block.next()) {
        if (block.layout()->lineCount() == 0)
            layoutBlock(block);
    }
    if (!block.isValid())
        m_background.stop();
    else
        m_backgroundBlock = block.blockNumber();
}

QSizeF ReadingLayout::documentSize() const
{
    const QTextDocument* doc = document();
    const qreal width = doc->pageSize().width() > 0 ? doc->pageSize().width() : m_measuredWidth;
    return { width, doc->lineCount() + 2 * doc->documentMargin() };
}

QRectF ReadingLayout::frameBoundingRect(QTextFrame* frame) const
{
    Q_UNUSED(frame)
    return { QPointF(0, 0), documentSize() };
}

QRectF ReadingLayout::blockBoundingRect(const QTextBlock& block) const
{
    if (!block.isValid())
        return {};
    ensureLaidOut(block);
    return { 0, blockTop(block), documentSize().width(), qreal(block.lineCount()) };
}

int ReadingLayout::hitTest(const QPointF& point, Qt::HitTestAccuracy accuracy) const
{
    const QTextBlock block = blockAt(point.y());
    if (!block.isValid())
        return -1;
    ensureLaidOut(block);
    const QTextLayout* layout = block.layout();
    const qreal y = point.y() - blockTop(block);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        // The lane above a line belongs to it: a click on a label lands in its words.
        if (y >= line.y() + line.height() && i + 1 < layout->lineCount())
            continue;
        if (accuracy == Qt::ExactHit
            && (y < line.y() || y >= line.y() + line.height() || point.x() < line.x()
                || point.x() > line.x() + line.naturalTextWidth()))
            return -1;
        return block.position() + line.xToCursor(point.x());
    }
    return accuracy == Qt::ExactHit ? -1 : block.position();
}

int ReadingLayout::characterAt(const QPointF& point) const
{
    const QTextBlock block = blockAt(point.y());
    if (!block.isValid())
        return -1;
    ensureLaidOut(block);
    const QTextLayout* layout = block.layout();
    const qreal y = point.y() - blockTop(block);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (y < line.y() - m_lane || y >= line.y() + line.height())
            continue;
        if (point.x() < line.x() || point.x() >= line.x() + line.naturalTextWidth())
            return -1;
        return block.position() + line.xToCursor(point.x(), QTextLine::CursorOnCharacter);
    }
    return -1;
}

void ReadingLayout::draw(QPainter* painter, const PaintContext& context)
{
    const QRectF clip = context.clip.isValid() ? context.clip : QRectF(0, 0, 1e9, 1e9);
    const QVariant widthProperty = property("cursorWidth");
    const int cursorWidth = widthProperty.isValid() ? widthProperty.toInt() : 1;
    for (QTextBlock block = blockAt(clip.top()); block.isValid(); block = block.next()) {
        ensureLaidOut(block);
        const QPointF origin(0, blockTop(block));
        if (origin.y() > clip.bottom())
            break;
        QTextLayout* layout = block.layout();
        const int position = block.position();
        const int length = block.length();
        QList<QTextLayout::FormatRange> selections;
        for (const Selection& selection : context.selections) {
            const int start = selection.cursor.selectionStart() - position;
            const int end = selection.cursor.selectionEnd() - position;
            if (start < end && start < length && end > 0) {
                const int from = std::max(start, 0);
                selections.append({ from, std::min(end, length) - from, selection.format });
            }
        }
        if (m_decorator)
            m_decorator->paintBlock(painter, block, origin, clip, true);
        painter->setPen(context.palette.color(QPalette::Text));
        layout->draw(painter, origin, selections, clip);
        // As QPlainTextEdit: a cursor in this block, or the input method's cursor in its preedit text.
        const bool preedit = context.cursorPosition < -1 && !layout->preeditAreaText().isEmpty();
        if ((context.cursorPosition >= position && context.cursorPosition < position + length) || preedit) {
            const int cursor = context.cursorPosition < -1 ? layout->preeditAreaPosition() - (context.cursorPosition + 2)
                                                           : context.cursorPosition - position;
            layout->drawCursor(painter, origin, cursor, cursorWidth);
        }
        if (m_decorator)
            m_decorator->paintBlock(painter, block, origin, clip, false);
    }
}

} // namespace Entente
