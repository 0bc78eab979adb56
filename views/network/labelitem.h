// An actor's name under its node in the network, drawn as text (SVG and PDF exports keep it as
// text) on a faint halo so that edges behind it do not garble it. Labels keep the view's font size
// on screen at any zoom (they ignore the view's scale); the view decides which are drawn
// (LabelBudget): the busiest actors' first, each only where it covers no label already placed.
#pragma once

#include <QGraphicsSimpleTextItem>


namespace Entente {

// Which labels are drawn, by rank (rank 0: the actor with most meetings). The view fills it when
// its zoom, scroll or layout changed (not on every repaint); labels only read it.
struct LabelBudget
{
    QList<bool> drawn; // by rank; empty: every label
    // At most how many labels to draw in an area of `pixels` at `scale`: no limit when labels have
    // room (the layout keeps them apart at scale 1), else as many as fill an eighth of the area.
    static int limitFor(double scale, double pixels, double labelPixels);
};

class LabelItem : public QGraphicsSimpleTextItem
{
public:
    static constexpr double haloPadding = 2.0; // around the text, so the halo has room
    enum { Type = UserType + 703 };

    LabelItem(const QString& text, QGraphicsItem* parent);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Centres the label below `anchor` (in the node's coordinates) at any zoom.
    void placeBelow(const QPointF& anchor);
    void setBudget(const LabelBudget* budget, int rank)
    {
        m_budget = budget;
        m_rank = rank;
    }
    int rank() const { return m_rank; }
    // Whether the label is drawn at the budget's current limit (always when its node is selected).
    bool isDrawn() const;
    // Marks the label as without contents while it is not drawn, so that a paint skips it before
    // working out where it lands (thousands of labels at low zoom; see NetworkView::placeLabels).
    void syncDrawn() { setFlag(ItemHasNoContents, !isDrawn()); }
    void setHaloColor(const QColor& color) { m_halo = color; }

private:
    const LabelBudget* m_budget = nullptr;
    int m_rank = 0;
    QColor m_halo;
};

} // namespace Entente
