// The question at start-up after a crash: restore the unsaved changes autosave kept, or discard them.
#pragma once

class QWidget;

namespace Entente {

class AutoSaver;

namespace RecoveryPrompt {

// If copies are left by sessions that did not quit normally, lists them and asks: Restore puts them
// into the articles (modified, still to be saved), Discard deletes them, Not Now keeps them for the
// next start. Returns how many articles were restored.
int offer(QWidget* parent, AutoSaver* autoSaver);

} // namespace RecoveryPrompt
} // namespace Entente
