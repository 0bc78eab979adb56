// File ▸ Export Data…, Import… and Briefing… for the main window, in one call.
#pragma once

#include "actorgraph.h"

#include <functional>

class QMenu;
class QWidget;

namespace Entente {

class CorpusStore;

namespace ExchangeMenu {

// networkFilter gives the network's current filters (the dialogs start from them); openFiles opens
// the files an import wrote.
void addActions(QMenu* menu, CorpusStore* store, QWidget* window,
                std::function<ActorGraphFilter()> networkFilter,
                std::function<void(const QStringList&)> openFiles);

} // namespace ExchangeMenu
} // namespace Entente
