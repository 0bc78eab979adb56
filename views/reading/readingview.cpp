#include "readingview.h"

#include "linemarks.h"
#include "readingdocument.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace Entente {

namespace {

// The first line of a layout that ends after position (lines are in text order): a binary search,
// so that a block of thousands of lines costs no more per mark than a short one.
int firstLineEndingAfter(const QTextLayout* layout, int position)
{
    int low = 0;
    int high = layout->lineCount();
    while (low < high) {
        const int middle = (low + high) / 2;
        const QTextLine line = layout->lineAt(middle);
        if (line.textStart() + line.textLength() <= position)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

// The first line whose bottom is below y (lines are in order from top to bottom).
int firstLineBelow(const QTextLayout* layout, qreal y)
{
    int low = 0;
    int high = layout->lineCount();
    while (low < high) {
        const int middle = (low + high) / 2;
        const QTextLine line = layout->lineAt(middle);
        if (line.y() + line.height() <= y)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

// The pieces of [start, end) of a block on each of its lines, in the block's coordinates.
QList<QRectF> segments(const QTextLayout* layout, int start, int end)
{
    QList<QRectF> rects;
    for (int i = firstLineEndingAfter(layout, start); i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (line.textStart() >= end)
            break;
        const int from = std::max(start, line.textStart());
        const int to = std::min(end, line.textStart() + line.textLength());
        if (from >= to)
            continue;
        const qreal x1 = line.cursorToX(from);
        const qreal x2 = line.cursorToX(to);
        rects.append(QRectF(QPointF(std::min(x1, x2), line.y()), QPointF(std::max(x1, x2), line.y() + line.height())));
    }
    return rects;
}

void drawWave(QPainter* painter, const QRectF& rect, const QColor& color)
{
    const qreal y = rect.bottom() - 2;
    QPainterPath path(QPointF(rect.left(), y));
    bool up = true;
    for (qreal x = rect.left() + 2; x <= rect.right() + 2; x += 2, up = !up)
        path.lineTo(x, up ? y - 2 : y);
    painter->setPen(QPen(color, 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString kindName(MarkKind kind)
{
    switch (kind) {
    case MarkKind::Actor: return ReadingView::tr("Actor");
    case MarkKind::Meeting: return ReadingView::tr("Meeting");
    case MarkKind::Date: return ReadingView::tr("Date");
    case MarkKind::Issue: return ReadingView::tr("Issue");
    }
    return {};
}

const QColor errorColor(0xe0, 0x1b, 0x24);
const QColor warningColor(0xe6, 0x61, 0x00);

} // namespace

ReadingView::ReadingView(QWidget* parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("readingView"));
    setAcceptRichText(false);
    setTabChangesFocus(false);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Dropped text would move words out of their marks; files dropped here go to the window.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    updateLane();
}

ReadingView::~ReadingView()
{
    if (ReadingDocument* const document = m_document)
        document->layout()->setDecorator(nullptr);
}

QColor ReadingView::kindColor(MarkKind kind, const QPalette& palette)
{
    QColor color;
    switch (kind) {
    case MarkKind::Actor: color = QColor(0x88, 0x4e, 0xc4); break;
    case MarkKind::Meeting: color = QColor(0x1c, 0x71, 0xd8); break;
    case MarkKind::Date: color = QColor(0xc6, 0x7c, 0x00); break;
    case MarkKind::Issue: color = QColor(0xc0, 0x1c, 0x28); break;
    }
    return isDark(palette) ? color.lighter(140) : color;
}

void ReadingView::setReadingDocument(ReadingDocument* document)
{
    if (document == m_document)
        return;
    if (ReadingDocument* const previous = m_document) {
        previous->layout()->setDecorator(nullptr);
        disconnect(previous->layout(), nullptr, this, nullptr);
        disconnect(previous, nullptr, this, nullptr);
    }
    m_document = document;
    if (!document) {
        setDocument(new QTextDocument(this)); // QTextEdit needs one; deleted with the next
        return;
    }
    // An article closed while shown takes its reading text with it: the view lets go of it first.
    connect(document, &QObject::destroyed, this, [this] { setDocument(new QTextDocument(this)); });
    document->layout()->setDecorator(this);
    // The look first: a reading text not yet in a view takes it without a layout, and setDocument()
    // then lays it out once at the view's width.
    updateLane();
    setDocument(document->reading());
    connect(document->layout(), &ReadingLayout::blockResized, this, &ReadingView::keepInPlace);
    // After QTextEdit has taken the new size (its connection comes first), blocks laid out above the
    // shown text are made up for, so that the words under the reader's eyes stay put.
    connect(document->layout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, [this] {
        if (m_pendingScroll != 0) {
            verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(m_pendingScroll)));
            m_pendingScroll = 0;
        }
    });
}

void ReadingView::updateLane()
{
    m_labelFont = font();
    m_labelFont.setPointSizeF(std::max(7.5, font().pointSizeF() * 0.8));
    if (ReadingDocument* const document = m_document) {
        document->setLook(font(), QFontMetrics(font()).averageCharWidth() * 2);
        document->layout()->setLaneHeight(QFontMetrics(m_labelFont).height() + 3);
        document->layout()->setBlockSpacing(QFontMetrics(font()).height() / 2);
    }
}

void ReadingView::keepInPlace(qreal top, int oldHeight, int newHeight)
{
    if (top + oldHeight <= verticalScrollBar()->value())
        m_pendingScroll += newHeight - oldHeight;
}

void ReadingView::resizeEvent(QResizeEvent* event)
{
    // A new width lays every block out again: the block at the top stays at the top.
    const ReadingDocument* const document = m_document;
    const ReadingLayout* layout = document ? document->layout() : nullptr;
    QTextBlock anchor;
    qreal into = 0;
    if (layout) {
        anchor = layout->blockAt(verticalScrollBar()->value());
        into = (verticalScrollBar()->value() - layout->blockTop(anchor)) / std::max(1, anchor.lineCount());
    }
    QTextEdit::resizeEvent(event);
    if (layout && anchor.isValid()) {
        layout->ensureLaidOut(anchor);
        m_pendingScroll = 0;
        verticalScrollBar()->setValue(int(layout->blockTop(anchor) + into * anchor.lineCount()));
    }
}

void ReadingView::changeEvent(QEvent* event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateLane();
}

// Only the marks on the lines that show are painted: a line of 30,000 marks costs what is on screen.
void ReadingView::paintBlock(QPainter* painter, const QTextBlock& block, const QPointF& origin, const QRectF& clip,
    bool underText)
{
    const LineMarks* marks = ReadingDocument::lineMarks(block);
    if (!marks)
        return;
    const QTextLayout* layout = block.layout();
    if (layout->lineCount() == 0)
        return;
    // The text of the lines in the clip, with the label lane above them.
    const ReadingDocument* const document = m_document;
    const qreal lane = document ? document->layout()->laneHeight() : 0;
    const int firstLine = std::min(firstLineBelow(layout, clip.top() - origin.y() - lane), layout->lineCount() - 1);
    const int lastLine = std::max(firstLine, std::min(firstLineBelow(layout, clip.bottom() - origin.y() + lane), layout->lineCount() - 1));
    const int shownStart = layout->lineAt(firstLine).textStart();
    const QTextLine lastShown = layout->lineAt(lastLine);
    const int shownEnd = lastShown.textStart() + lastShown.textLength();
    const auto byEnd = [](const auto& item, int position) { return item.plainEnd <= position; };
    const qsizetype first = std::lower_bound(marks->marks.cbegin(), marks->marks.cend(), shownStart, byEnd) - marks->marks.cbegin();
    qsizetype last = first; // one past the last mark that starts before shownEnd
    while (last < marks->marks.size() && marks->marks.at(last).plainStart <= shownEnd)
        ++last;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (underText) {
        const int alpha = isDark(palette()) ? 70 : 45;
        for (qsizetype i = first; i < last; ++i) {
            const LineMark& mark = marks->marks.at(i);
            const QColor color = kindColor(mark.kind, palette());
            QColor tint = color;
            tint.setAlpha(alpha);
            for (const QRectF& rect : segments(layout, mark.plainStart, mark.plainEnd)) {
                const QRectF span = rect.translated(origin).adjusted(-1, 0, 1, 0);
                painter->setPen(Qt::NoPen);
                painter->setBrush(tint);
                painter->drawRoundedRect(span, 3, 3);
                painter->fillRect(QRectF(span.left(), span.bottom() - 1.5, span.width(), 1.5), color);
            }
        }
    } else {
        paintLabels(painter, block, origin, first, last);
        for (auto it = std::lower_bound(marks->errors.cbegin(), marks->errors.cend(), shownStart, byEnd);
            it != marks->errors.cend() && it->plainStart <= shownEnd; ++it) {
            const LineError& error = *it;
            for (const QRectF& rect : segments(layout, error.plainStart, error.plainEnd))
                drawWave(painter, rect.translated(origin), errorColor);
        }
    }
    painter->restore();
}

// Labels sit in the lane above each mark's first line, in reading order; a label wider than its
// words may reach over the next words, never over the next label.
void ReadingView::paintLabels(QPainter* painter, const QTextBlock& block, const QPointF& origin, qsizetype first, qsizetype last)
{
    const LineMarks* marks = ReadingDocument::lineMarks(block);
    const QTextLayout* layout = block.layout();
    const ReadingDocument* const document = m_document;
    const int lane = document ? document->layout()->laneHeight() : 0;
    const QFontMetricsF metrics(m_labelFont);
    painter->setFont(m_labelFont);
    struct Placed
    {
        QRectF words;
        const LineMark* mark;
    };
    QList<Placed> placed;
    for (qsizetype m = first; m < last; ++m) {
        const LineMark& mark = marks->marks.at(m);
        const QList<QRectF> rects = segments(layout, mark.plainStart, mark.plainEnd);
        if (!rects.isEmpty())
            placed.append({ rects.first().translated(origin), &mark });
    }
    const qreal right = viewport()->width() + horizontalScrollBar()->value();
    qreal lastRight = -1e9;
    qreal lastTop = -1;
    const QString text = block.text();
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const QRectF words = placed.at(i).words;
        const LineMark& mark = *placed.at(i).mark;
        if (words.top() != lastTop) {
            lastTop = words.top();
            lastRight = -1e9;
        }
        const QStringView marked = QStringView(text).sliced(mark.plainStart, mark.plainEnd - mark.plainStart);
        MarkInfo info = m_describe ? m_describe(mark.kind, mark.ref, marked) : MarkInfo { mark.ref, mark.ref, {}, true };
        if (info.label.isEmpty())
            info.label = mark.ref;
        qreal limit = right;
        if (i + 1 < placed.size() && placed.at(i + 1).words.top() == words.top())
            limit = placed.at(i + 1).words.left();
        const qreal padding = 3;
        const qreal wanted = metrics.horizontalAdvance(info.label) + 2 * padding;
        qreal left = std::max(words.left(), lastRight + 2);
        if (wanted < words.width())
            left = std::max(lastRight + 2, words.left() + (words.width() - wanted) / 2);
        const qreal width = std::min(wanted, std::max(limit, words.right()) - left);
        if (width < metrics.averageCharWidth() * 2 + 2 * padding)
            continue; // no room: the span's colour still says its kind, the tooltip the rest
        const QRectF pill(left, words.top() - lane + 1, width, lane - 2);
        const QColor color = kindColor(mark.kind, palette());
        QColor fill = color;
        fill.setAlpha(isDark(palette()) ? 80 : 35);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, 3, 3);
        QFont font = m_labelFont;
        font.setItalic(!info.known);
        painter->setFont(font);
        painter->setPen(isDark(palette()) ? color.lighter(130) : color.darker(130));
        painter->drawText(pill.adjusted(padding, 0, -padding, 0), Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetricsF(font).elidedText(info.label, Qt::ElideRight, pill.width() - 2 * padding));
        lastRight = pill.right();
        if (!info.known) {
            for (const QRectF& rect : segments(layout, mark.plainStart, mark.plainEnd))
                drawWave(painter, rect.translated(origin), warningColor);
        }
    }
}

QString ReadingView::toolTipAt(const QPoint& viewportPoint) const
{
    const ReadingDocument* const document = m_document;
    if (!document)
        return {};
    const QPointF point = viewportPoint + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int position = document->layout()->characterAt(point);
    if (position < 0)
        return {};
    const QTextBlock block = document->reading()->findBlock(position);
    const int offset = position - block.position();
    QStringList lines;
    if (const LineMarks* marks = ReadingDocument::lineMarks(block)) {
        if (const int error = marks->errorAt(offset); error >= 0)
            lines.append(tr("Error: %1").arg(marks->errors.at(error).message));
        if (const int index = marks->markAt(offset); index >= 0) {
            const LineMark& mark = marks->marks.at(index);
            const QString text = block.text();
            const MarkInfo info = m_describe
                ? m_describe(mark.kind, mark.ref, QStringView(text).sliced(mark.plainStart, mark.plainEnd - mark.plainStart))
                : MarkInfo { mark.ref, mark.ref, {}, true };
            lines.append(tr("%1: %2 (%3)").arg(kindName(mark.kind), info.name.isEmpty() ? info.label : info.name, mark.ref));
            if (!info.detail.isEmpty())
                lines.append(info.detail);
            if (!info.known)
                lines.append(tr("Warning: no record has the id “%1”: create it, or tag the words again to link "
                                "them to another one")
                                 .arg(mark.ref));
        }
    }
    for (const QTextEdit::ExtraSelection& selection : extraSelections()) {
        if (!selection.format.toolTip().isEmpty() && position >= selection.cursor.selectionStart()
            && position < selection.cursor.selectionEnd())
            lines.append(selection.format.toolTip());
    }
    return lines.join(u'\n');
}

bool ReadingView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint point = viewport()->mapFrom(this, help->pos());
        const QString text = toolTipAt(point);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QTextEdit::event(event);
}

void ReadingView::keyPressEvent(QKeyEvent* event)
{
    // The reading text keeps no history of its own.
    if (event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        Q_EMIT redoRequested();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void ReadingView::contextMenuEvent(QContextMenuEvent* event)
{
    // As in the markup view: a right-click outside the selection first moves the cursor there, so
    // that mark actions act on the mark under the mouse.
    const QTextCursor clicked = cursorForPosition(event->pos());
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || clicked.position() < cursor.selectionStart()
        || clicked.position() > cursor.selectionEnd())
        setTextCursor(clicked);
    QMenu* menu = createStandardContextMenu(event->pos());
    const ReadingDocument* const document = m_document;
    const QTextDocument* annotated = document ? document->annotated() : nullptr;
    for (QAction* action : menu->actions()) {
        const bool undo = action->objectName() == u"edit-undo";
        if (!undo && action->objectName() != u"edit-redo")
            continue;
        action->disconnect();
        const bool available = annotated && (undo ? annotated->isUndoAvailable() : annotated->isRedoAvailable());
        action->setEnabled(!isReadOnly() && available);
        connect(action, &QAction::triggered, this, undo ? &ReadingView::undoRequested : &ReadingView::redoRequested);
    }
    if (m_contextExtras) {
        menu->addSeparator();
        menu->addActions(m_contextExtras->actions());
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace Entente
