// An actor's name under its node in the network, drawn as text (SVG and PDF exports keep it as
// text) on a faint halo so that edges behind it do not garble it. Labels keep the view's font size
// on screen at any zoom (they ignore the view's scale); when zoomed out, only the labels of the
// busiest actors that fit are drawn (LabelBudget), so the cost and the clutter follow what is shown.
#pragma once

#include <QGraphicsSimpleTextItem>

#include <limits>

namespace Entente {

// Which labels are drawn: those of nodes ranked below `limit` (rank 0: most meetings). The view
// sets it once per paint from its zoom; every label reads it, so zooming costs no pass over labels.
struct LabelBudget
{
    int limit = std::numeric_limits<int>::max();
    // How many labels to draw for a graph of `nodes` shown at `scale` in an area of `pixels`:
    // all when each label has room (the layout keeps labels apart at scale 1), else as many as fill
    // a sixth of the area, and never fewer than a dozen.
    static int limitFor(qsizetype nodes, double scale, double pixels, double labelPixels);
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
    void setHaloColor(const QColor& color) { m_halo = color; }

private:
    const LabelBudget* m_budget = nullptr;
    int m_rank = 0;
    QColor m_halo;
};

} // namespace Entente
