// The reading view's text layout. Like QPlainTextDocumentLayout it lays a block out only when it is
// shown, edited or measured (the others have estimated heights, laid out later while the
// application is idle), so that a 5 MB article opens and types as fast as a short one. Unlike it,
// every line has a lane above it where the marks' labels are drawn, and it lays out for QTextEdit,
// which scrolls by pixels.
//
// Each block's height in pixels is kept as its QTextBlock::lineCount(): the document's own block
// tree then sums the heights, so the block at a y and the y of a block are found in O(log n).
#pragma once

#include <QAbstractTextDocumentLayout>
#include <QTimer>

namespace Entente {

class ReadingLayout : public QAbstractTextDocumentLayout
{
    Q_OBJECT
public:
    // Paints what the text does not say (the marks' spans, labels and errors) under and over a block.
    class Decorator
    {
    public:
        virtual ~Decorator() = default;
        // clip is the part of the document being painted, in document coordinates: a long block
        // decorates only what shows.
        virtual void paintBlock(QPainter* painter, const QTextBlock& block, const QPointF& origin, const QRectF& clip,
            bool underText) = 0;
    };

    explicit ReadingLayout(QTextDocument* document);
    ~ReadingLayout() override;

    // Room above every line for the labels, in pixels.
    void setLaneHeight(int pixels);
    int laneHeight() const { return m_lane; }
    // Room under every block (a paragraph of the article), in pixels.
    void setBlockSpacing(int pixels);
    void setDecorator(Decorator* decorator) { m_decorator = decorator; }

    // The top of a block in document coordinates, and the block at a y.
    qreal blockTop(const QTextBlock& block) const;
    QTextBlock blockAt(qreal y) const;
    // The position of the character under a point (a point in a lane means the line under it), or -1.
    int characterAt(const QPointF& point) const;
    // Lays the block out now if it is not (it is about to be shown or measured).
    void ensureLaidOut(const QTextBlock& block) const;
    // Repaints a block whose decorations changed while its text did not.
    void repaintBlock(const QTextBlock& block);
    // True when no block has an estimated height any more.
    bool isFullyLaidOut() const { return !m_background.isActive(); }

    void draw(QPainter* painter, const PaintContext& context) override;
    int hitTest(const QPointF& point, Qt::HitTestAccuracy accuracy) const override;
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override;
    QRectF frameBoundingRect(QTextFrame* frame) const override;
    QRectF blockBoundingRect(const QTextBlock& block) const override;

Q_SIGNALS:
    // A block's height changed (its estimate was replaced, or it was edited); top is where it starts,
    // so that a view can keep the text it shows in place when a block above it changes.
    void blockResized(qreal top, int oldHeight, int newHeight);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    // Lays the block out and keeps its height; returns whether the height changed.
    bool layoutBlock(QTextBlock block);
    int estimate(const QTextBlock& block) const;
    qreal availableWidth() const;
    void layoutInBackground();
    void sizeChanged();

    Decorator* m_decorator = nullptr;
    int m_lane = 0;
    int m_spacing = 0;
    int m_lineHeight = 16; // of the last line laid out, for estimates
    qreal m_advance = 7; // average width of a character, measured as blocks are laid out
    qreal m_measuredWidth = 0;
    qint64 m_measuredCharacters = 0;
    QTimer m_background;
    int m_backgroundBlock = 0;
    QTimer m_sizeSignal;
};

} // namespace Entente
