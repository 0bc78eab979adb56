#include "sidepalette.h"

#include "forcelayout.h"

#include <array>

namespace Entente::SidePalette {

namespace {

// Mid-tone qualitative colours (Tableau 10, with grey taken out for "no side" and yellow and pink
// darkened): distinct from each other and readable as fills on light and dark backgrounds.
constexpr std::array<QRgb, 10> palette { 0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xc9a227, 0xb07aa1,
    0xd9738a, 0x9c755f, 0x8f9a3a };

} // namespace

QHash<QString, QColor> assign(QStringList sides)
{
    sides.removeAll(QString());
    sides.sort();
    sides.removeDuplicates();
    QHash<QString, QColor> result;
    std::array<bool, palette.size()> taken {};
    for (const QString& side : std::as_const(sides)) {
        size_t slot = ForceLayout::stableHash(side) % palette.size();
        if (result.size() < qsizetype(palette.size())) {
            while (taken[slot])
                slot = (slot + 1) % palette.size();
            taken[slot] = true;
        }
        result.insert(side, QColor::fromRgb(palette[slot]));
    }
    return result;
}

QColor noSide()
{
    return QColor::fromRgb(0x9a9a9a);
}

} // namespace Entente::SidePalette
