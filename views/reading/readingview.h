// The reading view: an article's words only, each mark drawn as a span in its kind's colour with a
// small label over it (the actor's name, the date, the meeting's title), as brat and INCEpTION show
// annotations. Marks that cannot be read are drawn as errors, marks naming no record as warnings,
// with the reason as tooltip. What is typed goes to the annotated text (ReadingDocument), whose
// undo history is the only one.
#pragma once

#include "readinglayout.h"
#include "types.h"

#include <QPointer>
#include <QTextEdit>

#include <functional>

namespace Entente {

class ReadingDocument;

class ReadingView : public QTextEdit, private ReadingLayout::Decorator
{
    Q_OBJECT
public:
    // What a mark's label says, and whether the corpus has the record it names.
    struct MarkInfo
    {
        QString label; // over the words: what they do not say already
        QString name; // the record's name or title, for the tooltip
        QString detail; // for the tooltip: role, side, place, status…
        bool known = true;
    };
    using Describe = std::function<MarkInfo(MarkKind kind, const QString& ref, QStringView words)>;

    explicit ReadingView(QWidget* parent = nullptr);
    ~ReadingView() override;

    void setReadingDocument(ReadingDocument* document);
    ReadingDocument* readingDocument() const { return m_document; }
    void setDescribe(Describe describe) { m_describe = std::move(describe); }
    // The menu whose actions follow the standard ones on right-click (tagging).
    void setContextMenuExtras(QMenu* menu) { m_contextExtras = menu; }
    // The tint and line colour of a kind's marks on this palette.
    static QColor kindColor(MarkKind kind, const QPalette& palette);

    // The tooltip at a point of the viewport: the mark, error or suggestion there (for tests too).
    QString toolTipAt(const QPoint& viewportPoint) const;

Q_SIGNALS:
    // Undo and redo belong to the annotated text.
    void undoRequested();
    void redoRequested();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void paintBlock(QPainter* painter, const QTextBlock& block, const QPointF& origin, const QRectF& clip,
        bool underText) override;
    void paintLabels(QPainter* painter, const QTextBlock& block, const QPointF& origin, qsizetype first, qsizetype last);
    void updateLane();
    void keepInPlace(qreal top, int oldHeight, int newHeight);

    QPointer<ReadingDocument> m_document;
    Describe m_describe;
    QMenu* m_contextExtras = nullptr;
    QFont m_labelFont;
    qreal m_pendingScroll = 0;
};

} // namespace Entente
