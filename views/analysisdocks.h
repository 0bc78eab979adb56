// The calendar, the actor network, the two charts and the timeline as docks of the main window, each with
// "Export View…" in its context menu and in File ▸ Export View.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace Entente {

class CalendarView;
class CorpusStore;
class ExportableView;
class HiddenViewGate;
class IssueStatusChart;
class MeetingsChart;
class NetworkPanel;
class TimelineView;

class AnalysisDocks : public QObject
{
    Q_OBJECT
public:
    AnalysisDocks(CorpusStore* store, QMainWindow* window);
    ~AnalysisDocks() override;

    CalendarView* calendar() const { return m_calendar; }
    NetworkPanel* network() const { return m_network; }
    IssueStatusChart* issueChart() const { return m_issueChart; }
    MeetingsChart* meetingsChart() const { return m_meetingsChart; }
    TimelineView* timeline() const { return m_timeline; }
    QList<QDockWidget*> docks() const { return m_docks; }
    // The charts behind another dock's tab follow the corpus only once shown (opening thousands of
    // articles then rebuilds only what is on screen); an export brings its view up to date first.
    void setHiddenViewsWait(bool wait);

    // Export View… for the view shown last, and one entry per view.
    void addExportActions(QMenu* menu);
    void exportCurrent();

private:
    struct View
    {
        QDockWidget* dock;
        QWidget* widget; // what the context menu is on
        ExportableView* exportable;
        HiddenViewGate* gate = nullptr; // of a view that can wait while hidden
    };
    // content goes in the dock; widget (content or a child of it) gets the context menu.
    QDockWidget* addView(const QString& title, const QString& name, QWidget* content, QWidget* widget,
        ExportableView* exportable, HiddenViewGate* gate = nullptr);
    void exportView(const View& view);

    QMainWindow* m_window;
    CalendarView* m_calendar;
    NetworkPanel* m_network;
    IssueStatusChart* m_issueChart;
    MeetingsChart* m_meetingsChart;
    TimelineView* m_timeline;
    QList<QDockWidget*> m_docks;
    QList<View> m_views;
    int m_current = 0;
};

} // namespace Entente
