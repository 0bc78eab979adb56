// Colours of sides (USA, China, ...) in the actor network. A side's colour comes from the side
// alone, never from which other sides the corpus has: USA is the same blue in every corpus, every
// filter and every export. The sides analysts meet most have fixed colours chosen to be told apart
// (and read as fills on light and dark backgrounds); any other side gets a colour from its name's hash.
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Entente::SidePalette {

// The colour of a side. Different spellings of one state share it ("USA", "US", "United States"
// code forms such as "CHN" and "CN" for "China"), through the suggester's state table.
QColor color(const QString& side);
// For actors without a side.
QColor noSide();

// The sides with fixed colours, as records write them, most frequent first.
QStringList fixedSides();

} // namespace Entente::SidePalette
