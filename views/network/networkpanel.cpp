#include "networkpanel.h"

#include "corpusstore.h"
#include "labels.h"
#include "networkview.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Entente {

NetworkPanel::NetworkPanel(CorpusStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_view(new NetworkView(store, this))
    , m_datesEnabled(new QCheckBox(tr("Meetings from"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_sidesButton(new QToolButton(this))
    , m_sidesMenu(new QMenu(this))
{
    auto* bar = new QToolBar(tr("Network filters"), this);
    bar->setIconSize(QSize(16, 16));
    m_datesEnabled->setToolTip(tr("Show only meetings that overlap these dates"));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &NetworkPanel::applyDates);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    connect(m_datesEnabled, &QCheckBox::toggled, this, &NetworkPanel::applyDates);
    bar->addWidget(m_datesEnabled);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addSeparator();

    m_sidesButton->setMenu(m_sidesMenu);
    m_sidesButton->setPopupMode(QToolButton::InstantPopup);
    m_sidesButton->setToolTip(tr("Show only meetings with actors of these sides"));
    bar->addWidget(m_sidesButton);
    bar->addSeparator();

    for (MeetingStatus status :
        { MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Cancelled, MeetingStatus::Failed }) {
        auto* box = new QCheckBox(Labels::meetingStatus(status), this);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this, box] { applyStatuses(box); });
        bar->addWidget(box);
        m_statuses.append({ status, box });
    }
    bar->addSeparator();
    m_isolatedAction = bar->addAction(tr("Actors Without Meetings"));
    m_isolatedAction->setCheckable(true);
    m_isolatedAction->setChecked(m_view->showsIsolated());
    m_isolatedAction->setToolTip(tr("Also show actors with no meeting that passes the filters"));
    connect(m_isolatedAction, &QAction::toggled, m_view, &NetworkView::setShowIsolated);
    m_egoAction = bar->addAction(tr("Ego View"));
    m_egoAction->setCheckable(true);
    m_egoAction->setToolTip(tr("Show only the selected actor and the actors it met (E); Esc shows the whole network"));
    connect(m_egoAction, &QAction::triggered, m_view, [this] {
        m_view->toggleEgoView();
        m_egoAction->setChecked(!m_view->egoActor().isEmpty());
    });
    connect(m_view, &NetworkView::egoActorChanged, this,
        [this](const QString& actor) { m_egoAction->setChecked(!actor.isEmpty()); });
    QAction* find = bar->addAction(tr("Find Actor…"), m_view, &NetworkView::showFind);
    find->setToolTip(tr("Find an actor by name or alias (Ctrl+F in the network)"));
    m_legendAction = bar->addAction(tr("Legend"));
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(m_view->isLegendVisible());
    m_legendAction->setToolTip(tr("Show or hide the legend (L)"));
    connect(m_legendAction, &QAction::toggled, m_view, &NetworkView::setLegendVisible);
    connect(m_view, &NetworkView::legendVisibleChanged, m_legendAction, &QAction::setChecked);
    bar->addSeparator();
    QAction* fit = bar->addAction(tr("Fit"), m_view, &NetworkView::fitAll);
    fit->setToolTip(tr("Show the whole network (F)"));
    m_unpinAction = bar->addAction(tr("Unpin All"), m_view, &NetworkView::clearPinnedPositions);
    m_unpinAction->setToolTip(tr("Let the layout place the nodes you moved"));
    m_unpinAction->setEnabled(false);
    connect(m_view, &NetworkView::pinnedPositionsChanged, this,
        [this] { m_unpinAction->setEnabled(!m_view->pinnedPositions().isEmpty()); });

    m_shown = new QLabel(this);
    m_shown->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_shown);
    connect(m_view, &NetworkView::graphChanged, this, &NetworkPanel::refreshSides);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);

    connect(store, &CorpusStore::corpusReset, this, &NetworkPanel::refreshChoices);
    connect(store, &CorpusStore::corpusUpdated, this, [this](const CorpusChange& change) {
        if (change.actors.hasContentChanges() || change.meetings.hasContentChanges())
            refreshChoices();
    });
    refreshChoices();
    refreshSides();
}

