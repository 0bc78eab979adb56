// Lets a view skip following the corpus while nobody sees it (a dock behind another dock's tab): a
// reset while it is hidden only marks it stale, later changes wait too, and it catches up once when
// it is shown (or before an export). Opening ten thousand articles then rebuilds only the views on
// screen, each in an event-loop turn of its own after the reset. Off unless the window turns it on (a
// view made alone, as the command line's, follows at once).
#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace Entente {

class CorpusStore;
struct CorpusChange;

class HiddenViewGate : public QObject
{
    Q_OBJECT
public:
    // catchUp rebuilds the view from the store as it is now.
    HiddenViewGate(QWidget* view, std::function<void()> catchUp);
    ~HiddenViewGate() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // For a reset: true when the view is to wait (on and hidden); it is stale then.
    bool deferReset();
    // Changes after a deferred reset wait for the catch-up too.
    bool isStale() const { return m_stale; }
    // Catches up now when stale (before reading the view's content, as an export does).
    void catchUp();
    // Connects the view to the store through the gate: a reset rebuilds (catchUp) unless deferred;
    // updates and current-record changes reach the view only while it is not stale.
    void follow(CorpusStore* store, std::function<void(const CorpusChange&)> update,
                std::function<void()> current);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_view;
    std::function<void()> m_catchUp;
    bool m_enabled = false;
    bool m_stale = false;
};

} // namespace Entente
