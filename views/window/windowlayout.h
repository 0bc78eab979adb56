// Where the main window opens and how its docks sit. The first window takes most of the screen's
// available area and never more (a 1280×800 laptop too); after that the geometry, the docks (which
// are where, which tab of a group is on top) and the article view (reading or markup) come back as
// the analyst left them, per user (QSettings).
#pragma once

#include <QRect>

class QMainWindow;

namespace Entente::WindowLayout {

// The first window's frame on a screen's available area: most of it, centred.
QRect initialGeometry(const QRect& available);
// The available area of the screen the window is on (or the primary screen's).
QRect availableArea(const QMainWindow* window);
// Moves and shrinks window so that its frame lies within available.
void fitInto(QMainWindow* window, const QRect& available);
// The saved geometry and dock layout, or the first window's geometry when none is saved. Returns
// whether a saved dock layout was restored (else the caller sizes the docks for a first start).
bool restore(QMainWindow* window);
void save(const QMainWindow* window);

} // namespace Entente::WindowLayout
