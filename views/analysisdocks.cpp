#include "analysisdocks.h"

#include "calendar/calendarview.h"
#include "charts/issuestatuschart.h"
#include "charts/meetingschart.h"
#include "exportdialog.h"
#include "hiddenviewgate.h"
#include "network/networkpanel.h"
#include "network/networkview.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace Entente {

AnalysisDocks::AnalysisDocks(CorpusStore* store, QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_calendar(new CalendarView(store, window))
    , m_network(new NetworkPanel(store, window))
    , m_issueChart(new IssueStatusChart(store, window))
    , m_meetingsChart(new MeetingsChart(store, window))
    , m_timeline(new TimelineView(store, window))
{
    QDockWidget* calendar = addView(tr("Calendar"), QStringLiteral("CalendarDock"), m_calendar, m_calendar, m_calendar);
    // The network's dock holds its panel (filters above the view); the context menu is on the view.
    QDockWidget* network = addView(tr("Network"), QStringLiteral("NetworkDock"), m_network, m_network->view(), m_network->view());
    QDockWidget* issues = addView(tr("Issue Status"), QStringLiteral("IssueChartDock"), m_issueChart, m_issueChart,
        m_issueChart, m_issueChart->hiddenGate());
    // A short name: the dock's title is also its tab, and five tabs share the width of a docked view
    // (at 1280 x 800 "Meetings per week" made every tab elide). The chart's own title names the bin.
    QDockWidget* meetings = addView(tr("Meetings"), QStringLiteral("MeetingsChartDock"), m_meetingsChart,
        m_meetingsChart, m_meetingsChart, m_meetingsChart->hiddenGate());
    QDockWidget* timeline = addView(tr("Timeline"), QStringLiteral("TimelineDock"), m_timeline, m_timeline, m_timeline);
    window->tabifyDockWidget(calendar, network);
    window->tabifyDockWidget(network, issues);
    window->tabifyDockWidget(issues, meetings);
    window->tabifyDockWidget(meetings, timeline);
    calendar->raise();
}

AnalysisDocks::~AnalysisDocks() = default;

QDockWidget* AnalysisDocks::addView(const QString& title, const QString& name, QWidget* content, QWidget* widget,
    ExportableView* exportable, HiddenViewGate* gate)
{
    auto* dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(content);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    const int index = int(m_views.size());
    m_views.append({ dock, widget, exportable, gate });
    m_docks.append(dock);

    auto* exportAction = new QAction(tr("Export View…"), widget);
    exportAction->setToolTip(tr("Save this view as a PNG, SVG or PDF picture"));
    connect(exportAction, &QAction::triggered, this, [this, index] { exportView(m_views.at(index)); });
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    widget->addAction(exportAction);
    // "Export View…" in the File menu means the view the analyst looked at last.
    connect(dock, &QDockWidget::visibilityChanged, this, [this, index](bool visible) {
        if (visible)
            m_current = index;
    });
    return dock;
}

void AnalysisDocks::addExportActions(QMenu* menu)
{
    QAction* current = menu->addAction(tr("Export &View…"), QKeySequence(tr("Ctrl+E")), this, &AnalysisDocks::exportCurrent);
    current->setStatusTip(tr("Save the calendar, network or chart shown last as a picture"));
    QMenu* each = menu->addMenu(tr("Export Vie&w As"));
    for (const View& view : std::as_const(m_views)) {
        QAction* action = each->addAction(view.dock->windowTitle() + QStringLiteral("…"), this, [this, dock = view.dock] {
            for (const View& v : std::as_const(m_views)) {
                if (v.dock == dock)
                    exportView(v);
            }
        });
        connect(view.dock, &QDockWidget::windowTitleChanged, action,
            [action](const QString& title) { action->setText(title + QStringLiteral("…")); });
    }
}

void AnalysisDocks::setHiddenViewsWait(bool wait)
{
    for (const View& view : std::as_const(m_views)) {
        if (view.gate) {
            view.gate->setEnabled(wait);
            if (!wait)
                view.gate->catchUp();
        }
    }
}

void AnalysisDocks::exportCurrent()
{
    exportView(m_views.at(m_current));
}

void AnalysisDocks::exportView(const View& view)
{
    if (view.gate)
        view.gate->catchUp(); // a view behind another's tab may not have followed the corpus yet
    ExportDialog::exportView(view.exportable, view.dock->windowTitle(), m_window);
}

} // namespace Entente
