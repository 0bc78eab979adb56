// The actor network as the main window docks it: a filter bar (meeting dates, sides, meeting
// statuses, actors without meetings, ego view, find, legend, fit, unpin) above the NetworkView.
#pragma once

#include "types.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QMenu;
class QToolButton;

namespace Entente {

class CorpusStore;
class NetworkView;

class NetworkPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkPanel(CorpusStore* store, QWidget* parent = nullptr);
    ~NetworkPanel() override;

    NetworkView* view() const { return m_view; }

private:
    void refreshChoices(); // after the corpus changed: date bounds
    void refreshSides(); // after the graph changed: the sides to choose from
    void applyDates();
    void applySides();
    void applyStatuses(QCheckBox* changed);

    CorpusStore* m_store;
    NetworkView* m_view;
    QCheckBox* m_datesEnabled;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QToolButton* m_sidesButton;
    QMenu* m_sidesMenu;
    QList<QAction*> m_sideActions; // data(): the side
    QStringList m_hiddenSides; // sides the analyst turned off, remembered across corpus changes
    QList<std::pair<MeetingStatus, QCheckBox*>> m_statuses;
    QAction* m_unpinAction;
    QAction* m_isolatedAction;
    QAction* m_egoAction;
    QAction* m_legendAction;
    QLabel* m_shown; // "12 of 40 actors"
    QStringList m_sides; // the side menu's choices
};

} // namespace Entente
