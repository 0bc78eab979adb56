#include "hiddenviewgate.h"

#include "corpusstore.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace Entente {

HiddenViewGate::HiddenViewGate(QWidget* view, std::function<void()> catchUp)
    : QObject(view)
    , m_view(view)
    , m_catchUp(std::move(catchUp))
{
    view->installEventFilter(this);
}

HiddenViewGate::~HiddenViewGate() = default;

bool HiddenViewGate::deferReset()
{
    if (!m_enabled || m_view->isVisible())
        return false;
    m_stale = true;
    return true;
}

void HiddenViewGate::catchUp()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_catchUp();
}

void HiddenViewGate::follow(CorpusStore* store, std::function<void(const CorpusChange&)> update,
                            std::function<void()> current)
{
    connect(store, &CorpusStore::corpusReset, this, [this] {
        if (deferReset())
            return;
        if (!m_enabled)
            return m_catchUp();
        // In the window a view on screen catches up in an event-loop turn of its own, not in the one
        // that swapped the corpus in (where every view's share would add up to one long stall).
        m_stale = true;
        QTimer::singleShot(0, this, &HiddenViewGate::catchUp);
    });
    connect(store, &CorpusStore::corpusUpdated, this,
            [this, update = std::move(update)](const CorpusChange& change) {
                if (!m_stale)
                    update(change);
            });
    connect(store, &CorpusStore::currentChanged, this, [this, current = std::move(current)] {
        if (!m_stale)
            current();
    });
}

bool HiddenViewGate::eventFilter(QObject* watched, QEvent* event)
{
    // Before the first paint: the view is never seen stale.
    if (watched == m_view && event->type() == QEvent::Show)
        catchUp();
    return QObject::eventFilter(watched, event);
}

} // namespace Entente
