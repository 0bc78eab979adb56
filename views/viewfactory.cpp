#include "viewfactory.h"

#include "calendar/calendarview.h"
#include "charts/issuestatuschart.h"
#include "charts/meetingschart.h"
#include "network/networkview.h"
#include "timeline/timelineview.h"

namespace Entente::ViewFactory {

QStringList names()
{
    return { QStringLiteral("calendar"), QStringLiteral("network"), QStringLiteral("issues"), QStringLiteral("meetings"),
        QStringLiteral("timeline") };
}

QWidget* create(const QString& name, CorpusStore* store, QWidget* parent)
{
    if (name == u"calendar")
        return new CalendarView(store, parent);
    if (name == u"network")
        return new NetworkView(store, parent);
    if (name == u"issues")
        return new IssueStatusChart(store, parent);
    if (name == u"meetings")
        return new MeetingsChart(store, parent);
    if (name == u"timeline")
        return new TimelineView(store, parent);
    return nullptr;
}

ExportableView* exportable(QWidget* view)
{
    return dynamic_cast<ExportableView*>(view);
}

} // namespace Entente::ViewFactory
