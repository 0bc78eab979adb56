// An actor's name under its node in the network, drawn as text (SVG and PDF exports keep it as
// text) on a faint halo so that edges behind it do not garble it.
#pragma once

#include <QGraphicsSimpleTextItem>

namespace Entente {

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

    // Large graphs skip labels that would be too small to read when zoomed out.
    void setHiddenWhenSmall(bool hidden) { m_hiddenWhenSmall = hidden; }
    void setHaloColor(const QColor& color) { m_halo = color; }

private:
    bool m_hiddenWhenSmall = false;
    QColor m_halo;
};

} // namespace Entente