NetworkPanel::~NetworkPanel() = default;

void NetworkPanel::refreshChoices()
{
    const Corpus& corpus = m_store->corpus();
    // Date bounds: the meetings' days, so the edits start on the corpus's own range.
    QDate first, last;
    for (const Meeting& meeting : corpus.meetings) {
        const QDate start = meeting.start.first();
        const QDate end = meeting.end.isValid() ? meeting.end.last() : meeting.start.last();
        if (start.isValid() && (!first.isValid() || start < first))
            first = start;
        if (end.isValid() && (!last.isValid() || end > last))
            last = end;
    }
    if (!m_datesEnabled->isChecked() && first.isValid()) {
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
}

void NetworkPanel::refreshSides()
{
    m_shown->setText(tr("%1 of %n actor(s)", nullptr, m_view->actorCount()).arg(m_view->graph().nodes.size()));
    m_shown->setToolTip(tr("Actors the network shows, of all actors in the corpus"));
    const QStringList sides = m_view->corpusSides(); // derived sides too: what the nodes are coloured by
    if (sides == m_sides)
        return;
    m_sides = sides;
    m_sidesMenu->clear();
    m_sideActions.clear();
    m_sidesMenu->addAction(tr("All Sides"), this, [this] {
        m_hiddenSides.clear();
        for (QAction* action : std::as_const(m_sideActions))
            action->setChecked(true);
        applySides();
    });
    m_sidesMenu->addSeparator();
    for (const QString& side : sides) {
        QAction* action = m_sidesMenu->addAction(side.isEmpty() ? tr("No side") : side);
        action->setCheckable(true);
        action->setChecked(!m_hiddenSides.contains(side));
        action->setData(side);
        connect(action, &QAction::toggled, this, [this, action](bool on) {
            const bool othersOn = std::any_of(m_sideActions.cbegin(), m_sideActions.cend(),
                [action](const QAction* other) { return other != action && other->isChecked(); });
            if (!on && !othersOn) { // an empty list would mean every side: keep the last one on instead
                const QSignalBlocker block(action);
                action->setChecked(true);
                return;
            }
            if (on)
                m_hiddenSides.removeAll(action->data().toString());
            else
                m_hiddenSides.append(action->data().toString());
            applySides();
        });
        m_sideActions.append(action);
    }
    applySides();
}

void NetworkPanel::applyDates()
{
    const bool on = m_datesEnabled->isChecked();
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    if (on)
        m_view->setDateRange(m_from->date(), std::max(m_from->date(), m_to->date()));
    else
        m_view->setDateRange({}, {});
}

void NetworkPanel::applySides()
{
    QStringList shown;
    for (QAction* action : std::as_const(m_sideActions)) {
        if (action->isChecked())
            shown.append(action->data().toString());
    }
    const bool all = shown.size() == m_sideActions.size();
    m_sidesButton->setText(all ? tr("All sides") : tr("Sides: %1 of %2").arg(shown.size()).arg(m_sideActions.size()));
    m_view->setSides(all ? QStringList() : shown);
}

void NetworkPanel::applyStatuses(QCheckBox* changed)
{
    QList<MeetingStatus> shown;
    for (const auto& [status, box] : std::as_const(m_statuses)) {
        if (box->isChecked())
            shown.append(status);
    }
    if (shown.isEmpty()) { // an empty list would mean every status: keep the last one on instead
        const QSignalBlocker block(changed);
        changed->setChecked(true);
        return;
    }
    m_view->setStatuses(shown.size() == m_statuses.size() ? QList<MeetingStatus>() : shown);
}

} // namespace Entente
