// Colours of sides (USA, China, ...) in the actor network: the same side keeps its colour across
// runs and filters, and the sides of one corpus never share a colour while the palette lasts.
#pragma once

#include <QColor>
#include <QHash>
#include <QStringList>

namespace Entente::SidePalette {

// Each side starts at the palette slot its name hashes to; sides that collide take the next free
// slot, in sorted order, so a given set of sides always gets the same colours.
QHash<QString, QColor> assign(QStringList sides);
// For actors without a side.
QColor noSide();

} // namespace Entente::SidePalette
