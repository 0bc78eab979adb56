// The banner that says autosave could not keep a copy of the changes (a full disk, a recovery folder
// that cannot be written): which articles and why. It stays until a copy is written or the articles
// are saved, and has no close button: while it shows, a crash would lose those changes.
#pragma once

#include "messagebanner.h"

class QAction;

namespace Entente {

class AutoSaver;

class AutosaveBanner : public MessageBanner
{
    Q_OBJECT
public:
    explicit AutosaveBanner(AutoSaver* saver, QWidget* parent = nullptr);
    ~AutosaveBanner() override;

    QAction* retryAction() const { return m_retry; }

private:
    void refresh();

    AutoSaver* m_saver;
    QAction* m_retry;
};

} // namespace Entente
